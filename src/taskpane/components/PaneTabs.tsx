import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, useState, type KeyboardEvent } from "react";

/** One tab: its value, its visible label, its element id and the panel it controls. */
export interface PaneTab<V extends string> {
  readonly value: V;
  readonly label: string;
  readonly id: string;
  readonly controls: string;
}

export interface PaneTabsProps<V extends string> {
  readonly tabs: readonly PaneTab<V>[];
  readonly selected: V;
  readonly onSelect: (value: V) => void;
}

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap" },
  tab: {
    position: "relative",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
    ":hover": {
      color: tokens.colorNeutralForeground2Hover,
      backgroundColor: tokens.colorTransparentBackgroundHover,
    },
    ...createFocusOutlineStyle(),
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
  },
  indicator: {
    position: "absolute",
    left: tokens.spacingHorizontalS,
    right: tokens.spacingHorizontalS,
    bottom: 0,
    height: tokens.strokeWidthThicker,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorCompoundBrandStroke,
    "@media (forced-colors: active)": { backgroundColor: "Highlight" },
  },
});

/**
 * The pane's view tabs: a WAI-ARIA tablist with one tab stop, arrow keys (circular), Home and End
 * to move between tabs, Enter, Space or a click to select, Fluent's look and focus outline.
 * Fluent's TabList would do the same but brings its focus manager (tabster, ~15 KB gzipped) into
 * the pane's first view, which nothing else there needs (see scripts/bundle-budget.mjs).
 */
export function PaneTabs<V extends string>(props: PaneTabsProps<V>) {
  const styles = useStyles();
  const { tabs, selected, onSelect } = props;
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  // The tab that takes the tab stop: the one last focused, else the selected one.
  const [current, setCurrent] = useState<V | null>(null);
  const stop = tabs.some((t) => t.value === current) ? current : selected;

  const focusAt = (index: number) => {
    const count = tabs.length;
    const next = ((index % count) + count) % count;
    const tab = tabs[next];
    if (tab === undefined) return;
    setCurrent(tab.value);
    refs.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: -1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusAt(target);
  };

  return (
    <div role="tablist" aria-orientation="horizontal" className={styles.list}>
      {tabs.map((tab, index) => {
        const isSelected = tab.value === selected;
        return (
          <button
            key={tab.value}
            ref={(element) => {
              refs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={tab.id}
            aria-controls={tab.controls}
            aria-selected={isSelected}
            tabIndex={tab.value === stop ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(tab.value)}
            onFocus={() => setCurrent(tab.value)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
            {isSelected ? <span className={styles.indicator} aria-hidden="true" /> : null}
          </button>
        );
      })}
    </div>
  );
}
