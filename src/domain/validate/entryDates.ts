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
  const days: PlainDate[] = [];
  const occurrences: readonly Occurrence[] = parsed.occurrences;
  for (let index = 0; index < occurrences.length; index += 1) {
    const occurrence = occurrences[index];
    if (occurrence !== undefined && compareDates(occurrence.start, occurrence.end) === 0)
      days.push(occurrence.start);
  }
  return days;
}

const NO_DAYS: readonly PlainDate[] = Object.freeze([]);
const spanCache = new WeakMap<readonly TimelineEntry[], readonly (EntrySpan | undefined)[]>();
const dayCache = new WeakMap<readonly TimelineEntry[], readonly (readonly PlainDate[])[]>();

/**
 * {@link entrySpan} of every entry, by index: computed once per entries array, since six rules
 * need the spans of the same timeline.
 *
 * @example
 * entrySpans(timeline.entries)[0]; // { start: 2007-01-01, end: 2007-01-31, dated: false }
 */
export function entrySpans(entries: readonly TimelineEntry[]): readonly (EntrySpan | undefined)[] {
  let spans = spanCache.get(entries);
  if (spans === undefined) {
    const computed = new Array<EntrySpan | undefined>(entries.length);
    for (let index = 0; index < entries.length; index += 1) {
      const entry = entries[index];
      computed[index] = entry === undefined ? undefined : entrySpan(entry);
    }
    spans = computed;
    spanCache.set(entries, spans);
  }
  return spans;
}

/**
 * {@link singleDays} of every entry, by index: computed once per entries array (the weekend and
 * holiday rules both need them); an entry without single days shares one empty array.
 *
 * @example
 * entrySingleDays(timeline.entries)[3]; // [2007-10-21, 2007-10-22]
 */
export function entrySingleDays(entries: readonly TimelineEntry[]): readonly (readonly PlainDate[])[] {
  let days = dayCache.get(entries);
  if (days === undefined) {
    const computed = new Array<readonly PlainDate[]>(entries.length);
    for (let index = 0; index < entries.length; index += 1) {
      const entry = entries[index];
      const found = entry === undefined ? NO_DAYS : singleDays(entry);
      computed[index] = found.length === 0 ? NO_DAYS : found;
    }
    days = computed;
    dayCache.set(entries, days);
  }
  return days;
}
