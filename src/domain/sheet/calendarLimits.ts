/**
 * How much the calendar sheet draws when a plan is very large. A wall planner with 1,000 entries
 * on one day or 1,000 month bands is neither readable nor valid (Excel rows are at most 409
 * points tall, a cell holds at most 32,767 characters). Past these limits a day cell, a month's
 * bands and the legend end in "+N till" / "+N more"; every entry is still in the Tidsplan sheet
 * and the printable plan. Ordinary plans stay far below the limits and are drawn in full.
 */
import type { Language } from "../types";
import type { PlacedText } from "./calendarPlacement";
import { SHEET_TEXT } from "./sheetText";
import { wrappedLines } from "./textLines";

/** Lines of 9-point text in one day cell, "+N till" included: 30 × 12 + 4 points fits 409. */
export const MAX_DAY_LINES = 30;
/** Band rows above each month, "+N till" included. */
export const MAX_BAND_ROWS = 20;
/** Owners in the legend, "+N till" included (20 rows of 11). */
export const MAX_LEGEND_ITEMS = 220;
/** Excel's tallest row, in points. */
export const MAX_ROW_POINTS = 409;

/**
 * "+N till" / "+N more": what a capped list says about the entries it leaves out.
 *
 * @example
 * moreText(1104, "sv"); // "+1104 till"
 */
export function moreText(hidden: number, lang: Language): string {
  return SHEET_TEXT.more[lang].replace("{n}", String(hidden));
}

/** Lines a placed text takes in a wrapped 9-point cell `width` characters wide. */
export const placedLines = (item: PlacedText, width: number): number =>
  wrappedLines(item.text, width, 9 / 11);

/**
 * The texts of one day cell (holiday name first, then events) and the lines they take: all of
 * them when they fit {@link MAX_DAY_LINES}, else as many as fit and "+N till". The first text is
 * always shown.
 *
 * @example
 * fitDayCell(eventsOfOneDay, 22, "sv").texts.at(-1); // "+255 till" (270 short events)
 */
export function fitDayCell(
  items: readonly PlacedText[],
  width: number,
  lang: Language,
): { readonly texts: string[]; readonly lines: number } {
  const lines = items.map((item) => placedLines(item, width));
  const total = lines.reduce((sum, n) => sum + n, 0);
  if (total <= MAX_DAY_LINES) return { texts: items.map((item) => item.text), lines: total };
  const texts: string[] = [];
  let used = 0;
  for (const [i, item] of items.entries()) {
    const n = lines[i] ?? 1;
    if (texts.length > 0 && used + n > MAX_DAY_LINES - 1) break;
    texts.push(item.text);
    used += n;
  }
  texts.push(moreText(items.length - texts.length, lang));
  return { texts, lines: used + 1 };
}

/**
 * A list cut to `max` items, the last saying how many were left out; unchanged when it fits.
 *
 * @example
 * capList(bandsOfAugust, 20, "en").at(-1); // { text: "+1096 more", owner: "" }
 */
export function capList(items: readonly PlacedText[], max: number, lang: Language): readonly PlacedText[] {
  if (items.length <= max) return items;
  return [...items.slice(0, max - 1), { text: moreText(items.length - (max - 1), lang), owner: "" }];
}
