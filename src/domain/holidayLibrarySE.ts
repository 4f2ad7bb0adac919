/**
 * Swedish public holidays and holiday eves computed by the date-holidays package (country "SE"):
 * its engine, date-holidays-parser, run on the Swedish rules only (holidayRulesSE.ts), which
 * spares loading every country's rules. This is what holidayTableSE.ts is generated from
 * (scripts/generate-holiday-table.mjs) and checked against (holidays.test.ts), and what
 * holidays.ts falls back on for a year outside the table, in Node (the CLI, the tests).
 *
 * The browser bundles (task pane, ribbon commands) do not ship it: webpack.config.js aliases this
 * module to holidayNoLibrarySE.ts, so the library, moment-timezone and astronomia (~200 KB
 * gzipped) stay out, and a year outside the table has no holiday known there.
 *
 * date-holidays computes its dates in the country's own time zone and reports each one as a
 * "YYYY-MM-DD hh:mm:ss" string in that zone. We read only that string, never its `start`
 * Date, so the result is the same on a machine in Auckland or Los Angeles as in Stockholm.
 */
import Holidays from "date-holidays-parser";
import { SWEDISH_HOLIDAY_DATA } from "./holidayRulesSE";
import type { SwedishHoliday, SwedishHolidayKind } from "./holidays";
import type { PlainDate } from "./types";

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

function readDate(text: string): PlainDate | undefined {
  const match = DATE_PREFIX.exec(text);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * A year's holidays computed by date-holidays itself, in the library's order. Not cached; use
 * swedishHolidaysInYear (holidays.ts), which reads the table first.
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
