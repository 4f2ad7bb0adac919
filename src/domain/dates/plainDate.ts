/**
 * Date-only arithmetic on {@link PlainDate}. A plan date has no time zone, so nothing here uses a
 * local-time JS Date: day counting goes through Date.UTC, which has no daylight-saving gaps.
 */
import type { PlainDate } from "../types";

const MS_PER_DAY = 86_400_000;

/**
 * Builds a PlainDate. Does not check validity (see {@link isValidDate}).
 *
 * @example
 * plainDate(2007, 2, 5); // { year: 2007, month: 2, day: 5 }
 */
export function plainDate(year: number, month: number, day: number): PlainDate {
  return { year, month, day };
}

/**
 * True for a Gregorian leap year.
 *
 * @example
 * isLeapYear(2024); // true
 * isLeapYear(1900); // false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (1–12); 0 for a month outside 1–12.
 *
 * @example
 * daysInMonth(2024, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * True when year/month/day name a real calendar day (years 1–9999).
 *
 * @example
 * isValidDate(2007, 2, 29); // false
 * isValidDate(2008, 2, 29); // true
 */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < 1 || year > 9999) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The last day of a month as a PlainDate.
 *
 * @example
 * lastDayOfMonth(2007, 2); // { year: 2007, month: 2, day: 28 }
 */
export function lastDayOfMonth(year: number, month: number): PlainDate {
  return plainDate(year, month, daysInMonth(year, month));
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar, by arithmetic (H. Hinnant's
 * days_from_civil; linear in the day, so day 29–31 of a short month runs on into the next
 * month exactly as Date.UTC does). Called per entry and per day by the validation rules,
 * where building a Date each time showed in the profile.
 */
function civilEpochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shifted = (month + 9) % 12; // March = 0
  const dayOfYear = Math.floor((153 * shifted + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function isPlainRange(d: PlainDate): boolean {
  return (
    Number.isInteger(d.year) &&
    Number.isInteger(d.month) &&
    Number.isInteger(d.day) &&
    d.year >= 1 &&
    d.year <= 9999 &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= 31
  );
}

/** Days since 1970-01-01 (may be negative). */
function toEpochDay(d: PlainDate): number {
  if (isPlainRange(d)) return civilEpochDay(d.year, d.month, d.day);
  // Anything else (never a real plan date) as before, through Date.
  const ms = Date.UTC(d.year, d.month - 1, d.day);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear corrects that.
  const date = new Date(ms);
  date.setUTCFullYear(d.year, d.month - 1, d.day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

function fromEpochDay(n: number): PlainDate {
  const date = new Date(n * MS_PER_DAY);
  return plainDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * The date n days later (n may be negative).
 *
 * @example
 * addDays(plainDate(2007, 2, 28), 1); // { year: 2007, month: 3, day: 1 }
 */
export function addDays(d: PlainDate, n: number): PlainDate {
  return fromEpochDay(toEpochDay(d) + n);
}

/**
 * Negative when a is before b, 0 when equal, positive when after.
 *
 * @example
 * compareDates(plainDate(2007, 1, 1), plainDate(2007, 2, 1)) < 0; // true
 */
export function compareDates(a: PlainDate, b: PlainDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Days from a to b (positive when b is later).
 *
 * @example
 * daysBetween(plainDate(2007, 1, 1), plainDate(2007, 2, 1)); // 31
 */
export function daysBetween(a: PlainDate, b: PlainDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * ISO 8601 calendar date text.
 *
 * @example
 * toIsoDate(plainDate(2007, 2, 5)); // "2007-02-05"
 */
export function toIsoDate(d: PlainDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/**
 * Reads "YYYY-MM-DD" (surrounding spaces allowed); undefined when malformed or not a real day.
 *
 * @example
 * parseIsoDate("2007-02-05"); // { year: 2007, month: 2, day: 5 }
 * parseIsoDate("2007-02-30"); // undefined
 */
export function parseIsoDate(s: string): PlainDate | undefined {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(s);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? plainDate(year, month, day) : undefined;
}

/**
 * ISO weekday: 1 = Monday … 7 = Sunday.
 *
 * @example
 * weekday(plainDate(2007, 2, 5)); // 1 (a Monday)
 */
export function weekday(d: PlainDate): number {
  // 1970-01-01 was a Thursday (4).
  const dow = (((toEpochDay(d) + 3) % 7) + 7) % 7; // 0 = Monday
  return dow + 1;
}

/**
 * The later of two dates.
 *
 * @example
 * maxDate(plainDate(2007, 1, 1), plainDate(2007, 3, 1)); // 2007-03-01
 */
export function maxDate(a: PlainDate, b: PlainDate): PlainDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/**
 * The earlier of two dates.
 *
 * @example
 * minDate(plainDate(2007, 1, 1), plainDate(2007, 3, 1)); // 2007-01-01
 */
export function minDate(a: PlainDate, b: PlainDate): PlainDate {
  return compareDates(a, b) <= 0 ? a : b;
}
