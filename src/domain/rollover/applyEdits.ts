/**
 * The review's edits applied: the user accepted a row as proposed, or wrote another När (or took a
 * year offer into Händelse or Innehåll) before the table is written.
 */
import { parseWhen } from "../dates/parseWhen";
import type { Bilingual, Timeline } from "../types";
import type { RolloverResult } from "./types";

/** What the user changed on one row of the review. */
export interface RolloverEdit {
  readonly when?: string;
  readonly event?: string;
  readonly notes?: string;
}

/** Edits by entry id. */
export type RolloverEdits = Readonly<Record<string, RolloverEdit>>;

/**
 * The new plan with the user's edits (and title, when given). A När that cannot be read is kept as
 * written (the check will say so) and listed in `problems`. Never throws.
 *
 * @example
 * applyRolloverEdits(result, { "t-fe5028": { when: "6 februari" } }).timeline.entries[2].when; // "6 februari"
 */
export function applyRolloverEdits(
  result: RolloverResult,
  edits: RolloverEdits,
  title?: string,
): { readonly timeline: Timeline; readonly problems: readonly { entryId: string; message: Bilingual }[] } {
  const planYear = result.timeline.plan.year;
  const problems: { entryId: string; message: Bilingual }[] = [];
  const entries = result.timeline.entries.map((entry) => {
    const edit = Object.prototype.hasOwnProperty.call(edits, entry.id) ? edits[entry.id] : undefined;
    if (edit === undefined) return entry;
    const when = edit.when?.trim();
    const parsed = when === undefined || when === entry.when ? entry.parsed : parseWhen(when, { planYear });
    if (!parsed.ok && when !== undefined && when !== entry.when)
      problems.push({ entryId: entry.id, message: parsed.message });
    return {
      ...entry,
      ...(when === undefined ? {} : { when, parsed }),
      ...(edit.event === undefined ? {} : { event: edit.event }),
      ...(edit.notes === undefined ? {} : { notes: edit.notes }),
    };
  });
  const plan =
    title === undefined || title.trim() === ""
      ? result.timeline.plan
      : { ...result.timeline.plan, title: title.trim() };
  return { timeline: { ...result.timeline, plan, entries }, problems };
}
