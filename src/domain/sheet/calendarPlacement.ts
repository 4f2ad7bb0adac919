/**
 * Where each entry goes on the calendar sheet: single days into the day cells, anything longer
 * (ranges, weeks, months, seasons) into the band above each month it touches.
 */
import type { Language, PlainDate, Timeline, TimelineEntry } from "../types";
import { SHEET_TEXT } from "./sheetText";

export interface PlacedText {
  readonly text: string;
  readonly owner: string;
}

export interface CalendarPlacement {
  /** Day texts keyed "month-day". */
  readonly days: ReadonlyMap<string, readonly PlacedText[]>;
  /** Band texts per month (index 0 = January). */
  readonly bands: readonly (readonly PlacedText[])[];
}

const SPAN_PRECISIONS: ReadonlySet<string> = new Set([
  "week",
  "month",
  "months",
  "part-of-month",
  "season",
  "quarter",
]);

/**
 * The key of a day in {@link CalendarPlacement.days}.
 *
 * @example
 * dayKey(2, 5); // "2-5"
 */
export const dayKey = (month: number, day: number): string => `${month}-${day}`;

const ordinal = (d: PlainDate): number => d.year * 10_000 + d.month * 100 + d.day;

function label(entry: TimelineEntry, lang: Language, deadline: boolean, tentative: boolean): string {
  return (deadline ? SHEET_TEXT.deadline[lang] : "") + entry.event + (tentative ? " ?" : "");
}

/**
 * Sorts a timeline's occurrences in one calendar year into day cells and month bands.
 *
 * @example
 * placeOnCalendar(timeline, "sv", 2007).days.get("2-5"); // [{ text: "MBL-upplaga …", owner: "Förvaltningsgruppen" }]
 */
export function placeOnCalendar(timeline: Timeline, lang: Language, year: number): CalendarPlacement {
  const days = new Map<string, PlacedText[]>();
  const bands: PlacedText[][] = Array.from({ length: 12 }, () => []);
  for (const entry of timeline.entries) {
    const parsed = entry.parsed;
    if (!parsed.ok) continue;
    const text = label(entry, lang, parsed.deadline, parsed.tentative);
    for (const occurrence of parsed.occurrences) {
      const { start, end } = occurrence;
      const single = ordinal(start) === ordinal(end) && !SPAN_PRECISIONS.has(parsed.precision);
      if (single) {
        if (start.year !== year) continue;
        const k = dayKey(start.month, start.day);
        const list = days.get(k) ?? [];
        // Swedish style "9.30": the time a meeting starts, before its text.
        const time = occurrence.startTime;
        const at = time === undefined ? "" : `${time.hour}.${String(time.minute).padStart(2, "0")} `;
        list.push({ text: at + text, owner: entry.owner });
        days.set(k, list);
        continue;
      }
      const bandText = entry.when.trim() === "" ? text : `${entry.when.trim()}: ${text}`;
      for (let month = 1; month <= 12; month++) {
        const first = year * 10_000 + month * 100 + 1;
        const last = year * 10_000 + month * 100 + 31;
        if (ordinal(start) <= last && ordinal(end) >= first) {
          bands[month - 1]?.push({ text: bandText, owner: entry.owner });
        }
      }
    }
  }
  return { days, bands };
}

/**
 * The calendar years a timeline's dates fall in, the busiest first (ties: earlier year first);
 * the plan year when nothing is dated. A budget plan for 2027 mostly happens in 2026.
 *
 * @example
 * calendarYears(simrishamnBudget2027); // [2026, 2027]
 */
export function calendarYears(timeline: Timeline): number[] {
  const counts = new Map<number, number>();
  for (const entry of timeline.entries) {
    if (!entry.parsed.ok) continue;
    for (const { start, end } of entry.parsed.occurrences) {
      for (let y = start.year; y <= end.year; y++) counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  if (counts.size === 0) return [timeline.plan.year];
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([y]) => y);
}
