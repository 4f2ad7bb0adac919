/**
 * Groups a timeline's entries by matter, with their process step and dates.
 */
import type { TimelineEntry } from "../types";
import { entrySpans, type EntrySpan } from "./entryDates";
import { matterStep, STEP_ORDER, type ProcessStep } from "./matters";

export interface MatterEntry {
  readonly entry: TimelineEntry;
  readonly step: ProcessStep;
  readonly rank: number;
  readonly span: EntrySpan;
}

/** Several rules need the groups of one timeline; computed once per entries array. */
const cache = new WeakMap<readonly TimelineEntry[], Map<string, MatterEntry[]>>();

/**
 * Entries grouped by matter. A matter written without its year ("förslag till budget") joins
 * the one matter of that name with a year, when there is exactly one.
 *
 * @example
 * matterGroups(timeline).get("tertialrapport 1")?.map((m) => m.step); // ["preparation", "draft", "decision"]
 */
export function matterGroups(entries: readonly TimelineEntry[]): ReadonlyMap<string, readonly MatterEntry[]> {
  const cached = cache.get(entries);
  if (cached !== undefined) return cached;
  const groups = new Map<string, MatterEntry[]>();
  const spans = entrySpans(entries);
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry === undefined) continue;
    const found = matterStep(entry.event);
    const span = spans[index];
    if (found === undefined || span === undefined) continue;
    const list = groups.get(found.matter) ?? [];
    list.push({ entry, step: found.step, rank: STEP_ORDER.indexOf(found.step), span });
    groups.set(found.matter, list);
  }
  for (const [matter, list] of [...groups]) {
    if (/\d/.test(matter)) continue;
    const withYear = [...groups.keys()].filter(
      (k) => k !== matter && k.startsWith(`${matter} `) && /\d{4}$/.test(k),
    );
    const target = withYear.length === 1 && withYear[0] !== undefined ? groups.get(withYear[0]) : undefined;
    if (target === undefined) continue;
    target.push(...list);
    groups.delete(matter);
  }
  cache.set(entries, groups);
  return groups;
}
