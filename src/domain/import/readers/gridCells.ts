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
  /** The last day of a span of days in the cell ("5-63" → 5–6 with a footnote 3). */
  readonly endDay?: number;
}

/** "5-63": a span of days (its end maybe with a footnote digit glued on). */
const RANGE_PIECE = /^(\d{1,2})\s*[-–]\s*(\d{1,3})$/u;
/** "A" after a day ("147,A"): a footnote letter. */
const LETTER_MARK = /^\p{Lu}$/u;
/** "7" after "226," or "8" after "26,": a digit no later than the day before it is a footnote. */
const DIGIT_PIECE = /^(\d)\s*(\*+)?$/u;

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
  const days: Writable<GridDay>[] = [];
  for (const piece of pieces) {
    const prev = days[days.length - 1];
    const prevDay = prev?.endDay ?? prev?.day;
    // "147,A", "226,7", "17,8 *": more footnotes of the day before, flattened into the cell; a
    // digit no later than that day cannot be a later meeting of the month (days run upwards).
    const digit = DIGIT_PIECE.exec(piece);
    if (prev !== undefined && prevDay !== undefined && (LETTER_MARK.test(piece) || (digit !== null && Number(digit[1]) <= prevDay))) {
      prev.glued = `${prev.glued ?? String(prevDay)},${piece}`;
      prev.mark = prev.mark ?? (digit?.[1] ?? piece);
      continue;
    }
    const range = RANGE_PIECE.exec(piece);
    if (range !== null) {
      const start = Number(range[1]);
      const endDigits = range[2] ?? "";
      const split = gluedDigits(endDigits, year, month);
      if (split !== undefined && split.day > start) {
        days.push({ day: start, endDay: split.day, mark: split.mark, glued: piece });
        continue;
      }
      const end = Number(endDigits);
      if (end > start && end <= daysInMonth(year, month)) {
        days.push({ day: start, endDay: end });
        continue;
      }
    }
    const m = PIECE.exec(piece);
    if (m === null) {
      days.push({ text: piece });
      continue;
    }
    const digits = m[1] ?? "";
    const mark = m[2] ?? m[4];
    const time = m[3];
    const split = gluedDigits(digits, year, month);
    days.push({
      day: split?.day ?? Number(digits),
      ...(mark !== undefined ? { mark } : {}),
      ...(split !== undefined ? { mark: split.mark, glued: digits } : {}),
      ...(time !== undefined ? { time } : {}),
    });
  }
  return days;
}

/**
 * "295": a superscript footnote 5 after 29, flattened into the digits by the copy; "82" in May:
 * 8 with a footnote 2 (there is no 82nd). Undefined when the digits are a day as they stand.
 */
function gluedDigits(digits: string, year: number, month: number): { day: number; mark: string } | undefined {
  const last = daysInMonth(year, month);
  if (digits.length < 2 || (digits.length === 2 && Number(digits) <= last)) return undefined;
  const keep = digits.length === 3 || Number(digits.slice(0, 2)) <= last ? 2 : 1;
  const head = Number(digits.slice(0, Math.min(keep, digits.length - 1)));
  if (head < 1 || head > last) return undefined;
  return { day: head, mark: digits.slice(Math.min(keep, digits.length - 1)) };
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Whether a cell reads as meeting days (or as no meeting). */
export function isGridCell(cell: string): boolean {
  const text = cell
    .trim()
    .replace(/(\d{1,2}\*{0,3})\s*,?\s*(?:kl\.?|klockan)\s*(\d{1,2}(?:[.:]\d{2})?)(?!\d)/giu, "$1($2)");
  if (NO_MEETING.test(text)) return true;
  return text
    .split(/\s*(?:,|;|\boch\b|&|\s(?=\d))\s*/u)
    .filter((p) => p.trim() !== "")
    .every(
      (p, i) =>
        PIECE.test(p.trim()) ||
        RANGE_PIECE.test(p.trim()) ||
        (i > 0 && LETTER_MARK.test(p.trim())) ||
        /^\d{1,2}\/\d{1,2}(?:-\d{2,4})?$/u.test(p.trim()),
    );
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
