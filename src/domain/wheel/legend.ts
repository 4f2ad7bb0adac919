/**
 * The panel beside the wheel: the rings with their colours (outside in), the symbols, and the
 * numbered list of events, so that the printed wheel can be read without tooltips.
 */
import type { Language } from "../types";
import { ERROR_RED } from "./dial";
import { formatShort, wheelWord } from "./labels";
import type { RingMode } from "./rings";
import type { WheelLayout } from "./layout";
import { darken } from "./rings";
import { el, text } from "./svg";

const INK = "#1F2933";

function truncate(s: string, maxChars: number): string {
  const clean = s.replace(/\s+/g, " ").trim();
  return clean.length <= maxChars ? clean : `${clean.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}

interface Row {
  readonly id: string;
  readonly number: number;
  readonly date: string;
  readonly event: string;
  readonly color: string;
  readonly error: boolean;
}

function rows(layout: WheelLayout, lang: Language): Row[] {
  const result: Row[] = layout.items.map((item) => {
    const first = item.segments[0];
    const last = item.segments[item.segments.length - 1];
    const date =
      first && last
        ? item.segments.length > 1
          ? item.segments.map((s) => formatShort(s.from, s.to, lang)).join(", ")
          : formatShort(first.from, last.to, lang)
        : "";
    return {
      id: item.entry.id,
      number: item.number,
      date,
      event: item.entry.event,
      color: layout.rings[item.ringIndex]?.color ?? "#8C8C8C",
      error: item.error,
    };
  });
  for (const off of layout.offWheel) {
    result.push({
      id: off.entry.id,
      number: off.number,
      date: `(${wheelWord(off.reason, lang)})`,
      event: off.entry.event,
      color: "#FFFFFF",
      error: off.error,
    });
  }
  return result.sort((a, b) => a.number - b.number);
}

/**
 * The legend panel, right of the wheel.
 *
 * @example
 * drawLegend(layout, "owner", "sv"); // '<g data-kind="legend">…</g>'
 */
export function drawLegend(layout: WheelLayout, mode: RingMode, lang: Language): string {
  const size = layout.height;
  const x0 = size * 0.99;
  const right = layout.width - size * 0.025;
  const parts: string[] = [];
  let y = size * 0.045;
  const head = size * 0.0165;
  const body = size * 0.0135;
  parts.push(
    el("text", { x: x0, y, "font-size": head, "font-weight": 700, fill: INK }, [
      text(wheelWord(mode === "kind" ? "ringsKind" : "ringsOwner", lang)),
    ]),
  );
  y += body * 1.45;
  parts.push(
    el("text", { x: x0, y, "font-size": body * 0.85, fill: "#616E7C" }, [text(wheelWord("ringOrder", lang))]),
  );
  y += body * 1.75;
  const swatch = body * 1.05;
  const ringChars = Math.floor((right - x0 - swatch * 1.8) / (body * 0.55));
  for (const ring of layout.rings) {
    parts.push(
      el("g", { "data-kind": "legend-ring" }, [
        el("rect", {
          x: x0,
          y: y - swatch * 0.8,
          width: swatch,
          height: swatch,
          rx: swatch * 0.2,
          fill: ring.color,
          stroke: darken(ring.color, 0.35),
          "stroke-width": size * 0.001,
        }),
        el("text", { x: x0 + swatch * 1.6, y, "font-size": body, fill: INK }, [
          text(truncate(ring.label, ringChars)),
        ]),
      ]),
    );
    y += body * 1.45;
  }
  y += body * 0.4;
  const symbolR = body * 0.38;
  parts.push(
    el("circle", { cx: x0 + swatch / 2, cy: y - symbolR, r: symbolR, fill: ERROR_RED }),
    el("text", { x: x0 + swatch * 1.6, y, "font-size": body * 0.9, fill: INK }, [
      text(wheelWord("holiday", lang)),
    ]),
    el("circle", {
      cx: x0 + size * 0.16 + swatch / 2,
      cy: y - symbolR,
      r: symbolR * 1.4,
      fill: "#FFFFFF",
      stroke: ERROR_RED,
      "stroke-width": size * 0.0028,
    }),
    el(
      "text",
      {
        x: x0 + size * 0.16 + swatch / 2,
        y: y - symbolR,
        "text-anchor": "middle",
        "dominant-baseline": "central",
        "font-size": body * 0.8,
        "font-weight": 700,
        fill: ERROR_RED,
      },
      [text("!")],
    ),
    el("text", { x: x0 + size * 0.16 + swatch * 1.6, y, "font-size": body * 0.9, fill: INK }, [
      text(wheelWord("error", lang)),
    ]),
  );
  y += body * 2.2;
  parts.push(
    el("text", { x: x0, y, "font-size": head, "font-weight": 700, fill: INK }, [
      text(wheelWord("events", lang)),
    ]),
  );
  y += head * 0.6;

  const list = rows(layout, lang);
  const bottom = size * 0.975;
  const fontSize = Math.max(
    size * 0.0085,
    Math.min(size * 0.0135, (bottom - y) / (Math.max(1, list.length) * 1.3)),
  );
  const lineHeight = fontSize * 1.3;
  const perColumn = Math.max(1, Math.floor((bottom - y) / lineHeight));
  // A long plan gets two columns before anything is left out.
  const columns = list.length > perColumn ? 2 : 1;
  const capacity = perColumn * columns;
  const shown = list.length > capacity ? list.slice(0, capacity - 1) : list;
  const columnWidth = (right - x0) / columns;
  const numberWidth = fontSize * 2.6;
  const dateWidth = fontSize * (lang === "sv" ? 6 : 6.4);
  const eventChars = Math.floor((columnWidth - numberWidth - dateWidth - fontSize) / (fontSize * 0.53));
  const top = y;
  const rowAt = (i: number): { x: number; y: number } => ({
    x: x0 + Math.floor(i / perColumn) * columnWidth,
    y: top + lineHeight * ((i % perColumn) + 1),
  });
  shown.forEach((row, i) => {
    const { x, y: rowY } = rowAt(i);
    parts.push(
      el("g", { "data-kind": "list-row", "data-entry-id": row.id, cursor: "pointer" }, [
        el("rect", {
          x,
          y: rowY - fontSize * 0.85,
          width: fontSize * 0.35,
          height: fontSize,
          fill: row.color,
        }),
        el(
          "text",
          {
            x: x + numberWidth - fontSize * 0.3,
            y: rowY,
            "text-anchor": "end",
            "font-size": fontSize,
            "font-weight": 700,
            fill: row.error ? ERROR_RED : INK,
          },
          [text(row.error ? `!${row.number}` : String(row.number))],
        ),
        el("text", { x: x + numberWidth, y: rowY, "font-size": fontSize, fill: "#3E4C59" }, [
          text(truncate(row.date, Math.floor(dateWidth / (fontSize * 0.5)))),
        ]),
        el("text", { x: x + numberWidth + dateWidth, y: rowY, "font-size": fontSize, fill: INK }, [
          text(truncate(row.event, eventChars)),
        ]),
      ]),
    );
  });
  if (shown.length < list.length) {
    const { x, y: rowY } = rowAt(shown.length);
    parts.push(
      el("text", { x: x + numberWidth, y: rowY, "font-size": fontSize, fill: "#616E7C" }, [
        text(`+ ${list.length - shown.length} ${wheelWord("more", lang)}`),
      ]),
    );
  }
  return el("g", { "data-kind": "legend" }, parts);
}
