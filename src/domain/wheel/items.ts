/**
 * The entries on the wheel: a mark (a numbered dot) for a dated day, an arc with a numbered
 * badge for a span. Each item is one <g data-kind="item" data-entry-id="…"> with a <title>
 * (date, event, owner) for the tooltip, so the pane can select the table row on click.
 */
import type { Language, TimelineEntry } from "../types";
import { ERROR_RED } from "./dial";
import { dayAngle, polar, sectorPath } from "./geometry";
import { formatSpan, wheelWord } from "./labels";
import type { WheelItem, WheelLayout } from "./layout";
import { darken, isLight } from "./rings";
import { el, text } from "./svg";

/**
 * The tooltip of an item: number, date(s), event and owner.
 *
 * @example
 * itemTitle(item, "sv"); // "3. 5 februari 2007 – MBL-upplaga av … – Förvaltningsgruppen"
 */
export function itemTitle(item: Pick<WheelItem, "entry" | "number" | "segments">, lang: Language): string {
  const dates = item.segments.map((s) => formatSpan(s.from, s.to, lang)).join(", ");
  const entry: TimelineEntry = item.entry;
  const parsed = entry.parsed;
  const when = dates !== "" ? dates : entry.when;
  const prefix = parsed.ok && parsed.deadline ? `${wheelWord("deadline", lang)} ` : "";
  const suffix = parsed.ok && parsed.tentative ? ` (${wheelWord("tentative", lang)})` : "";
  const owner = entry.owner.trim() !== "" ? ` – ${entry.owner.trim()}` : "";
  return `${item.number}. ${prefix}${when}${suffix} – ${entry.event}${owner}`;
}

function badge(
  layout: WheelLayout,
  x: number,
  y: number,
  r: number,
  fill: string,
  stroke: string,
  label: string,
  error: boolean,
): string[] {
  const size = layout.height;
  return [
    el("circle", {
      cx: x,
      cy: y,
      r,
      fill,
      stroke: error ? ERROR_RED : stroke,
      "stroke-width": error ? size * 0.0028 : size * 0.0012,
    }),
    el(
      "text",
      {
        x,
        y,
        "text-anchor": "middle",
        "dominant-baseline": "central",
        "font-size": r * (label.length > 2 ? 0.95 : 1.25),
        "font-weight": 700,
        fill: isLight(fill) ? "#1F2933" : "#FFFFFF",
      },
      [text(label)],
    ),
  ];
}

/**
 * One item as SVG.
 *
 * @example
 * drawItem(layout, layout.items[0], "#4E79A7", "sv"); // '<g data-kind="item" data-entry-id="…">…</g>'
 */
export function drawItem(layout: WheelLayout, item: WheelItem, color: string, lang: Language): string {
  const { centre, window, height: size } = layout;
  const rMid = (item.rInner + item.rOuter) / 2;
  const edge = darken(color, 0.35);
  const tentative = item.entry.parsed.ok && item.entry.parsed.tentative;
  const parts: string[] = [el("title", {}, [text(itemTitle(item, lang))])];
  const label = String(item.number);
  for (const s of item.segments) {
    const mid = (s.startDay + s.endDay) / 2;
    const p = polar(centre, rMid, dayAngle(mid, window.days));
    if (s.shape === "arc") {
      const inset = Math.min(0.15, (s.endDay - s.startDay) * 0.1);
      const pad = layout.laneWidth * 0.08;
      parts.push(
        el("path", {
          d: sectorPath(
            centre,
            item.rInner + pad,
            item.rOuter - pad,
            dayAngle(s.startDay + inset, window.days),
            dayAngle(s.endDay - inset, window.days),
          ),
          fill: color,
          "fill-opacity": 0.8,
          stroke: item.error ? ERROR_RED : edge,
          "stroke-width": item.error ? size * 0.0028 : size * 0.001,
          "stroke-dasharray": tentative ? `${size * 0.005} ${size * 0.003}` : undefined,
        }),
      );
      parts.push(...badge(layout, p.x, p.y, layout.markRadius, "#FFFFFF", edge, label, item.error));
    } else {
      parts.push(...badge(layout, p.x, p.y, layout.markRadius, color, edge, label, item.error));
    }
  }
  const first = item.segments[0];
  if (item.error && first !== undefined) {
    const mid = (first.startDay + first.endDay) / 2;
    const r = layout.markRadius * 0.62;
    const p = polar(
      centre,
      item.rOuter - r * 0.4,
      dayAngle(mid, window.days) + ((layout.markRadius * 1.1) / (2 * Math.PI * rMid)) * 360,
    );
    parts.push(
      el("circle", { cx: p.x, cy: p.y, r, fill: ERROR_RED, stroke: "#FFFFFF", "stroke-width": size * 0.001 }),
      el(
        "text",
        {
          x: p.x,
          y: p.y,
          "text-anchor": "middle",
          "dominant-baseline": "central",
          "font-size": r * 1.6,
          "font-weight": 700,
          fill: "#FFFFFF",
        },
        [text("!")],
      ),
    );
  }
  return el(
    "g",
    {
      "data-kind": "item",
      "data-entry-id": item.entry.id,
      "data-error": item.error ? "true" : undefined,
      cursor: "pointer",
    },
    parts,
  );
}
