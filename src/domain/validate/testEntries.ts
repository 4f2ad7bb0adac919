/**
 * Builders of small timelines for the validation tests (test support, not shipped code).
 * They build ParsedWhen values directly, so the rules are tested apart from the date parser.
 */
import { daysInMonth } from "../dates/plainDate";
import type { ParsedWhen, PlainDate, Timeline, TimelineEntry, WhenResult } from "../types";

export const d = (year: number, month: number, day: number): PlainDate => ({ year, month, day });

/** One or more single days ("21 och 22 oktober"). */
export function onDays(...dates: PlainDate[]): ParsedWhen {
  return {
    ok: true,
    occurrences: dates.map((date) => ({ start: date, end: date })),
    precision: dates.length > 1 ? "days" : "day",
    deadline: false,
    tentative: false,
    explicitYear: false,
  };
}

/** A whole month. */
export function inMonth(year: number, month: number): ParsedWhen {
  return {
    ok: true,
    occurrences: [{ start: d(year, month, 1), end: d(year, month, daysInMonth(year, month)) }],
    precision: "month",
    deadline: false,
    tentative: false,
    explicitYear: false,
  };
}

export function unreadable(reason = "unrecognised"): WhenResult {
  return { ok: false, reason, message: { sv: "Oläsligt", en: "Unreadable" } };
}

const DEFAULT_EVENT = "Händelse";

/** An entry; only what a test cares about needs to be given. */
export function entry(fields: Partial<TimelineEntry> & { parsed: WhenResult }): TimelineEntry {
  return {
    id: "",
    line: 0,
    when: "",
    event: DEFAULT_EVENT,
    owner: "Förvaltningsgruppen",
    notes: "",
    kind: "other",
    ...fields,
  };
}

/**
 * A timeline of the given entries; ids e1, e2, … and lines 1, 2, … in order. Entries left with
 * the default event text get distinct texts ("Händelse 1", …) so they are not duplicates.
 */
export function timelineOf(entries: readonly TimelineEntry[], year = 2007): Timeline {
  return {
    plan: { title: "Test", year },
    entries: entries.map((e, i) => ({
      ...e,
      id: `e${i + 1}`,
      line: i + 1,
      event: e.event === DEFAULT_EVENT ? `${DEFAULT_EVENT} ${i + 1}` : e.event,
    })),
    skipped: [],
  };
}
