/**
 * The wheel's SVG in the pane. The string is our own escaped domain output (buildWheelSvg); it is
 * the only thing injected as HTML. One delegated click/keyboard handler selects the entry's row.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from "react";

const useStyles = makeStyles({
  canvas: {
    width: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "#FFFFFF",
    overflow: "hidden",
    // The wheel and its legend (split apart by splitLegend) side by side in a wide pane, stacked
    // in a narrow one, each scaled to the width it gets.
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    "& > svg": { display: "block", flexGrow: 1, flexShrink: 1, minWidth: 0, height: "auto" },
    "& > svg:first-child": { flexBasis: "300px" },
    "& > svg + svg": { flexBasis: "220px", maxWidth: "560px" },
    "& [data-entry-id]:focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
});

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * Move the legend (the numbered list beside the wheel) into an SVG of its own, so a narrow
 * pane shows the wheel at its full width with the list below, not both shrunk side by side.
 * The picture inserted in Excel and the CLI's file keep the side-by-side layout.
 */
function splitLegend(svg: SVGSVGElement): void {
  const legend = svg.querySelector('[data-kind="legend"]');
  const size = Number(svg.getAttribute("height"));
  if (!(legend instanceof SVGGraphicsElement) || !(size > 0)) return;
  const box = legend.getBBox();
  if (box.width === 0 || box.height === 0) return;
  const pad = 8;
  const side = document.createElementNS(SVG_NS, "svg");
  const width = box.width + 2 * pad;
  const height = box.height + 2 * pad;
  side.setAttribute("viewBox", `${box.x - pad} ${box.y - pad} ${width} ${height}`);
  side.setAttribute("width", String(Math.round(width)));
  side.setAttribute("height", String(Math.round(height)));
  side.setAttribute("font-family", svg.getAttribute("font-family") ?? "sans-serif");
  side.setAttribute("data-kind", "legend-panel");
  side.appendChild(legend);
  // The wheel without the legend: everything drawn (holiday dots sit just outside the rim),
  // not the white background that spans the legend panel too.
  let x0 = 0;
  let y0 = 0;
  let x1 = size;
  let y1 = size;
  for (const child of svg.children) {
    if (!(child instanceof SVGGraphicsElement) || child.tagName === "rect") continue;
    const b = child.getBBox();
    if (b.width === 0 && b.height === 0) continue;
    x0 = Math.min(x0, b.x - pad);
    y0 = Math.min(y0, b.y - pad);
    x1 = Math.max(x1, b.x + b.width + pad);
    y1 = Math.max(y1, b.y + b.height + pad);
  }
  svg.setAttribute("viewBox", `${x0} ${y0} ${x1 - x0} ${y1 - y0}`);
  svg.setAttribute("width", String(Math.round(x1 - x0)));
  svg.setAttribute("height", String(Math.round(y1 - y0)));
  svg.after(side);
}

function entryIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest("[data-entry-id]")?.getAttribute("data-entry-id") ?? null;
}

/**
 * Make the numbered list rows keyboard targets described by the item's tooltip, and let assistive
 * technology into the picture (the domain marks the standalone SVG role="img").
 */
function enhance(root: HTMLElement, label: string): void {
  const svg = root.querySelector("svg");
  if (svg === null) return;
  splitLegend(svg);
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-label", label);
  const titles = new Map<string, string>();
  for (const item of root.querySelectorAll('[data-kind="item"]')) {
    const id = item.getAttribute("data-entry-id");
    const title = item.querySelector("title")?.textContent;
    if (id !== null && title !== undefined && title !== null) titles.set(id, title);
  }
  for (const row of root.querySelectorAll('[data-kind="list-row"]')) {
    const title = titles.get(row.getAttribute("data-entry-id") ?? "");
    row.setAttribute("tabindex", "0");
    row.setAttribute("role", "button");
    // The name is what the row shows (WCAG 2.5.3, label in name); the item's full tooltip
    // (date, whole event, owner) is its description.
    if (title !== undefined) row.setAttribute("aria-description", title);
  }
}

export interface WheelCanvasProps {
  readonly svg: string;
  readonly label: string;
  readonly onSelect: (entryId: string) => void;
}

export function WheelCanvas(props: WheelCanvasProps) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const { svg, label, onSelect } = props;

  useEffect(() => {
    if (ref.current !== null) enhance(ref.current, label);
  }, [svg, label]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const id = entryIdOf(event.target);
    if (id !== null) onSelect(id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    const id = entryIdOf(event.target);
    if (id === null) return;
    event.preventDefault();
    onSelect(id);
  };

  return (
    // Clicks and keys are delegated from the SVG's items and list rows (those are the controls).
    <div
      ref={ref}
      className={styles.canvas}
      data-testid="wheel-canvas"
      onClick={onClick}
      onKeyDown={onKeyDown}
      // Our own buildWheelSvg output: every text is escaped in the domain (escapeXml).
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
