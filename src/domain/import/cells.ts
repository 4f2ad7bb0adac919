/**
 * Cleaning cells and recognising the lines of a document that are not rows: month and year
 * headings, page headings, title and document date.
 */
import { monthFromWord } from "../dates";

/**
 * What only a web or Word copy has. A constant, not a literal in cleanCell: a regular expression
 * literal is a new object each time it is evaluated, and cleanCell runs for every cell.
 */
const NEEDS_CLEANING = /[<&\u00a0\t\n]| {2}/;

/**
 * A cell as a person sees it: HTML tags from web copies removed, non-breaking spaces and runs
 * of spaces made single spaces, trimmed.
 *
 * @example
 * cleanCell("<b>JANUARI</b>\u00a0") // → "JANUARI"
 */
export function cleanCell(cell: string): string {
  // Most cells need only a trim; the full clean-up is for web and Word copies.
  if (!NEEDS_CLEANING.test(cell)) return cell.trim();
  // Until nothing changes: one pass leaves "<b <i>>" as "<b >" and "&amp;amp;" as "&amp;", and
  // a cell must read the same when the table it was written to is read again. Each pass only
  // shortens the text; the bound keeps a hostile nesting of tags from costing a pass per level.
  let text = cleanOnce(cell);
  for (let pass = 1; pass < MAX_CLEAN_PASSES; pass += 1) {
    const again = cleanOnce(text);
    if (again === text) break;
    text = again;
  }
  return text;
}

const MAX_CLEAN_PASSES = 8;

/**
 * A formatting tag of a web or Word copy (<b>, </td>, <span class="x">, <br/>): only HTML's own
 * tag names, so that a word in angle brackets ("<preliminär>", "<datum>") stays text.
 */
export const HTML_TAG =
  /<\/?(?:a|abbr|b|big|blockquote|body|br|caption|center|code|col|colgroup|dd|del|div|dl|dt|em|font|h[1-6]|head|hr|html|i|img|ins|li|mark|nobr|o:p|ol|p|pre|s|small|span|strike|strong|sub|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul|script|style|iframe|object|embed|svg|form|input|button|select|option|textarea|meta|link|title|label|section|article|header|footer|nav|main|figure|figcaption|picture|source|video|audio|canvas|base|w:[a-z]+|o:[a-z]+)(?=[\s/>])[^<>]*>/gi;

function cleanOnce(cell: string): string {
  return cell
    .replace(HTML_TAG, "")
    .replace(/&nbsp;/gi, " ")
    .replace(/&amp;/gi, "&")
    .replace(/[\u00a0\s]+/g, " ")
    .trim();
}

/** A month heading: the month and, when written ("Januari 2016"), the year. */
export interface MonthHeading {
  readonly month: number;
  readonly year?: number;
}

/**
 * Read a month heading ("JANUARI", "Januari 2016", "Mars:"), or undefined.
 *
 * @example
 * monthHeading("Januari 2016") // → { month: 1, year: 2016 }
 * monthHeading("5 februari")   // → undefined
 */
export function monthHeading(text: string): MonthHeading | undefined {
  const match = /^([\p{L}]+)\.?:?(?:\s+(\d{4}))?:?$/u.exec(text.trim());
  if (match?.[1] === undefined) return undefined;
  const month = monthFromWord(match[1]);
  if (month === undefined) return undefined;
  return match[2] === undefined ? { month } : { month, year: Number(match[2]) };
}

/**
 * Read a year heading ("År 2026", "2027", "Year 2027"), or undefined.
 *
 * @example
 * yearHeading("År 2026") // → 2026
 * yearHeading("2027")    // → 2027
 */
export function yearHeading(text: string): number | undefined {
  const t = text.trim();
  const match = /^(?:år|year)?\s*((?:19|20|21)\d{2}):?$/iu.exec(t);
  if (match?.[1] !== undefined) return Number(match[1]);
  return namedYearHeading(t);
}

/** Words that make a short line with a year a heading for what follows. */
const HEADING_WORDS =
  /(?:sammanträd|möte|mötes|kalender|tider|datum|dagar|tidplan|tidsplan|årshjul|plan\b|fullmäktige|styrelse|nämnd|utskott|presidi|beredning)/iu;

/**
 * A heading that names a year with a few words ("Kommunfullmäktige 2022", "Sammanträdestider
 * 2025", "Datum för sammanträden 2023", "Sammanträdesplan 2022/2023"), or undefined. A budget
 * title ("Tidplan budget 2024") is not one: its year is the budget year, not the year the rows run
 * in (see processYear).
 *
 * @example
 * namedYearHeading("Regionfullmäktige 2022") // → 2022
 * namedYearHeading("Bokslut 2022")           // → undefined
 */
export function namedYearHeading(text: string): number | undefined {
  // The pattern below ends in a year (or a year range) and an optional colon: a text that does not
  // end in a digit is no heading, without compiling the patterns (a header row of every import).
  const end = text.endsWith(":") ? text.length - 2 : text.length - 1;
  const last = text.charCodeAt(end);
  if (!(last >= 48 && last <= 57)) return undefined;
  if (text.length > 70 || /budget|inför/iu.test(text)) return undefined;
  const match = /^([\p{L}][\p{L}\s,–-]*?)\s+((?:19|20|21)\d{2})(?:\s*[-–/]\s*(?:19|20|21)?\d{2,4})?:?$/u.exec(
    text,
  );
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  const words = match[1].trim().split(/\s+/u);
  // "Korta avstämningar under 2024": what follows happens during that year.
  if (words.length > 5 || !(HEADING_WORDS.test(match[1]) || /\s(?:under|år)$/iu.test(match[1].trim())))
    return undefined;
  return Number(match[2]);
}

/**
 * A page heading or footer left in text copied from a Word or PDF document ("## Bilaga 12",
 * "Sida 3 av 5").
 *
 * @example
 * isPageHeading("## Bilaga 12") // → true
 */
export function isPageHeading(text: string): boolean {
  const t = text.trim();
  return /^#+\s/.test(t) || /^(sida|page)\s+\d+(\s*(av|of|\/)\s*\d+)?$/i.test(t);
}

/**
 * The first plausible plan year (1900–2199) written in a text, e.g. a title or a file name.
 *
 * @example
 * yearInText("## TIDSPLAN FÖR VERKSAMHETSLEDNING 2007") // → 2007
 */
export function yearInText(text: string): number | undefined {
  const match = /(?<!\d)((?:19|20|21)\d{2})(?!\d)/.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
