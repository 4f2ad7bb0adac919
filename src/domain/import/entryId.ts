/**
 * Stable entry ids for text input. An id comes from the entry's own content, so inserting,
 * deleting or moving OTHER rows never changes it: an ICS event or a validation note that
 * refers to it still finds it after the file is edited.
 */

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
  const lower = text.trim().toLowerCase();
  // Most texts have single plain spaces only; the replace is then the identity and is skipped.
  return /\s\s|[^\S ]/.test(lower) ? lower.replace(/\s+/g, " ") : lower;
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

/**
 * FNV-1a of `parts` joined by U+001F, without building the joined string (one id per row of a
 * big plan: the joined key was most of an import's short-lived strings).
 */
function fnv1aJoined(parts: readonly string[]): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < parts.length; index += 1) {
    if (index > 0) hash = fnv1a(UNIT_SEPARATOR, hash);
    hash = fnv1a(parts[index] ?? "", hash);
  }
  return hash;
}

/**
 * The content id of one entry, without its occurrence suffix.
 *
 * @example
 * contentId({ when: "5 februari", event: "MBL", owner: "KS" }) // → "t-" + 6 hex digits
 */
export function contentId(entry: EntryIdInput): string {
  return contentIdWith(entry, normalise);
}

function contentIdWith(entry: EntryIdInput, norm: (text: string) => string): string {
  const when = entry.when.trim() === "" ? `@${entry.inheritedMonth ?? ""}` : entry.when;
  const hash = fnv1aJoined([norm(when), normalise(entry.event), norm(entry.owner)]);
  // The first six of the eight hex digits: the top 24 bits.
  return `t-${(hash >>> 8).toString(16).padStart(6, "0")}`;
}

/** The normalised content an id is computed from, joined (only built for ids that collide). */
function contentKey(entry: EntryIdInput, norm: (text: string) => string): string {
  const when = entry.when.trim() === "" ? `@${entry.inheritedMonth ?? ""}` : entry.when;
  return [norm(when), normalise(entry.event), norm(entry.owner)].join(UNIT_SEPARATOR);
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
  const norm = (text: string): string => {
    let result = normalised.get(text);
    if (result === undefined) {
      result = normalise(text);
      normalised.set(text, result);
    }
    return result;
  };
  const bases = entries.map((entry) =>
    entry.sourceId !== undefined && entry.sourceId.trim() !== "" ? undefined : contentIdWith(entry, norm),
  );
  const perBase = new Map<string, number>();
  for (const base of bases) if (base !== undefined) perBase.set(base, (perBase.get(base) ?? 0) + 1);
  // Only ids shared by several rows need their content compared (most plans have none).
  const keys = new Map<number, string>();
  const smallest = new Map<string, string>();
  bases.forEach((base, index) => {
    const entry = entries[index];
    if (base === undefined || entry === undefined || (perBase.get(base) ?? 0) < 2) return;
    const key = contentKey(entry, norm);
    keys.set(index, key);
    const least = smallest.get(base);
    if (least === undefined || key < least) smallest.set(base, key);
  });
  const seen = new Map<string, number>();
  return entries.map((entry, index) => {
    const base = bases[index];
    if (base === undefined) return entry.sourceId?.trim() ?? "";
    const key = keys.get(index);
    const id =
      key === undefined || key === smallest.get(base)
        ? base
        : `${base}-${(fnv1a(key, SECOND_SEED) >>> 16).toString(16).padStart(4, "0")}`;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  });
}

/** The seed of the second hash that tells colliding ids apart (any constant other than FNV's). */
const SECOND_SEED = 0x9e3779b9;
