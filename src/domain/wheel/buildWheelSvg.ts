/**
 * buildWheelSvg: the årshjul (annual wheel) of a timeline as a self-contained SVG string. Pure
 * domain output: no DOM, no libraries, the same text for the same input (no clock is read).
 */
import type { Timeline } from "../types";
import { drawCentre } from "./centre";
import { drawHolidays, drawMonths, drawRingBands, drawToday, drawWeeks } from "./dial";
import { drawItem } from "./items";
import { itemTitle } from "./items";
import { layoutWheel, type WheelOptions } from "./layout";
import { drawLegend } from "./legend";
import { drawRingLabels } from "./ringLabels";
import { el, text } from "./svg";

/**
 * The wheel as SVG text: twelve months clockwise from 12 o'clock, one ring per owner or kind,
 * every entry a numbered mark or arc with a tooltip and `data-entry-id`, and a legend with the
 * numbered list of events beside it.
 *
 * @example
 * const svg = buildWheelSvg(timeline, { lang: "sv", rings: "owner" });
 * svg.startsWith("<svg"); // true
 * (svg.match(/data-kind="item"/g) ?? []).length; // number of entries
 */
export function buildWheelSvg(timeline: Timeline, options: WheelOptions): string {
  const layout = layoutWheel(timeline, options);
  const { lang } = options;
  const items = layout.items.map((item) =>
    drawItem(layout, item, layout.rings[item.ringIndex]?.color ?? "#8C8C8C", lang),
  );
  // Entries without a date in the wheel's year still get an (invisible) item, so every entry
  // has one and its tooltip; the legend lists them with the reason.
  const offWheel = layout.offWheel.map((off) =>
    el(
      "g",
      {
        "data-kind": "item",
        "data-entry-id": off.entry.id,
        "data-placement": "off-wheel",
        "data-error": off.error ? "true" : undefined,
      },
      [el("title", {}, [text(itemTitle({ entry: off.entry, number: off.number, segments: [] }, lang))])],
    ),
  );
  const { title: planTitle, year } = timeline.plan;
  const title = planTitle.includes(String(year)) ? planTitle : `${planTitle} ${year}`.trim();
  return (
    el(
      "svg",
      {
        xmlns: "http://www.w3.org/2000/svg",
        "xmlns:xlink": "http://www.w3.org/1999/xlink",
        width: layout.width,
        height: layout.height,
        viewBox: `0 0 ${layout.width} ${layout.height}`,
        "font-family": "Segoe UI, Helvetica Neue, Arial, sans-serif",
        role: "img",
        "aria-label": title,
        lang,
      },
      [
        el("title", {}, [text(title)]),
        el("rect", { x: 0, y: 0, width: layout.width, height: layout.height, fill: "#FFFFFF" }),
        drawRingBands(layout),
        drawMonths(layout, lang),
        drawWeeks(layout, lang),
        drawHolidays(layout, lang),
        drawCentre(layout, timeline),
        drawRingLabels(layout),
        el("g", { "data-kind": "items" }, [...items, ...offWheel]),
        drawToday(layout, lang, options.today),
        drawLegend(layout, options.rings, lang),
      ].filter((part) => part !== ""),
    ) + "\n"
  );
}
