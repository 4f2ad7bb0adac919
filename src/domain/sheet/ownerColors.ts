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
  const k = key(owner);
  return k === "" ? -1 : (indexOf(colors).get(k) ?? -1);
}

/**
 * Key → first index, built once per colours array (and rebuilt if its length changed): a lookup
 * per entry would otherwise lower-case every owner's name for every entry (10,000 × 200).
 */
const indexes = new WeakMap<
  readonly OwnerColor[],
  { readonly length: number; readonly byKey: ReadonlyMap<string, number> }
>();

function indexOf(colors: readonly OwnerColor[]): ReadonlyMap<string, number> {
  const cached = indexes.get(colors);
  if (cached !== undefined && cached.length === colors.length) return cached.byKey;
  const byKey = new Map<string, number>();
  colors.forEach((c, i) => {
    const k = key(c.name);
    if (!byKey.has(k)) byKey.set(k, i);
  });
  indexes.set(colors, { length: colors.length, byKey });
  return byKey;
}
