/**
 * Reminders at a working hour: 09:00 on the day N working days before a deadline, not at midnight
 * N days before it (what a plain "-P3D" from an all-day start gives).
 */
import { addDays, daysBetween, weekday } from "../dates/plainDate";
import { swedishHolidayOn } from "../holidays";
import type { PlainDate, PlainTime } from "../types";

/** The hour a reminder goes off, local time. */
export const REMINDER_HOUR = 9;

/**
 * The day `workingDays` working days (Monday–Friday, not a Swedish public holiday or eve) before
 * `date`.
 *
 * @example
 * workingDaysBefore({ year: 2007, month: 6, day: 4 }, 1) // Monday 4 June → Friday 1 June 2007
 */
export function workingDaysBefore(date: PlainDate, workingDays: number): PlainDate {
  let day = date;
  for (let left = workingDays; left > 0;) {
    day = addDays(day, -1);
    if (weekday(day) <= 5 && swedishHolidayOn(day) === undefined) left -= 1;
  }
  return day;
}

/**
 * The alarm's offset in seconds BEFORE the event's start (ical-generator's trigger), so that it
 * goes off at 09:00 on the day `workingDays` working days before the event's first day. The
 * trigger is relative to DTSTART (RFC 5545 §3.8.6.3), which for an all-day event is midnight in
 * the reader's own zone: the reminder rings at 09:00 local time wherever the calendar is.
 *
 * @example
 * // an all-day deadline on Monday 4 June 2007, one working day before: Friday 1 June 09:00
 * reminderSecondsBefore({ year: 2007, month: 6, day: 4 }, undefined, 1) // 3 days − 9 h = 226800
 */
export function reminderSecondsBefore(
  start: PlainDate,
  startTime: PlainTime | undefined,
  workingDays: number,
): number {
  const day = workingDaysBefore(start, workingDays);
  const startMinutes = startTime === undefined ? 0 : startTime.hour * 60 + startTime.minute;
  return daysBetween(day, start) * 86_400 + (startMinutes - REMINDER_HOUR * 60) * 60;
}
