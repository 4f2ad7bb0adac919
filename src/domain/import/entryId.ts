/**
 * Stable entry ids for text input. An id comes from the entry's own content, so inserting,
 * deleting or moving OTHER rows never changes it: an ICS event or a validation note that
 * refers to it still finds it after the file is edited.
 */

import { singleSpaced } from "../spacing";

/** What an id is computed from. */
export interface EntryIdInput {
  /** An id the source already has (the table's ID column); kept as it is. */
  readonly sourceId?: string;
  readonly when: string;
  readonly event: string;
  readonly owner: string;
  /** For an empty När: the month it inherits, so the same event in two months differs. */
  readonly inheritedMonth?: string;
}

function normalise(text: string): string {
  return singleSpaced(text.trim().toLowerCase());
}

/**
 * FNV-1a, 32 bits: small, fast and the same in every JavaScript engine (entry ids, plan ids).
 *
 * @example
 * fnv1a("") // → 2166136261
 */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The separator between the parts of an id's key (a character no cell text holds). */
const UNIT_SEPARATOR = "\u001f";

/** FNV-1a's step for the separator: `fnv1a(UNIT_SEPARATOR, hash)` without a call and a loop. */
function separated(hash: number): number {
  return Math.imul(hash ^ 0x1f, 0x01000193) >>> 0;
}

/**
 * The content id of one entry, without its occurrence suffix.
 *
 * @example
 * contentId({ when: "5 februari", event: "MBL", owner: "KS" }) // → "t-" + 6 hex digits
 */
export function contentId(entry: EntryIdInput): string {
  return contentIdWith(entry, undefined);
}

/**
 * A När or owner text normalised, each distinct text once when a map is given (they repeat
 * across a plan). A map, not a closure: a new closure per call of {@link assignEntryIds} made V8
 * throw away the optimised {@link contentIdWith} on every import after the first ("wrong call
 * target" in --trace-deopt).
 */
function norm(text: string, normalised: Map<string, string> | undefined): string {
  if (normalised === undefined) return normalise(text);
  let result = normalised.get(text);
  if (result === undefined) {
    result = normalise(text);
    normalised.set(text, result);
  }
  return result;
}

function contentIdWith(entry: EntryIdInput, normalised: Map<string, string> | undefined): string {
  const when = entry.when.trim() === "" ? `@${entry.inheritedMonth ?? ""}` : entry.when;
  // FNV-1a of the three parts joined by U+001F, without building the joined string or an array
  // (one id per row of a big plan).
  let hash = fnv1a(norm(when, normalised));
  hash = fnv1a(normalise(entry.event), separated(hash));
  hash = fnv1a(norm(entry.owner, normalised), separated(hash));
  // The first six of the eight hex digits: the top 24 bits.
  return `t-${(hash >>> 8).toString(16).padStart(6, "0")}`;
}

/** The normalised content an id is computed from, joined (only built for ids that collide). */
function contentKey(entry: EntryIdInput, normalised: Map<string, string>): string {
  const when = entry.when.trim() === "" ? `@${entry.inheritedMonth ?? ""}` : entry.when;
  return [norm(when, normalised), normalise(entry.event), norm(entry.owner, normalised)].join(UNIT_SEPARATOR);
}

/**
 * Ids for a list of entries, in the same order. Identical entries get the same content id
 * with their occurrence number from the second on ("t-3f9a1c", "t-3f9a1c-2"). Entries with a
 * source id keep it. Two DIFFERENT entries whose 24-bit ids collide are told apart by their
 * content, never by their order: the one with the smaller content keeps the short id, the other
 * gets four more hex digits from a second hash of its own content.
 *
 * @example
 * assignEntryIds([
 *   { when: "", inheritedMonth: "2007-11", event: "Lägesrapport", owner: "Förvaltningsgruppen" },
 *   { when: "", inheritedMonth: "2007-11", event: "Lägesrapport", owner: "Förvaltningsgruppen" },
 * ]) // → ["t-…", "t-…-2"]
 */
export function assignEntryIds(entries: readonly EntryIdInput[]): string[] {
  // När and owner texts repeat across a plan: normalise each distinct text once.
  const normalised = new Map<string, string>();
  const ids: string[] = [];
  // The first row of each content id, and the rows whose id another row shares (most plans have
  // none): only those need their content compared and their occurrences counted.
  const firstWith = new Map<string, number>();
  const shared: number[] = [];
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry === undefined) {
      ids[index] = "";
      continue;
    }
    if (entry.sourceId !== undefined && entry.sourceId.trim() !== "") {
      ids[index] = entry.sourceId.trim();
      continue;
    }
    const base = contentIdWith(entry, normalised);
    ids[index] = base;
    const first = firstWith.get(base);
    if (first === undefined) firstWith.set(base, index);
    else {
      if (first >= 0) {
        shared.push(first);
        // Marked: the first row of this id is already among the shared ones.
        firstWith.set(base, -1);
      }
      shared.push(index);
    }
  }
  if (shared.length === 0) return ids;
  // A row whose id no other row shares keeps it: no other row's id can be the same (a
  // lengthened id is longer), so its occurrence number is 1. The others, in row order:
  shared.sort((a, b) => a - b);
  const keys = new Map<number, string>();
  const smallest = new Map<string, string>();
  for (const index of shared) {
    const entry = entries[index];
    const base = ids[index];
    if (entry === undefined || base === undefined) continue;
    const key = contentKey(entry, normalised);
    keys.set(index, key);
    const least = smallest.get(base);
    if (least === undefined || key < least) smallest.set(base, key);
  }
  const seen = new Map<string, number>();
  for (const index of shared) {
    const base = ids[index];
    const key = keys.get(index);
    if (base === undefined || key === undefined) continue;
    const id =
      key === smallest.get(base)
        ? base
        : `${base}-${(fnv1a(key, SECOND_SEED) >>> 16).toString(16).padStart(4, "0")}`;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    ids[index] = count === 1 ? id : `${id}-${count}`;
  }
  return ids;
}

/** The seed of the second hash that tells colliding ids apart (any constant other than FNV's). */
const SECOND_SEED = 0x9e3779b9;
