/**
 * The dial of the wheel: month band, ISO week ticks, month dividers, ring bands, public
 * holidays and the "today" needle.
 */
import { isoWeekOf } from "../dates/isoWeek";
import { monthName } from "../dates/months";
import { addDays, toIsoDate, weekday } from "../dates/plainDate";
import { swedishHolidaysInYear } from "../holidays";
import type { Language, PlainDate } from "../types";
import { dateOfIndex, dayAngle, dayIndex, inWindow, polar, sectorPath } from "./geometry";
import { formatSpan, wheelWord } from "./labels";
import type { WheelLayout } from "./layout";
import { el, text } from "./svg";

export const ERROR_RED = "#C62828";
const GRID = "#CBD2D9";

/**
 * Text rotated along the circle at an angle, turned so that it never reads upside down.
 *
 * @example
 * radialText(layout, 410, 45, "FEBRUARI", { "font-size": 15 }); // '<text … transform="rotate(45 …)">FEBRUARI</text>'
 */
export function radialText(
  layout: WheelLayout,
  r: number,
  angle: number,
  content: string,
  attrs: Record<string, string | number>,
): string {
  const p = polar(layout.centre, r, angle);
  const upright = angle > 90 && angle < 270 ? angle + 180 : angle;
  return el(
    "text",
    {
      x: p.x,
      y: p.y,
      transform: `rotate(${Math.round(upright * 100) / 100} ${Math.round(p.x * 100) / 100} ${Math.round(p.y * 100) / 100})`,
      "text-anchor": "middle",
      "dominant-baseline": "central",
      ...attrs,
    },
    [text(content)],
  );
}

function monthStarts(layout: WheelLayout): { index: number; month: number }[] {
  const result: { index: number; month: number }[] = [];
  for (let i = 0; i < layout.window.days; i++) {
    const d = dateOfIndex(layout.window, i);
    if (d.day === 1) result.push({ index: i, month: d.month });
  }
  return result;
}

/**
 * The month band and the month dividers.
 *
 * @example
 * drawMonths(layout, "sv"); // '<g data-kind="months">…JANUARI…</g>'
 */
export function drawMonths(layout: WheelLayout, lang: Language): string {
  const { centre, radii, window, height: size } = layout;
  const starts = monthStarts(layout);
  const parts: string[] = [];
  starts.forEach((s, k) => {
    const next = starts[k + 1]?.index ?? window.days;
    const a0 = dayAngle(s.index, window.days);
    const a1 = dayAngle(next, window.days);
    parts.push(
      el("path", {
        d: sectorPath(centre, radii.monthInner, radii.rim, a0, a1),
        fill: k % 2 === 0 ? "#34495E" : "#44607A",
      }),
    );
    parts.push(
      radialText(
        layout,
        (radii.rim + radii.monthInner) / 2,
        (a0 + a1) / 2,
        monthName(s.month, lang).toUpperCase(),
        {
          "font-size": size * 0.017,
          "font-weight": 600,
          fill: "#FFFFFF",
          "letter-spacing": size * 0.0012,
        },
      ),
    );
    const inner = polar(centre, radii.hub, a0);
    const outer = polar(centre, radii.rim, a0);
    parts.push(
      el("line", {
        x1: inner.x,
        y1: inner.y,
        x2: outer.x,
        y2: outer.y,
        stroke: GRID,
        "stroke-width": size * 0.0012,
      }),
    );
  });
  return el("g", { "data-kind": "months" }, parts);
}

const weekLabel = (week: number, lang: Language): string =>
  week === 1 ? `${wheelWord("week", lang)} 1` : String(week);

/**
 * ISO week ticks at every Monday, and the week number in the middle of each week.
 *
 * @example
 * drawWeeks(layout, "sv"); // '<g data-kind="weeks">…v. 1…</g>'
 */
export function drawWeeks(layout: WheelLayout, lang: Language): string {
  const { centre, radii, window, height: size } = layout;
  const parts: string[] = [
    el("circle", {
      cx: centre.x,
      cy: centre.y,
      r: (radii.monthInner + radii.weekInner) / 2,
      fill: "none",
      stroke: "#F0F2F5",
      "stroke-width": radii.monthInner - radii.weekInner,
    }),
  ];
  let monday = addDays(window.start, (8 - weekday(window.start)) % 7);
  const lead = dayIndex(window, monday);
  if (lead >= 3) {
    // The window starts mid-week: label that week too, in the middle of its days on the wheel.
    const week = isoWeekOf(window.start).week;
    parts.push(
      radialText(
        layout,
        (radii.monthInner + radii.weekInner) / 2,
        dayAngle(lead / 2, window.days),
        weekLabel(week, lang),
        {
          "font-size": size * 0.0105,
          fill: "#52606D",
        },
      ),
    );
  }
  while (inWindow(window, monday)) {
    const i = dayIndex(window, monday);
    const a = dayAngle(i, window.days);
    const p0 = polar(centre, radii.weekInner, a);
    const p1 = polar(centre, radii.monthInner, a);
    parts.push(
      el("line", { x1: p0.x, y1: p0.y, x2: p1.x, y2: p1.y, stroke: "#9AA5B1", "stroke-width": size * 0.001 }),
    );
    if (i + 3.5 < window.days) {
      const week = isoWeekOf(monday).week;
      const label = weekLabel(week, lang);
      parts.push(
        radialText(layout, (radii.monthInner + radii.weekInner) / 2, dayAngle(i + 3.5, window.days), label, {
          "font-size": size * 0.0105,
          fill: "#52606D",
        }),
      );
    }
    monday = addDays(monday, 7);
  }
  return el("g", { "data-kind": "weeks" }, parts);
}

/**
 * A faint band behind each ring in its colour.
 *
 * @example
 * drawRingBands(layout); // '<g data-kind="rings"><circle … stroke-opacity="0.16"/>…</g>'
 */
export function drawRingBands(layout: WheelLayout): string {
  const { centre } = layout;
  const parts = layout.rings.map((ring) =>
    el("circle", {
      cx: centre.x,
      cy: centre.y,
      r: (ring.rInner + ring.rOuter) / 2,
      fill: "none",
      stroke: ring.color,
      "stroke-opacity": 0.16,
      "stroke-width": ring.rOuter - ring.rInner,
    }),
  );
  return el("g", { "data-kind": "rings" }, parts);
}

/**
 * Swedish public holidays as small red dots just outside the month band, each with its name.
 *
 * @example
 * drawHolidays(layout, "sv"); // '<g data-kind="holidays"><circle … data-date="2007-01-01"><title>1 januari 2007: nyårsdagen</title></circle>…</g>'
 */
export function drawHolidays(layout: WheelLayout, lang: Language): string {
  const { centre, radii, window, height: size } = layout;
  const last = dateOfIndex(window, window.days - 1);
  const years = window.start.year === last.year ? [window.start.year] : [window.start.year, last.year];
  const parts: string[] = [];
  for (const year of years) {
    for (const h of swedishHolidaysInYear(year)) {
      if (h.kind !== "public" || !inWindow(window, h.date)) continue;
      const a = dayAngle(dayIndex(window, h.date) + 0.5, window.days);
      const p = polar(centre, radii.rim + size * 0.009, a);
      const label = `${formatSpan(h.date, h.date, lang)}: ${h.name[lang]}`;
      parts.push(
        el(
          "circle",
          {
            cx: p.x,
            cy: p.y,
            r: size * 0.0042,
            fill: ERROR_RED,
            "data-kind": "holiday",
            "data-date": toIsoDate(h.date),
          },
          [el("title", {}, [text(label)])],
        ),
      );
    }
  }
  return el("g", { "data-kind": "holidays" }, parts);
}

/**
 * The "today" needle, when today lies on the wheel ("" otherwise).
 *
 * @example
 * drawToday(layout, "sv", plainDate(2007, 10, 3)); // '<g data-kind="today"><title>idag 3 oktober 2007</title>…</g>'
 */
export function drawToday(layout: WheelLayout, lang: Language, today: PlainDate | undefined): string {
  if (today === undefined || !inWindow(layout.window, today)) return "";
  const { centre, radii, window, height: size } = layout;
  const a = dayAngle(dayIndex(window, today) + 0.5, window.days);
  const p0 = polar(centre, radii.hub, a);
  const p1 = polar(centre, radii.rim + size * 0.016, a);
  const label = `${wheelWord("today", lang)} ${formatSpan(today, today, lang)}`;
  return el("g", { "data-kind": "today" }, [
    el("title", {}, [text(label)]),
    el("line", {
      x1: p0.x,
      y1: p0.y,
      x2: p1.x,
      y2: p1.y,
      stroke: ERROR_RED,
      "stroke-width": size * 0.003,
      "stroke-linecap": "round",
    }),
    el("circle", { cx: p1.x, cy: p1.y, r: size * 0.006, fill: ERROR_RED }),
  ]);
}
