/**
 * Who an event is, across exports: the plan's identity and each row's id, which together make the
 * UID a calendar matches on. Google and Apple Calendar replace an event whose UID they already
 * have (docs/CALENDARS.md), so a UID must be unique to the plan AND its year: next year's copy of
 * the same rows must not overwrite this year's events, and no two rows may share one.
 */
import { fnv1a } from "../import/entryId";
import type { PlanInfo, TimelineEntry } from "../types";

/** The shape of an ID the table's ID column and a UID can hold (see table/rowIds.ts). */
const USABLE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,23}$/;
const PLAN_ID = /^p-[a-z0-9]{4,16}$/;


function hex(n: number, digits: number): string {
  return n.toString(16).padStart(8, "0").slice(0, digits);
}

function normalise(text: string): string {
  return text.trim().toLocaleLowerCase("sv").replace(/\s+/g, " ");
}

/**
 * True when `id` is a plan identity Tidsplan wrote ("p-" and 4–16 letters/digits).
 *
 * @example
 * isPlanId("p-1a2b3c4d") // → true
 * isPlanId("plan 1")     // → false
 */
export function isPlanId(id: string | undefined): id is string {
  return id !== undefined && PLAN_ID.test(id);
}

/**
 * The identity of a plan whose workbook stores none (text input, an older workbook): derived from
 * its title, so the same document gives the same identity each time it is exported.
 *
 * @example
 * derivedPlanId("Tidsplan för verksamhetsledning 2007") // → "p-" + 8 hex digits, always the same
 */
export function derivedPlanId(title: string): string {
  return `p-${hex(fnv1a(normalise(title)), 8)}`;
}

/**
 * The plan's identity: the one stored in the workbook, else derived from the title.
 *
 * @example
 * planIdentity({ title: "Tidsplan 2007", year: 2007, id: "p-00ff00ff" }) // → "p-00ff00ff"
 * planIdentity({ title: "Tidsplan 2007", year: 2007 })                   // → derivedPlanId("Tidsplan 2007")
 */
export function planIdentity(plan: PlanInfo): string {
  return isPlanId(plan.id) ? plan.id : derivedPlanId(plan.title);
}

/**
 * The right-hand side of every UID of a plan: its year and identity. The year is part of it so
 * that a workbook copied for next year (same stored identity, new year) gets new UIDs.
 *
 * @example
 * uidDomain({ title: "T", year: 2007, id: "p-00ff00ff" }) // → "2007.p-00ff00ff.tidsplan"
 */
export function uidDomain(plan: PlanInfo): string {
  return `${plan.year}.${planIdentity(plan)}.tidsplan`;
}

/**
 * True when `id` can go into the ID column and a UID as it is.
 *
 * @example
 * isUsableId("t-3f9a1c") // → true
 * isUsableId("a\nb")     // → false
 */
export function isUsableId(id: string): boolean {
  return USABLE_ID.test(id);
}

/**
 * One usable, unique id per entry, in the same order; what the export writes as the row's ID
 * (workbook) and in its UIDs (calendar file). An entry keeps its id when it is usable and no
 * earlier row has it. Any other id is replaced by one derived from the id's text and the entry's
 * content ("x-" + 8 hex digits), never from its position, so the replacement is the same in every
 * export. (Duplicated IDs keep the first row's, as the add-in's check does; the check's
 * `id-duplicate` finding offers a fresh ID for the others.)
 *
 * @example
 * exportIds([{ id: "r1", … }, { id: "r1", … }, { id: "a b", … }]) // → ["r1", "x-…", "x-…"]
 */
export function exportIds(
  entries: readonly Pick<TimelineEntry, "id" | "when" | "event" | "owner">[],
): string[] {
  const taken = new Set<string>();
  for (const entry of entries) if (isUsableId(entry.id)) taken.add(entry.id);
  const kept = new Set<string>();
  const ids: string[] = new Array<string>(entries.length);
  const replace: number[] = [];
  entries.forEach((entry, index) => {
    if (isUsableId(entry.id) && !kept.has(entry.id)) {
      kept.add(entry.id);
      ids[index] = entry.id;
    } else replace.push(index);
  });
  // Replacements in content order, so two replaced rows that collide get their suffixes the same
  // way whatever order the rows are in.
  const keyOf = (index: number): string => {
    const entry = entries[index];
    return entry === undefined
      ? ""
      : [entry.id, normalise(entry.when), normalise(entry.event), normalise(entry.owner)].join("\u001f");
  };
  const keys = new Map(replace.map((index) => [index, keyOf(index)]));
  const sorted = [...replace].sort((a, b) => {
    const ka = keys.get(a) ?? "";
    const kb = keys.get(b) ?? "";
    return ka < kb ? -1 : ka > kb ? 1 : a - b;
  });
  for (const index of sorted) {
    const base = `x-${hex(fnv1a(keys.get(index) ?? ""), 8)}`;
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    ids[index] = id;
  }
  return ids;
}
