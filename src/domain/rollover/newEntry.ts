/**
 * One row of the new plan: its När in the old notation, its texts with the years advanced, and
 * what the review says about it.
 */
import { parseWhen } from "../dates/parseWhen";
import { tableWhen } from "../table/tableWhen";
import { entrySpan } from "../validate/entryDates";
import type { Occurrence, TimelineEntry } from "../types";
import { yearReason } from "./reasons";
import type { RolloverChange, RolloverReason } from "./types";
import { newWhenText, withYearsMoved } from "./whenText";
import type { AdvancedText } from "./yearsInText";

/**
 * The old row's När as a table holds it (a text that leaned on a month heading gets the month:
 * an empty När under JANUARI is "januari").
 *
 * @example
 * oldWhenText(entryUnderJanuary, 2007); // "januari"
 */
export function oldWhenText(entry: TimelineEntry, fromYear: number): string {
  return tableWhen(entry, fromYear);
}

/** What {@link newEntry} needs besides the old row. */
export interface NewEntryInput {
  readonly fromYear: number;
  readonly toYear: number;
  readonly event: AdvancedText;
  readonly notes: AdvancedText;
  /** The new dates of a dated row; absent for month, week and unreadable rows. */
  readonly occurrences?: readonly Occurrence[];
}

/**
 * The new row and its change (without the date reasons, which the caller has).
 *
 * @example
 * newEntry(entry, { fromYear: 2007, toYear: 2008, event, notes, occurrences }).entry.when; // "4 februari"
 */
export function newEntry(
  entry: TimelineEntry,
  input: NewEntryInput,
): { entry: TimelineEntry; change: Omit<RolloverChange, "reasons">; textReasons: RolloverReason[] } {
  const { fromYear, toYear, event, notes } = input;
  const base = oldWhenText(entry, fromYear);
  const when = !entry.parsed.ok
    ? entry.when
    : input.occurrences !== undefined
      ? newWhenText(base, entry.parsed, input.occurrences, fromYear, toYear)
      : withYearsMoved(base, fromYear, toYear - fromYear);
  const next: TimelineEntry = {
    id: entry.id,
    line: entry.line,
    when,
    parsed: parseWhen(when, { planYear: toYear }),
    event: event.text,
    owner: entry.owner,
    notes: notes.text,
    kind: entry.kind,
    ...(entry.extra === undefined ? {} : { extra: entry.extra }),
  };
  const [before, after] = [entrySpan(entry), entrySpan(next)];
  const textReasons: RolloverReason[] = [];
  if (event.changed) textReasons.push(yearReason("event"));
  if (notes.changed) textReasons.push(yearReason("notes"));
  const change: Omit<RolloverChange, "reasons"> = {
    entryId: entry.id,
    line: entry.line,
    event: entry.event,
    oldWhen: base,
    newWhen: when,
    ...(before === undefined ? {} : { oldStart: before.start, oldEnd: before.end }),
    ...(after === undefined ? {} : { newStart: after.start, newEnd: after.end }),
    ...(event.changed ? { newEvent: event.text } : {}),
    ...(notes.changed ? { newNotes: notes.text } : {}),
    offers: [event.offer, notes.offer].filter((offer) => offer !== undefined),
  };
  return { entry: next, change, textReasons };
}
