/**
 * The new När text, written the way the old one was: "5 februari" stays day and month ("4
 * februari"), "5 februari 2007" gets the new year ("4 februari 2008"), "2007-02-05" stays ISO,
 * "5/2" stays numeric, a weekday written with the date follows the date. What cannot be written
 * in the old notation (a list, a range across months) is written as Tidsplan writes dates
 * ("22–23 juni"), keeping a "senast" in front. Every text is read back before it is used.
 */
import { monthFromWord, monthName, weekdayFromWord, weekdayName } from "../dates/months";
import { occurrenceText } from "../dates/occurrenceText";
import { parseWhen } from "../dates/parseWhen";
import { compareDates, toIsoDate, weekday } from "../dates/plainDate";
import type { Occurrence, ParsedWhen } from "../types";

const ISO = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/u;
const DAY_MONTH = /(?<![\p{L}\d])(\d{1,2})(\.?\s*)(\p{L}+\.?)/u;
const DAY_RANGE_MONTH = /(?<![\p{L}\d])(\d{1,2})(\s*[-–]\s*)(\d{1,2})(\.?\s*)(\p{L}+\.?)/u;
const NUMERIC = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/u;
const WEEKDAY_WORD = /(?<![\p{L}])(\p{L}+)(?=\s+(?:den\s+)?\d)/u;
const YEAR = /(?<![\p{L}\d-])((?:19|20|21)\d\d)(?![\p{L}\d-])/gu;

/** "Februari" keeps its capital, "FEBRUARI" its capitals. */
function sameCase(written: string, word: string): string {
  if (written === written.toUpperCase() && written !== written.toLowerCase()) return word.toUpperCase();
  if (written.charAt(0) === written.charAt(0).toUpperCase())
    return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

function sameDays(parsed: ParsedWhen, wanted: readonly Occurrence[]): boolean {
  return (
    parsed.occurrences.length === wanted.length &&
    parsed.occurrences.every((o, i) => {
      const w = wanted[i];
      return w !== undefined && compareDates(o.start, w.start) === 0 && compareDates(o.end, w.end) === 0;
    })
  );
}

/**
 * The plan's years in a När text (±1 year around `fromYear`) moved by `delta`.
 *
 * @example
 * withYearsMoved("mars 2007", 2007, 1); // "mars 2008"
 */
export function withYearsMoved(text: string, fromYear: number, delta: number): string {
  return text.replace(YEAR, (year) =>
    Math.abs(Number(year) - fromYear) <= 1 ? String(Number(year) + delta) : year,
  );
}

/** The one-day (or one-range in a month) text in the old notation, or undefined. */
function inOldNotation(text: string, old: Occurrence, next: Occurrence): string | undefined {
  const oneDay = compareDates(next.start, next.end) === 0;
  if (ISO.test(text) && oneDay) return text.replace(ISO, toIsoDate(next.start));
  let out: string | undefined;
  const range = DAY_RANGE_MONTH.exec(text);
  if (
    !oneDay &&
    range !== null &&
    next.start.month === next.end.month &&
    monthFromWord(range[5] ?? "") !== undefined
  ) {
    const month = sameCase(range[5] ?? "", monthName(next.start.month, "sv"));
    out = text.replace(
      DAY_RANGE_MONTH,
      `${next.start.day}${range[2] ?? "–"}${next.end.day}${range[4] ?? " "}${month}`,
    );
  } else if (oneDay) {
    const dayMonth = DAY_MONTH.exec(text);
    const numeric = NUMERIC.exec(text);
    if (dayMonth !== null && monthFromWord(dayMonth[3] ?? "") !== undefined) {
      const month = sameCase(dayMonth[3] ?? "", monthName(next.start.month, "sv"));
      out = text.replace(DAY_MONTH, `${next.start.day}${dayMonth[2] ?? " "}${month}`);
    } else if (numeric !== null) out = text.replace(NUMERIC, `${next.start.day}/${next.start.month}`);
  }
  if (out === undefined) return undefined;
  // A weekday written before the date ("tisdag 13 februari") follows the date.
  const day = WEEKDAY_WORD.exec(out);
  if (day !== null && weekdayFromWord(day[1] ?? "") === weekday(old.start)) {
    out = out.replace(WEEKDAY_WORD, sameCase(day[1] ?? "", weekdayName(weekday(next.start), "sv")));
  }
  return out;
}

/** A day number: not part of a year, a time ("13.00") or a numeric date ("5/2"). */
const DAY_NUMBER = /(?<![\d.:/])(\d{1,2})(?![\d.:/])/gu;
const MONTH_WORD = /(?<![\p{L}])(\p{L}+\.?)(?![\p{L}])/gu;

/** A list of days in one month ("4, 11 och 18 maj") with its days and month replaced, or undefined. */
function listInOldNotation(
  text: string,
  old: readonly Occurrence[],
  next: readonly Occurrence[],
): string | undefined {
  const oneMonth = (list: readonly Occurrence[]) =>
    list.every((o) => compareDates(o.start, o.end) === 0 && o.start.month === list[0]?.start.month);
  const [first] = next;
  if (first === undefined || old.length !== next.length || !oneMonth(old) || !oneMonth(next))
    return undefined;
  if ([...text.matchAll(DAY_NUMBER)].length !== next.length) return undefined;
  let index = 0;
  const days = text.replace(DAY_NUMBER, () => String(next[index++]?.start.day ?? ""));
  return days.replace(MONTH_WORD, (word: string) =>
    monthFromWord(word) === undefined ? word : sameCase(word, monthName(first.start.month, "sv")),
  );
}

/**
 * The När text for `next` (the new dates), in the notation of `oldText` (whose dates were `old`),
 * read back as exactly `next` in a plan of `toYear`.
 *
 * @example
 * newWhenText("5 februari", parsedOld, [{ start: 2008-02-04, end: 2008-02-04 }], 2007, 2008); // "4 februari"
 * newWhenText("tisdag 13 februari 2007", …, [{ start: 2008-02-12, … }], 2007, 2008);          // "tisdag 12 februari 2008"
 */
export function newWhenText(
  oldText: string,
  old: ParsedWhen,
  next: readonly Occurrence[],
  fromYear: number,
  toYear: number,
): string {
  const reads = (text: string): boolean => {
    const parsed = parseWhen(text, { planYear: toYear });
    return parsed.ok && sameDays(parsed, next);
  };
  const moved = withYearsMoved(oldText, fromYear, toYear - fromYear);
  const [oldFirst] = old.occurrences;
  const [nextFirst] = next;
  if (
    old.occurrences.length === 1 &&
    next.length === 1 &&
    oldFirst !== undefined &&
    nextFirst !== undefined
  ) {
    const candidate = inOldNotation(moved, oldFirst, nextFirst);
    if (candidate !== undefined && reads(candidate)) return candidate;
  }
  const list = listInOldNotation(moved, old.occurrences, next);
  if (list !== undefined && reads(list)) return list;
  const prefix = old.deadline ? "senast " : "";
  const plain = next.map((o) => occurrenceText(o, false)).join(", ");
  if (reads(`${prefix}${plain}`) && !old.explicitYear) return `${prefix}${plain}`;
  const withYear = next.map((o) => occurrenceText(o, true)).join(", ");
  if (reads(`${prefix}${withYear}`)) return `${prefix}${withYear}`;
  return next
    .map((o) =>
      compareDates(o.start, o.end) === 0 ? toIsoDate(o.start) : `${toIsoDate(o.start)}–${toIsoDate(o.end)}`,
    )
    .join(", ");
}
