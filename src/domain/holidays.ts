/**
 * Swedish public holidays and holiday eves, from the date-holidays package (country "SE"): its
 * engine, date-holidays-parser, run on the Swedish rules only (holidayRulesSE.ts), which spares
 * loading every country's rules at start-up.
 *
 * date-holidays computes its dates in the country's own time zone and reports each one as a
 * "YYYY-MM-DD hh:mm:ss" string in that zone. We read only that string, never its `start`
 * Date, so the result is the same on a machine in Auckland or Los Angeles as in Stockholm.
 */
import Holidays from "date-holidays-parser";
import { SWEDISH_HOLIDAY_DATA } from "./holidayRulesSE";
import { SWEDISH_HOLIDAY_FIRST_YEAR, SWEDISH_HOLIDAY_NAMES, SWEDISH_HOLIDAY_YEARS } from "./holidayTableSE";
import type { Bilingual, PlainDate } from "./types";

export type SwedishHolidayKind = "public" | "eve";

export interface SwedishHoliday {
  readonly date: PlainDate;
  readonly name: Bilingual;
  readonly kind: SwedishHolidayKind;
}

/**
 * The eves a Swedish workplace treats as (half) days off. date-holidays files them under
 * different types (bank, optional, observance), so they are chosen by name.
 */
const EVE_NAMES: ReadonlySet<string> = new Set([
  "trettondagsafton",
  "påskafton",
  "valborgsmässoafton",
  "midsommarafton",
  "julafton",
  "nyårsafton",
]);

const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;

let calendar: Holidays | undefined;
const byYear = new Map<number, readonly SwedishHoliday[]>();
const byYearIndex = new Map<number, ReadonlyMap<string, SwedishHoliday>>();

function swedishCalendar(): Holidays {
  calendar ??= new Holidays(SWEDISH_HOLIDAY_DATA, "SE");
  return calendar;
}

interface DayRule {
  readonly name?: Readonly<Record<string, string>>;
  readonly _name?: string;
}
const DAY_RULES: Readonly<Record<string, DayRule | undefined>> = SWEDISH_HOLIDAY_DATA.holidays.SE.days;
const SHARED_NAMES: Readonly<
  Record<string, { readonly name: Readonly<Record<string, string>> } | undefined>
> = SWEDISH_HOLIDAY_DATA.names;

/**
 * A rule's English name, read from the rules rather than from a second, English run of the
 * library (which would compute every holiday of the year again).
 */
function englishName(rule: string): string | undefined {
  const day = DAY_RULES[rule];
  const shared = day?._name;
  return (shared === undefined ? day?.name : SHARED_NAMES[shared]?.name)?.en;
}

function dateKey(date: PlainDate): string {
  return `${date.month}-${date.day}`;
}

function readDate(text: string): PlainDate | undefined {
  const match = DATE_PREFIX.exec(text);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
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
 * A year's holidays computed by date-holidays itself, not read from the table: what the table
 * is generated from and checked against. Not cached; use {@link swedishHolidaysInYear}.
 *
 * @example
 * swedishHolidaysFromLibrary(2027).length // → 19
 */
export function swedishHolidaysFromLibrary(year: number): readonly SwedishHoliday[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return [];
  const holidays = swedishCalendar();
  const swedish = holidays.getHolidays(year, "sv");
  const result: SwedishHoliday[] = [];
  for (const holiday of swedish) {
    const kind: SwedishHolidayKind | undefined =
      holiday.type === "public" ? "public" : EVE_NAMES.has(holiday.name) ? "eve" : undefined;
    const date = readDate(holiday.date);
    if (kind === undefined || date === undefined || date.year !== year) continue;
    const en = englishName(holiday.rule) ?? holiday.name;
    result.push({ date, name: { sv: holiday.name, en }, kind });
  }
  return result;
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
