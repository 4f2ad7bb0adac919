/**
 * Which fill colour each owner's events get on the calendar sheet: the owner table's colour when
 * it has one, otherwise the next colour of a fixed palette of readable pastels.
 */
import type { OwnerRecord, Timeline } from "../types";

/** Ten light fills on which black text stays readable, printed or on screen. */
export const OWNER_PALETTE: readonly string[] = [
  "#CFE2F3",
  "#D9EAD3",
  "#FCE5CD",
  "#EAD1DC",
  "#FFF2CC",
  "#D0E0E3",
  "#D9D2E9",
  "#F4CCCC",
  "#E2EFDA",
  "#EDE0D4",
];

export interface OwnerColor {
  /** The owner as written in the entries. */
  readonly name: string;
  /** "#RRGGBB" */
  readonly color: string;
}

const key = (name: string): string => name.trim().toLocaleLowerCase("sv");

/**
 * The owners of a timeline in order of first appearance, each with its colour.
 *
 * @example
 * ownerColors(timeline); // [{ name: "Förvaltningsgruppen", color: "#CFE2F3" }, …]
 */
export function ownerColors(timeline: Timeline, owners?: readonly OwnerRecord[]): readonly OwnerColor[] {
  const registered = new Map<string, string>();
  for (const owner of owners ?? []) {
    if (/^#[0-9A-Fa-f]{6}$/.test(owner.color)) registered.set(key(owner.name), owner.color.toUpperCase());
  }
  const result: OwnerColor[] = [];
  const seen = new Set<string>();
  let next = 0;
  for (const entry of timeline.entries) {
    const k = key(entry.owner);
    if (k === "" || seen.has(k)) continue;
    seen.add(k);
    const color = registered.get(k) ?? OWNER_PALETTE[next++ % OWNER_PALETTE.length] ?? "#FFFFFF";
    result.push({ name: entry.owner.trim(), color });
  }
  return result;
}

/**
 * Index of an owner in {@link ownerColors}' result (case-insensitive), or -1.
 *
 * @example
 * ownerIndex([{ name: "Nämnden", color: "#CFE2F3" }], "nämnden"); // 0
 */
export function ownerIndex(colors: readonly OwnerColor[], owner: string): number {
  const index = indexOf(colors);
  let found = index.byName.get(owner);
  if (found === undefined) {
    const k = key(owner);
    found = k === "" ? -1 : (index.byKey.get(k) ?? -1);
    index.byName.set(owner, found);
  }
  return found;
}

interface OwnerLookup {
  /** The colours array's length when this was built: it is rebuilt if that changed. */
  readonly length: number;
  /** Key (trimmed, lower-cased) → first index. */
  readonly byKey: ReadonlyMap<string, number>;
  /** The owner texts asked about so far, as written → index or -1. */
  readonly byName: Map<string, number>;
}

/**
 * Built once per colours array: a lookup per entry would otherwise lower-case (Swedish locale)
 * every owner's name for every entry, 10,000 entries × 200 owners; with it, each distinct owner
 * text is lower-cased once.
 */
const lookups = new WeakMap<readonly OwnerColor[], OwnerLookup>();

function indexOf(colors: readonly OwnerColor[]): OwnerLookup {
  const cached = lookups.get(colors);
  if (cached !== undefined && cached.length === colors.length) return cached;
  const byKey = new Map<string, number>();
  colors.forEach((c, i) => {
    const k = key(c.name);
    if (!byKey.has(k)) byKey.set(k, i);
  });
  const lookup: OwnerLookup = { length: colors.length, byKey, byName: new Map() };
  lookups.set(colors, lookup);
  return lookup;
}
