/**
 * How a step's dates stand to a deadline of the law, with söndagsregeln (lag 1930:173 2 §).
 */
import { compareDates, daysInMonth, plainDate } from "../dates/plainDate";
import type { PlainDate } from "../types";
import type { EntrySpan } from "../validate/entryDates";
import { onOrNextWorkingDay, type WorkingDayOptions } from "./workingDay";

/**
 * "in-time": the whole span is on or before the deadline; "sunday": it ends after it but on or
 * before the next working day (the deadline fell on a non-working day); "late": it starts after
 * that; "maybe-late": it starts in time and ends after (a month-precise row straddling it).
 */
export type DeadlineStanding = "in-time" | "sunday" | "late" | "maybe-late";

/**
 * Where a span stands to a deadline.
 *
 * @example
 * // Deadline Saturday 31 October 2026, step on Monday 2 November
 * deadlineStanding(spanOf("2 november 2026"), plainDate(2026, 10, 31)); // "sunday"
 */
export function deadlineStanding(
  span: EntrySpan,
  deadline: PlainDate,
  options: WorkingDayOptions & { readonly sundayRule?: boolean } = {},
): DeadlineStanding {
  if (compareDates(span.end, deadline) <= 0) return "in-time";
  const extended = options.sundayRule === false ? deadline : onOrNextWorkingDay(deadline, options);
  if (compareDates(span.end, extended) <= 0) return "sunday";
  if (compareDates(span.start, deadline) > 0) return "late";
  return "maybe-late";
}

/**
 * The day `months` months after `date`, the same day number, or the month's last day when it has
 * none (lag 1930:173 1 §).
 *
 * @example
 * addMonthsLegal(plainDate(2026, 8, 31), 2); // 2026-10-31
 * addMonthsLegal(plainDate(2026, 12, 31), 2); // 2027-02-28
 */
export function addMonthsLegal(date: PlainDate, months: number): PlainDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return plainDate(year, month, Math.min(date.day, daysInMonth(year, month)));
}
