/**
 * Swedish public holidays and holiday eves, as date-holidays (country "SE") computes them. Read
 * from the written-out table (holidayTableSE.ts) for its years; a year outside the table is
 * computed by the library (holidayLibrarySE.ts) in Node, and has no holiday known in the browser
 * bundles, where webpack swaps the library for holidayNoLibrarySE.ts.
 */
import { swedishHolidaysFromLibrary } from "./holidayLibrarySE";
import { SWEDISH_HOLIDAY_FIRST_YEAR, SWEDISH_HOLIDAY_NAMES, SWEDISH_HOLIDAY_YEARS } from "./holidayTableSE";
import type { Bilingual, PlainDate } from "./types";

export type SwedishHolidayKind = "public" | "eve";

export interface SwedishHoliday {
  readonly date: PlainDate;
  readonly name: Bilingual;
  readonly kind: SwedishHolidayKind;
}

const byYear = new Map<number, readonly SwedishHoliday[]>();
const byYearIndex = new Map<number, ReadonlyMap<string, SwedishHoliday>>();

function dateKey(date: PlainDate): string {
  return `${date.month}-${date.day}`;
}

/** A year of the written-out table (holidayTableSE.ts), or undefined outside it. */
function tableYear(year: number): SwedishHoliday[] | undefined {
  const row = SWEDISH_HOLIDAY_YEARS[year - SWEDISH_HOLIDAY_FIRST_YEAR];
  if (!Number.isInteger(year) || row === undefined) return undefined;
  const result: SwedishHoliday[] = [];
  for (const item of row.split(" ")) {
    const holiday = SWEDISH_HOLIDAY_NAMES[item.charCodeAt(4) - 97];
    if (holiday === undefined) return undefined;
    const date = { year, month: Number(item.slice(0, 2)), day: Number(item.slice(2, 4)) };
    result.push({ date, name: { sv: holiday.name.sv, en: holiday.name.en }, kind: holiday.kind });
  }
  return result;
}

function computeYear(year: number): readonly SwedishHoliday[] {
  return tableYear(year) ?? swedishHolidaysFromLibrary(year);
}

/**
 * All Swedish public holidays and holiday eves of a year, in date order. Cached per year.
 *
 * @example
 * swedishHolidaysInYear(2026).find((h) => h.name.sv === "midsommarafton")?.date
 * // → { year: 2026, month: 6, day: 19 }
 */
export function swedishHolidaysInYear(year: number): readonly SwedishHoliday[] {
  let holidays = byYear.get(year);
  if (holidays === undefined) {
    holidays = computeYear(year);
    byYear.set(year, holidays);
    byYearIndex.set(year, new Map(holidays.map((h) => [dateKey(h.date), h])));
  }
  return holidays;
}

/**
 * The Swedish public holiday or holiday eve on a date, if there is one.
 *
 * @example
 * swedishHolidayOn({ year: 2026, month: 12, day: 24 })
 * // → { date: …, name: { sv: "julafton", en: "Christmas Eve" }, kind: "eve" }
 * swedishHolidayOn({ year: 2026, month: 12, day: 23 }) // → undefined
 */
export function swedishHolidayOn(date: PlainDate): SwedishHoliday | undefined {
  swedishHolidaysInYear(date.year);
  return byYearIndex.get(date.year)?.get(dateKey(date));
}
