/**
 * Working days (Monday–Friday, not a Swedish public holiday or holiday eve).
 */
import { addDays, compareDates, weekday } from "../dates/plainDate";
import { swedishHolidayOn } from "../holidays";
import type { PlainDate } from "../types";

/**
 * The working days after `from` up to and including `to` (0 when `to` is not after `from`).
 *
 * @example
 * // Monday 3 Dec 2007 → Monday 10 Dec 2007
 * workingDaysBetween({ year: 2007, month: 12, day: 3 }, { year: 2007, month: 12, day: 10 }); // 5
 */
export function workingDaysBetween(from: PlainDate, to: PlainDate): number {
  let count = 0;
  // Plans are at most a few years long; the loop is bounded to a decade for safety.
  for (
    let day = addDays(from, 1), i = 0;
    compareDates(day, to) <= 0 && i < 3700;
    day = addDays(day, 1), i += 1
  ) {
    if (weekday(day) <= 5 && swedishHolidayOn(day) === undefined) count += 1;
  }
  return count;
}
