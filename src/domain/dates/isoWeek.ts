/**
 * ISO 8601 week dates: weeks start on Monday, and week 1 is the week with the year's first
 * Thursday (so it can begin in the December before, and the last days of December can belong to
 * week 1 of the next year).
 */
import type { PlainDate } from "../types";
import { addDays, plainDate, weekday } from "./plainDate";

/**
 * The Monday of ISO week 1 of an ISO year.
 *
 * @example
 * isoWeekOneMonday(2026); // 2025-12-29
 */
function isoWeekOneMonday(isoYear: number): PlainDate {
  const jan4 = plainDate(isoYear, 1, 4); // 4 January is always in week 1
  return addDays(jan4, 1 - weekday(jan4));
}

/**
 * 52 or 53: the number of ISO weeks in an ISO year.
 *
 * @example
 * weeksInIsoYear(2020); // 53
 * weeksInIsoYear(2007); // 52
 */
export function weeksInIsoYear(isoYear: number): number {
  // A year has 53 weeks when 1 January is a Thursday, or a Wednesday in a leap year; equivalently
  // when 28 December (always in the last week) falls in week 53.
  const jan1 = weekday(plainDate(isoYear, 1, 1));
  const dec31 = weekday(plainDate(isoYear, 12, 31));
  return jan1 === 4 || dec31 === 4 ? 53 : 52;
}

/**
 * The ISO week-numbering year and week of a date.
 *
 * @example
 * isoWeekOf(plainDate(2007, 2, 5)); // { year: 2007, week: 6 }
 * isoWeekOf(plainDate(2025, 12, 29)); // { year: 2026, week: 1 }
 */
export function isoWeekOf(d: PlainDate): { year: number; week: number } {
  // The Thursday of d's week decides the ISO year.
  const thursday = addDays(d, 4 - weekday(d));
  const year = thursday.year;
  const jan1 = plainDate(year, 1, 1);
  const dayOfYear = Math.round(
    (Date.UTC(thursday.year, thursday.month - 1, thursday.day) -
      Date.UTC(jan1.year, jan1.month - 1, jan1.day)) /
      86_400_000,
  );
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

/**
 * The Monday of an ISO week; undefined when the week does not exist in that year (0, 54, 53 in a
 * 52-week year, non-integers).
 *
 * @example
 * isoWeekMonday(2007, 6); // 2007-02-05
 * isoWeekMonday(2026, 1); // 2025-12-29
 * isoWeekMonday(2007, 53); // undefined
 */
export function isoWeekMonday(isoYear: number, week: number): PlainDate | undefined {
  if (!Number.isInteger(week) || !Number.isInteger(isoYear)) return undefined;
  if (week < 1 || week > weeksInIsoYear(isoYear)) return undefined;
  return addDays(isoWeekOneMonday(isoYear), (week - 1) * 7);
}
