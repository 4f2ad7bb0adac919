/**
 * The cells of a meeting grid (sammanträdesplan): "3, 17", "2,30", "3*,17,31*", "22**,27",
 * "5, 19(08.00)", "-" (no meeting), "4/1-22" (a date of its own), "295" (29 with a footnote 5
 * glued on when copied). Each cell gives its days with their footnote marks and own times.
 */
import { daysInMonth } from "../../dates";

/** One day in a grid cell. */
export interface GridDay {
  /** The day of the month, or undefined when the piece is a date of its own ({@link text}). */
  readonly day?: number;
  /** A piece that is a whole date ("4/1-22"): its text, read as När as it is. */
  readonly text?: string;
  /** A footnote mark ("*", "**", "¹"). */
  readonly mark?: string;
  /** A time written in the cell for this day only ("19(08.00)"). */
  readonly time?: string;
  /** The digits as written when a footnote digit was split off ("295" → 29 + "5"). */
  readonly glued?: string;
}

/** A cell that means no meeting. */
export const NO_MEETING = /^(?:[-–—x]|ingen|inget|inga|—)?$/iu;
const PIECE =
  /^(\d{1,3})\s*(\*+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?\s*(?:\(\s*(?:kl\.?\s*)?(\d{1,2}(?:[.:]\d{2})?)\s*\))?\s*(\*+)?$/iu;

/**
 * The days of one grid cell in a month of a year. Never throws; a piece it cannot read is
 * returned as text so that the date check reports it.
 *
 * @example
 * gridCellDays("3*,17,31*", 2022, 5);
 * // → [{ day: 3, mark: "*" }, { day: 17 }, { day: 31, mark: "*" }]
 */
export function gridCellDays(cell: string, year: number, month: number): GridDay[] {
  // "11, kl. 09:30": the time belongs to the day before it.
  const text = cell
    .trim()
    .replace(/(\d{1,2}\*{0,3})\s*,?\s*(?:kl\.?|klockan)\s*(\d{1,2}(?:[.:]\d{2})?)(?!\d)/giu, "$1($2)");
  if (NO_MEETING.test(text)) return [];
  const pieces = text
    .split(/\s*(?:,|;|\boch\b|&|\s(?=\d))\s*/u)
    .map((p) => p.trim())
    .filter((p) => p !== "" && !NO_MEETING.test(p));
  const days: GridDay[] = [];
  for (const piece of pieces) {
    const m = PIECE.exec(piece);
    if (m === null) {
      days.push({ text: piece });
      continue;
    }
    const digits = m[1] ?? "";
    const mark = m[2] ?? m[4];
    const time = m[3];
    let day = Number(digits);
    let glued: string | undefined;
    if (digits.length === 3 || day > daysInMonth(year, month)) {
      // "295": a superscript footnote 5 after 29, flattened into the digits by the copy.
      const head = Number(digits.slice(0, 2));
      if (digits.length >= 2 && head >= 1 && head <= daysInMonth(year, month)) {
        glued = digits;
        day = head;
      }
    }
    days.push({
      day,
      ...(mark !== undefined ? { mark } : {}),
      ...(glued !== undefined ? { mark: digits.slice(2), glued } : {}),
      ...(time !== undefined ? { time } : {}),
    });
  }
  return days;
}

/** Whether a cell reads as meeting days (or as no meeting). */
export function isGridCell(cell: string): boolean {
  const text = cell
    .trim()
    .replace(/(\d{1,2}\*{0,3})\s*,?\s*(?:kl\.?|klockan)\s*(\d{1,2}(?:[.:]\d{2})?)(?!\d)/giu, "$1($2)");
  if (NO_MEETING.test(text)) return true;
  return text
    .split(/\s*(?:,|;|\boch\b|&|\s(?=\d))\s*/u)
    .filter((p) => p.trim() !== "")
    .every((p) => PIECE.test(p.trim()) || /^\d{1,2}\/\d{1,2}(?:-\d{2,4})?$/u.test(p.trim()));
}

/**
 * A time as a grid writes it ("13.00", "8.00", "15.00-16.30", "Kl. 10", "18:00") in the form
 * När reads ("kl. 13.00"), or undefined when the cell holds no time.
 *
 * @example
 * gridTime("Kl. 8.30") // → "kl. 8.30"
 */
export function gridTime(cell: string): string | undefined {
  const m = /^(?:kl\.?|klockan)?\s*(\d{1,2}(?:[.:]\d{2})?)(?:\s*[-–]\s*(\d{1,2}(?:[.:]\d{2})?))?$/iu.exec(
    cell.trim(),
  );
  if (m?.[1] === undefined) return undefined;
  const hour = Number(m[1].split(/[.:]/u)[0]);
  if (hour > 23) return undefined;
  return `kl. ${m[1]}${m[2] !== undefined ? `-${m[2]}` : ""}`;
}
