/**
 * Moving a date off a day nobody works: a weekend, an allmän helgdag or an afton (the one
 * working-day definition of governance/workingDay.ts, plus the other aftons: a plan's meeting on
 * valborgsmässoafton is as unlikely as one on julafton). To the nearest working day, within the
 * bounds the order of its matter sets.
 */
import { nonWorkingReason, type WorkingDayOptions } from "../governance/workingDay";
import { swedishHolidayOn } from "../holidays";
import { addDays, compareDates, daysBetween } from "../dates/plainDate";
import type { Bilingual, PlainDate } from "../types";

/** How far to look either way: past Christmas to Epiphany, with klämdagar. */
const LOOK_DAYS = 21;

/**
 * Why nobody works on the date (a weekend, a holiday, an afton, a klämdag), or undefined.
 *
 * @example
 * offDayReason(plainDate(2008, 4, 30)); // { sv: "valborgsmässoafton", en: "Walpurgis Night" }
 * offDayReason(plainDate(2008, 2, 4));  // undefined (a Monday)
 */
export function offDayReason(date: PlainDate, options: WorkingDayOptions = {}): Bilingual | undefined {
  return nonWorkingReason(date, options) ?? swedishHolidayOn(date)?.name;
}

/** The earliest and latest day the order of the row's matter allows (inclusive). */
export interface OrderBounds {
  readonly notBefore?: PlainDate;
  readonly notAfter?: PlainDate;
}

/** Where {@link moveToWorkingDay} put the date. */
export interface WorkingDayMove {
  readonly date: PlainDate;
  /** True when the nearer working day was outside the bounds, so the other one was taken. */
  readonly forOrder: boolean;
}

function inBounds(date: PlainDate, bounds: OrderBounds): boolean {
  if (bounds.notBefore !== undefined && compareDates(date, bounds.notBefore) < 0) return false;
  return !(bounds.notAfter !== undefined && compareDates(date, bounds.notAfter) > 0);
}

function firstWorkingDay(date: PlainDate, step: 1 | -1, options: WorkingDayOptions): PlainDate | undefined {
  for (let i = 1; i <= LOOK_DAYS; i += 1) {
    const day = addDays(date, step * i);
    if (offDayReason(day, options) === undefined) return day;
  }
  return undefined;
}

/**
 * The nearest working day to `date` inside `bounds` (on a tie, the `prefer` side); undefined
 * when neither neighbour fits the bounds.
 *
 * @example
 * // Thursday 1 May 2008 (första maj), nothing around it: Wednesday 30 April is an afton, so Friday 2 May
 * moveToWorkingDay(plainDate(2008, 5, 1), {}, "earlier"); // { date: 2008-05-02, forOrder: false }
 */
export function moveToWorkingDay(
  date: PlainDate,
  bounds: OrderBounds,
  prefer: "earlier" | "later",
  options: WorkingDayOptions = {},
): WorkingDayMove | undefined {
  const earlier = firstWorkingDay(date, -1, options);
  const later = firstWorkingDay(date, 1, options);
  const distance = (d: PlainDate | undefined): number =>
    d === undefined ? Infinity : Math.abs(daysBetween(date, d));
  const order: (PlainDate | undefined)[] =
    distance(earlier) < distance(later) || (distance(earlier) === distance(later) && prefer === "earlier")
      ? [earlier, later]
      : [later, earlier];
  const [nearest, other] = order;
  if (nearest !== undefined && inBounds(nearest, bounds)) return { date: nearest, forOrder: false };
  if (other !== undefined && inBounds(other, bounds)) return { date: other, forOrder: true };
  return undefined;
}
