/**
 * Date facts about an entry that several rules need.
 */
import { compareDates } from "../dates/plainDate";
import type { Occurrence, PlainDate, TimelineEntry } from "../types";

export interface EntrySpan {
  readonly start: PlainDate;
  readonly end: PlainDate;
  /** True when the entry is pinned to days (not a week, month or season, nor inherited from a heading). */
  readonly dated: boolean;
}

/**
 * The first start and last end of an entry's occurrences; undefined when När was unreadable.
 *
 * @example
 * entrySpan(entryFor("7–9 oktober")); // { start: 10-07, end: 10-09, dated: true }
 */
export function entrySpan(entry: TimelineEntry): EntrySpan | undefined {
  const parsed = entry.parsed;
  if (!parsed.ok) return undefined;
  let start: PlainDate | undefined;
  let end: PlainDate | undefined;
  for (const occurrence of parsed.occurrences) {
    if (start === undefined || compareDates(occurrence.start, start) < 0) start = occurrence.start;
    if (end === undefined || compareDates(occurrence.end, end) > 0) end = occurrence.end;
  }
  if (start === undefined || end === undefined) return undefined;
  const dated =
    entry.inheritedFromHeading !== true && (parsed.precision === "day" || parsed.precision === "days");
  return { start, end, dated };
}

/**
 * The single days an entry names (occurrences whose start equals their end), when it is dated.
 * A range such as "7–9 oktober" names no single day: a weekend inside it is expected.
 *
 * @example
 * singleDays(entryFor("21 och 22 oktober")); // [10-21, 10-22]
 */
export function singleDays(entry: TimelineEntry): PlainDate[] {
  const parsed = entry.parsed;
  if (!parsed.ok || entry.inheritedFromHeading === true) return [];
  if (parsed.precision !== "day" && parsed.precision !== "days") return [];
  return parsed.occurrences.filter((o: Occurrence) => compareDates(o.start, o.end) === 0).map((o) => o.start);
}
