/**
 * A row whose När is a week, a month or a part of one and whose text names the very day
 * ("V 7 | Budgetperioden stängs 16 februari", "Mars | Beslut i KF 24 mars"): a planner reads the
 * day. The row keeps its När and gets the day written after it ("V 7, 16 februari"), which the
 * date parser reads as the day (the most precise date of a cell wins), so the table read back
 * means the same; the entry says so and offers the week or month as the other reading.
 */
import { compareDates, parseWhen } from "../dates";
import type { ReadingNote, WhenContext, WhenResult } from "../types";
import { findDatePhrases } from "./datePhrases";

/** The När precisions a day in the text may narrow (not a span of months, a season, a quarter). */
const NARROWABLE = new Set(["week", "month", "part-of-month"]);

/**
 * A day and a month in a text ("16 februari", "24 mars", "9 nov", "16/2"): only then is the
 * text searched for date phrases (a cheap test first; this runs for every week or month row).
 */
const DAY_AND_MONTH =
  /\d{1,2}(?::?[ae])?\.?\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)|(?<![\d/])\d{1,2}\/\d{1,2}(?![\d/])/iu;

/**
 * Whether a row may have a day in its text that narrows its När (a week, a month or a part of
 * one, and a day and a month written in the text): the cheap test before {@link dayInText}, so
 * that a big import builds nothing for the rows that cannot.
 */
export function mayHaveDayInText(parsed: WhenResult, text: string): boolean {
  return (
    parsed.ok &&
    parsed.occurrences.length === 1 &&
    NARROWABLE.has(parsed.precision) &&
    DAY_AND_MONTH.test(text)
  );
}

/** What {@link dayInText} found: the row's new När, its reading and the note that says so. */
export interface DayInText {
  readonly when: string;
  readonly parsed: WhenResult;
  readonly note: ReadingNote;
}

/**
 * The day a row's text names inside the week or month its När gives, when it names exactly one.
 *
 * @example
 * dayInText("V 7", "Budgetperioden stängs 16 februari", parseWhen("V 7", { planYear: 2018 }), { planYear: 2018 })
 *   ?.when; // → "V 7, 16 februari" (read as 16 February 2018)
 */
export function dayInText(
  when: string,
  text: string,
  parsed: WhenResult,
  context: WhenContext,
): DayInText | undefined {
  if (!parsed.ok || !mayHaveDayInText(parsed, text)) return undefined;
  const span = parsed.occurrences[0];
  if (span === undefined) return undefined;
  const days = new Map<string, string>();
  for (const phrase of findDatePhrases(text, { planYear: span.start.year })) {
    const read = parseWhen(phrase.text, { planYear: span.start.year });
    if (!read.ok || read.precision !== "day" || read.occurrences.length !== 1) continue;
    const day = read.occurrences[0];
    if (day === undefined) continue;
    if (compareDates(day.start, span.start) < 0 || compareDates(day.start, span.end) > 0) continue;
    const key = `${day.start.year}-${day.start.month}-${day.start.day}`;
    if (!days.has(key)) days.set(key, phrase.text);
  }
  if (days.size !== 1) return undefined;
  const dayText = [...days.values()][0] ?? "";
  const narrowed = `${when}, ${dayText}`;
  const reread = parseWhen(narrowed, context);
  // Only when the cell as written reads as that day (the table read back must mean the same).
  const first = reread.ok && reread.precision === "day" ? reread.occurrences[0] : undefined;
  const key = first === undefined ? "" : `${first.start.year}-${first.start.month}-${first.start.day}`;
  if (!days.has(key)) return undefined;
  return {
    when: narrowed,
    parsed: reread,
    note: {
      code: "day-in-text",
      message: {
        sv: `Läst som dagen som texten nämner (${dayText}), inom ${when}; det kan också vara hela ${when}.`,
        en: `Read as the day the text names (${dayText}), within ${when}; it may also be all of ${when}.`,
      },
      alternativeWhen: when,
    },
  };
}
