/**
 * The rings of the wheel: one per owner (in order of first appearance, "no owner" last) or one
 * per entry kind (in process order), each with its colour and its label in both languages.
 */
import { kindLabel } from "../table/kindLabels";
import type { EntryKind, Language, OwnerRecord, Timeline, TimelineEntry } from "../types";

export type RingMode = "owner" | "kind";

export interface WheelRing {
  /** Stable key: the owner's lower-case name ("" for no owner), or the kind. */
  readonly key: string;
  readonly label: string;
  /** Fill colour, "#RRGGBB". */
  readonly color: string;
}

/**
 * Saturated colours that stay apart on screen and in print (Tableau 10 without its red, which
 * the wheel keeps for errors).
 */
export const WHEEL_PALETTE: readonly string[] = [
  "#4E79A7",
  "#F28E2B",
  "#59A14F",
  "#B07AA1",
  "#EDC948",
  "#76B7B2",
  "#9C755F",
  "#FF9DA7",
  "#BAB0AC",
  "#8CD17D",
  "#499894",
  "#D4A6C8",
];

/** The order kinds follow a budget process through the year. */
export const KIND_ORDER: readonly EntryKind[] = [
  "decision",
  "draft",
  "mbl",
  "information",
  "dialogue",
  "report",
  "meeting",
  "other",
];

const NO_OWNER = { sv: "Utan ansvarig", en: "No owner" } as const;

const ownerKey = (name: string): string => name.trim().toLocaleLowerCase("sv");

/**
 * The ring key an entry belongs to.
 *
 * @example
 * ringKeyOf(entry, "kind"); // "decision"
 * ringKeyOf(entry, "owner"); // "förvaltningsgruppen"
 */
export function ringKeyOf(entry: TimelineEntry, mode: RingMode): string {
  return mode === "kind" ? entry.kind : ownerKey(entry.owner);
}

function paletteColor(i: number): string {
  return WHEEL_PALETTE[i % WHEEL_PALETTE.length] ?? "#4E79A7";
}

/**
 * The rings of a timeline's wheel, outermost first. Only owners or kinds that occur get a ring.
 * Owner rings take the owner table's colour when it has one.
 *
 * @example
 * wheelRings(timeline, "kind", "sv"); // [{ key: "decision", label: "Beslut", color: "#4E79A7" }, …]
 */
export function wheelRings(
  timeline: Timeline,
  mode: RingMode,
  lang: Language,
  owners: readonly OwnerRecord[] = [],
): readonly WheelRing[] {
  if (mode === "kind") {
    const present = new Set(timeline.entries.map((e) => e.kind));
    return KIND_ORDER.filter((k) => present.has(k)).map((k) => ({
      key: k,
      label: kindLabel(k, lang),
      color: paletteColor(KIND_ORDER.indexOf(k)),
    }));
  }
  const registered = new Map<string, string>();
  for (const owner of owners) {
    if (!/^#[0-9A-Fa-f]{6}$/.test(owner.color)) continue;
    for (const name of [owner.name, ...owner.aliases])
      registered.set(ownerKey(name), owner.color.toUpperCase());
  }
  const rings: WheelRing[] = [];
  const seen = new Set<string>();
  let hasNoOwner = false;
  for (const entry of timeline.entries) {
    const key = ownerKey(entry.owner);
    if (key === "") hasNoOwner = true;
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    rings.push({ key, label: entry.owner.trim(), color: registered.get(key) ?? paletteColor(rings.length) });
  }
  if (hasNoOwner) rings.push({ key: "", label: NO_OWNER[lang], color: "#8C8C8C" });
  return rings;
}

/**
 * A darker shade of a "#RRGGBB" colour, for outlines and text on light fills.
 *
 * @example
 * darken("#FFFFFF", 0.5); // "#808080"
 */
export function darken(color: string, amount: number): string {
  const m = /^#([0-9A-Fa-f]{6})$/.exec(color);
  if (!m || m[1] === undefined) return "#333333";
  const n = parseInt(m[1], 16);
  const channel = (shift: number): string =>
    Math.round(((n >> shift) & 255) * (1 - amount))
      .toString(16)
      .padStart(2, "0");
  return `#${channel(16)}${channel(8)}${channel(0)}`.toUpperCase();
}

/**
 * True when black text reads better than white on this colour (relative luminance).
 *
 * @example
 * isLight("#EDC948"); // true
 * isLight("#4E79A7"); // false
 */
export function isLight(color: string): boolean {
  const m = /^#([0-9A-Fa-f]{6})$/.exec(color);
  if (!m || m[1] === undefined) return true;
  const n = parseInt(m[1], 16);
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
  return l > 0.4;
}
