/**
 * The one working-day definition of Tidsplan, after lag (1930:173) om beräkning av lagstadgad tid
 * 2 § (docs/GOVERNANCE-RULES.md): not a Saturday or Sunday, not an allmän helgdag, not
 * midsommarafton, julafton or nyårsafton. A kommun may add klämdagar as non-working days.
 */
import { addDays, compareDates, toIsoDate, weekday } from "../dates/plainDate";
import { swedishHolidayOn } from "../holidays";
import type { Bilingual, PlainDate } from "../types";

/** The eves that lag 1930:173 2 § names beside the allmänna helgdagar. */
const NON_WORKING_EVES: ReadonlySet<string> = new Set(["midsommarafton", "julafton", "nyårsafton"]);

/** What a kommun adds to the law's non-working days. */
export interface WorkingDayOptions {
  /** Klämdagar (or other local days off) as ISO dates "2026-05-15". */
  readonly extraDaysOff?: ReadonlySet<string>;
}

/**
 * Why a date is not a working day, or undefined when it is one.
 *
 * @example
 * nonWorkingReason({ year: 2026, month: 6, day: 19 }); // { sv: "midsommarafton", en: "Midsummer Eve" }
 * nonWorkingReason({ year: 2026, month: 4, day: 30 }); // undefined (valborgsmässoafton is a working day)
 */
export function nonWorkingReason(date: PlainDate, options: WorkingDayOptions = {}): Bilingual | undefined {
  const day = weekday(date);
  if (day === 6) return { sv: "lördag", en: "Saturday" };
  if (day === 7) return { sv: "söndag", en: "Sunday" };
  const holiday = swedishHolidayOn(date);
  if (holiday !== undefined && (holiday.kind === "public" || NON_WORKING_EVES.has(holiday.name.sv)))
    return holiday.name;
  if (options.extraDaysOff?.has(toIsoDate(date)) === true) return { sv: "klämdag", en: "a bridge day" };
  return undefined;
}

/**
 * True when the date is a working day (arbetsdag).
 *
 * @example
 * isWorkingDay({ year: 2026, month: 12, day: 24 }); // false (julafton)
 * isWorkingDay({ year: 2026, month: 12, day: 23 }); // true
 */
export function isWorkingDay(date: PlainDate, options: WorkingDayOptions = {}): boolean {
  return nonWorkingReason(date, options) === undefined;
}

/**
 * The date itself when it is a working day, otherwise the next working day ("nästa vardag").
 *
 * @example
 * onOrNextWorkingDay({ year: 2026, month: 10, day: 31 }); // 2026-11-02 (Saturday → Monday)
 */
export function onOrNextWorkingDay(date: PlainDate, options: WorkingDayOptions = {}): PlainDate {
  let day = date;
  // At most a long weekend plus klämdagar; bounded for safety.
  for (let i = 0; i < 31 && !isWorkingDay(day, options); i += 1) day = addDays(day, 1);
  return day;
}

/**
 * The working days after `from` up to and including `to` (0 when `to` is not after `from`).
 *
 * @example
 * // Monday 3 Dec 2007 → Monday 10 Dec 2007
 * workingDaysBetween({ year: 2007, month: 12, day: 3 }, { year: 2007, month: 12, day: 10 }); // 5
 */
export function workingDaysBetween(from: PlainDate, to: PlainDate, options: WorkingDayOptions = {}): number {
  let count = 0;
  // Plans are at most a few years long; the loop is bounded to a decade for safety.
  for (
    let day = addDays(from, 1), i = 0;
    compareDates(day, to) <= 0 && i < 3700;
    day = addDays(day, 1), i += 1
  ) {
    if (isWorkingDay(day, options)) count += 1;
  }
  return count;
}

/**
 * The date `n` working days before `date` ("handlingar tillhanda 5 arbetsdagar före").
 *
 * @example
 * workingDaysBefore({ year: 2026, month: 6, day: 22 }, 1); // 2026-06-18 (midsommarafton is not one)
 */
export function workingDaysBefore(date: PlainDate, n: number, options: WorkingDayOptions = {}): PlainDate {
  let day = date;
  let left = Math.max(0, Math.floor(n));
  for (let i = 0; left > 0 && i < 3700; i += 1) {
    day = addDays(day, -1);
    if (isWorkingDay(day, options)) left -= 1;
  }
  return day;
}
