/**
 * The mark a derived row carries in its Innehåll cell: which meeting and step it was derived
 * from, the date it was given and a short checksum of När and Händelse as written. A row whose
 * När or Händelse no longer match the checksum (or whose date no longer matches) was edited by
 * hand, and Härled datum leaves it alone.
 *
 *   [härledd från r7k2x9: kallelse, 2027-03-26, #1k3f9a]
 *
 * The English form "[derived from …]" is read too. Text around the mark is the user's own.
 */
import { parseIsoDate, toIsoDate } from "../dates/plainDate";
import type { Language, PlainDate } from "../types";

/** What the mark in a derived row's Innehåll says. */
export interface DerivedMark {
  readonly meetingId: string;
  /** The step's key (lower case). */
  readonly step: string;
  readonly date: PlainDate;
  readonly checksum: string;
}

const MARK = /\[(?:härledd från|derived from) ([^:\]\s]+): ([^,\]]+), (\d{4}-\d{2}-\d{2}), #([0-9a-z]+)\]/iu;

/**
 * FNV-1a (32 bit) of När and Händelse, whitespace-normalised, in base 36.
 *
 * @example
 * rowChecksum("senast 26 mars", "Kallelse – Kommunstyrelsen") === rowChecksum("senast  26 mars", "Kallelse – Kommunstyrelsen"); // true
 */
export function rowChecksum(when: string, event: string): string {
  const text = `${when.trim().replace(/\s+/gu, " ")}\u0000${event.trim().replace(/\s+/gu, " ")}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The mark as written into Innehåll.
 *
 * @example
 * formatMark({ meetingId: "r7k2x9", step: "kallelse", date: plainDate(2027, 3, 26), checksum: "1k3f9a" }, "sv");
 * // "[härledd från r7k2x9: kallelse, 2027-03-26, #1k3f9a]"
 */
export function formatMark(mark: DerivedMark, lang: Language): string {
  const words = lang === "sv" ? "härledd från" : "derived from";
  return `[${words} ${mark.meetingId}: ${mark.step}, ${toIsoDate(mark.date)}, #${mark.checksum}]`;
}

/**
 * The mark in a notes text, or undefined when there is none (an ordinary row).
 *
 * @example
 * readMark("Lokal 3 [härledd från r7k2x9: kallelse, 2027-03-26, #1k3f9a]")?.meetingId; // "r7k2x9"
 */
export function readMark(notes: string): DerivedMark | undefined {
  const m = MARK.exec(notes);
  const date = m === null ? undefined : parseIsoDate(m[3] ?? "");
  if (m === null || date === undefined) return undefined;
  return {
    meetingId: m[1] ?? "",
    step: (m[2] ?? "").trim().toLowerCase(),
    date,
    checksum: (m[4] ?? "").toLowerCase(),
  };
}

/**
 * Notes with the mark replaced (or added at the end), the user's own text kept.
 *
 * @example
 * withMark("Lokal 3", "[härledd från r1: kallelse, 2027-03-26, #a]"); // "Lokal 3 [härledd från r1: kallelse, 2027-03-26, #a]"
 */
export function withMark(notes: string, mark: string): string {
  if (MARK.test(notes)) return notes.replace(MARK, mark);
  return notes.trim() === "" ? mark : `${notes.trim()} ${mark}`;
}
