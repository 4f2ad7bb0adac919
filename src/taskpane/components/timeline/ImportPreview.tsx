import { Body1Strong, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Timeline } from "../../../domain/types";
import { useMessages } from "../../i18n/MessagesContext";
import { fill } from "../../i18n/messages";
import { parsedWhenLabel, shortened, skipReasonLabel } from "./labels";

/** Skipped lines longer than this are shortened (an intro paragraph can be long). */
const MAX_SKIPPED_TEXT = 60;
/**
 * Cells longer than this are shortened in the preview (the table gets the whole text): a
 * pasted 1 MB cell took over a second of layout in the narrow pane.
 */
const MAX_CELL_TEXT = 300;

/** More rows than this are summarised ("… och 12 till"): the pane is narrow. */
const MAX_ROWS = 60;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  when: { width: "26%" },
  owner: { display: "block", color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  // Read by screen readers only: the owner's label inside the combined cell.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  td: {
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: "break-word",
    hyphens: "auto",
  },
  written: { display: "block", color: tokens.colorNeutralForeground3 },
  // position: relative keeps the visually hidden labels inside the scrolling box.
  scroll: { position: "relative", maxHeight: "320px", overflowY: "auto" },
  skipped: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
  uncertain: {
    display: "block",
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontSize: tokens.fontSizeBase200,
  },
});

/** What the import found: the entries (När / Händelse / Ansvarig) and the lines it skipped. */
export function ImportPreview(props: { timeline: Timeline }) {
  const styles = useStyles();
  const { t, language } = useMessages();
  const { entries, skipped } = props.timeline;
  const shown = entries.slice(0, MAX_ROWS);
  return (
    <section className={styles.section} aria-label={t.previewTitle} data-testid="import-preview">
      <Subtitle2 as="h3" className={styles.heading}>
        {t.previewTitle}:{" "}
        <span data-testid="preview-count">{fill(t.previewEntries, { n: entries.length })}</span>
      </Subtitle2>
      <div className={styles.scroll} tabIndex={0} aria-label={fill(t.previewEntries, { n: entries.length })}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={`${styles.th} ${styles.when}`}>{t.colWhen}</th>
              <th className={styles.th}>
                {t.colEvent} / {t.colOwner}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => (
              <tr key={entry.id}>
                <td className={styles.td}>
                  {parsedWhenLabel(entry, language)}
                  {entry.when !== "" ? (
                    <span className={styles.written}>{shortened(entry.when, MAX_CELL_TEXT)}</span>
                  ) : null}
                </td>
                <td className={styles.td}>
                  {shortened(entry.event, MAX_CELL_TEXT)}
                  <span className={styles.owner}>
                    <span className={styles.hidden}>{t.colOwner}: </span>
                    {entry.owner === "" ? t.noOwner : shortened(entry.owner, MAX_CELL_TEXT)}
                  </span>
                  {(entry.readingNotes ?? []).map((note) => (
                    <span key={note.code} className={styles.uncertain} data-testid="preview-uncertain">
                      {note.message[language]}
                    </span>
                  ))}
                  {entry.fromProse === true ? (
                    <span className={styles.uncertain} data-testid="preview-prose">
                      {t.previewFromProse}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {entries.length > shown.length ? (
          <Caption1 className={styles.muted}>
            {fill(t.previewMore, { n: entries.length - shown.length })}
          </Caption1>
        ) : null}
      </div>
      {props.timeline.extraColumns !== undefined && props.timeline.extraColumns.length > 0 ? (
        <Caption1 data-testid="preview-extra-columns">
          {fill(t.previewExtraColumns, { columns: props.timeline.extraColumns.join(", ") })}
        </Caption1>
      ) : null}
      {skipped.length > 0 ? (
        <>
          <Body1Strong>{fill(t.previewSkipped, { n: skipped.length })}</Body1Strong>
          <ul className={styles.skipped} data-testid="preview-skipped">
            {skipped.slice(0, MAX_ROWS).map((line) => (
              <li key={`${line.line}-${line.reason}`}>
                <Caption1>
                  {fill(t.rowLabel, { line: line.line })}: “{shortened(line.text, MAX_SKIPPED_TEXT)}” (
                  {skipReasonLabel(line.reason, t, language)})
                </Caption1>
              </li>
            ))}
          </ul>
          {skipped.length > MAX_ROWS ? (
            <Caption1 className={styles.muted}>
              {fill(t.previewMore, { n: skipped.length - MAX_ROWS })}
            </Caption1>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
