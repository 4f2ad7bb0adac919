/**
 * Years written in a row's text, advanced to the new plan: "verksamhetsberättelse 2006" becomes
 * 2007 and "budget 2008" 2009 when a 2007 plan becomes 2008's. A year that is not one of the
 * plan's (a span such as "2008-2010", a date, a year further away such as "Vision 2030") is only
 * offered: the user decides.
 */
import type { RolloverField, YearOffer } from "./types";

/**
 * A four-digit year (1900–2199), maybe with "-MM-DD" (a date) or "-YYYY", "–YY", "/YY" (a span) after it.
 * Not inside a longer number or word.
 */
const YEAR =
  /(?<![\p{L}\d])((?:19|20|21)\d\d)(?:(-\d\d-\d\d)|(\s*[-–—/]\s*)((?:19|20|21)\d\d|\d\d))?(?![\p{L}\d])/gu;

/** What {@link advanceYears} did to one text. */
export interface AdvancedText {
  /** The text with the plan's years advanced. */
  readonly text: string;
  /** True when a year was advanced. */
  readonly changed: boolean;
  /** The other years, offered (undefined when there are none). */
  readonly offer?: YearOffer;
}

function shiftYear(year: string, delta: number): string {
  return String(Number(year) + delta);
}

function shiftSpanEnd(end: string, delta: number): string {
  if (end.length === 4) return shiftYear(end, delta);
  return String((Number(end) + delta + 100) % 100).padStart(2, "0");
}

/**
 * The text with the years of the plan (the year before, the plan year, the year after) moved by
 * `toYear - fromYear`; other years are left as written and returned as an offer.
 *
 * @example
 * advanceYears("Beslut om verksamhetsberättelse 2006", 2007, 2008, "event").text;
 * // "Beslut om verksamhetsberättelse 2007"
 * advanceYears("Strategi för utveckling åren 2008-2010", 2007, 2008, "event").offer?.suggestion;
 * // "Strategi för utveckling åren 2009-2011" (the text itself is unchanged)
 */
export function advanceYears(
  text: string,
  fromYear: number,
  toYear: number,
  field: RolloverField,
): AdvancedText {
  const delta = toYear - fromYear;
  if (delta === 0 || !/\d{4}/u.test(text)) return { text, changed: false };
  let changed = false;
  const offered: string[] = [];
  let advanced = "";
  let suggestion = "";
  let last = 0;
  for (const match of text.matchAll(YEAR)) {
    const [whole, year = "", date, dash, end] = match;
    const at = match.index;
    const before = text.slice(last, at);
    last = at + whole.length;
    const planYear = Math.abs(Number(year) - fromYear) <= 1;
    if (date === undefined && end === undefined && planYear) {
      changed = true;
      advanced += before + shiftYear(year, delta);
      suggestion += before + shiftYear(year, delta);
      continue;
    }
    offered.push(whole.trim());
    advanced += before + whole;
    const moved =
      date !== undefined
        ? `${shiftYear(year, delta)}${date}`
        : end !== undefined && dash !== undefined
          ? `${shiftYear(year, delta)}${dash}${shiftSpanEnd(end, delta)}`
          : shiftYear(year, delta);
    suggestion += before + moved;
  }
  advanced += text.slice(last);
  suggestion += text.slice(last);
  if (offered.length === 0) return { text: advanced, changed };
  return { text: advanced, changed, offer: { field, text: advanced, suggestion, years: offered } };
}
