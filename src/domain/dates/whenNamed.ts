/**
 * Holidays and named parts of the year in När texts, and the conventions they are read by (the
 * README's "Dates it reads" lists them too):
 *
 * - A holiday named alone, or after "före", "innan", "till": a deadline on the last day before
 *   the holiday's first day off. `jul`, `julen` 23 December; `midsommar` the day before
 *   midsommarafton; `påsk` skärtorsdagen (the day before långfredagen); `nyår` 30 December.
 * - "efter" a holiday: the working days after it. `efter midsommar` Monday–Friday of the week
 *   after midsommarafton; `efter påsk` Tuesday–Friday after annandag påsk; `efter nyår` and
 *   `efter jul` 2–10 January (the first days back at work, trettondedag jul included).
 * - `mellandagarna` 27–30 December; `årsskiftet` 20 December to 10 January of the next year;
 *   `i början av året` 1 January–31 March; `i slutet av året` 1 October–31 December.
 *
 * Easter and midsommar come from the Swedish holiday table (src/domain/holidays.ts).
 */
import { swedishHolidaysInYear } from "../holidays";
import type { PlainDate, Precision } from "../types";
import { addDays, plainDate } from "./plainDate";
import type { NamedAtom } from "./whenAtoms";

export type NamedFailure = "unknown-holiday";

interface Span {
  readonly start: PlainDate;
  readonly end: PlainDate;
}

/** The precision each named span is given. */
export const NAMED_PRECISION: Readonly<Record<NamedAtom, Precision>> = {
  jul: "day",
  midsommar: "day",
  påsk: "day",
  nyår: "day",
  "after-jul": "part-of-month",
  "after-nyår": "part-of-month",
  "after-midsommar": "week",
  "after-påsk": "week",
  mellandagar: "days",
  årsskifte: "part-of-month",
  "year-early": "quarter",
  "year-late": "quarter",
};

/** The named spans that are deadlines ("före jul"). */
export const NAMED_DEADLINE: ReadonlySet<NamedAtom> = new Set<NamedAtom>([
  "jul",
  "midsommar",
  "påsk",
  "nyår",
]);

/** The date of a holiday of the table, by its Swedish name; undefined when the year is not known. */
function holidayDate(year: number, nameSv: string): PlainDate | undefined {
  return swedishHolidaysInYear(year).find((h) => h.name.sv === nameSv)?.date;
}

const day = (d: PlainDate): Span => ({ start: d, end: d });

/**
 * The span a holiday or named part of the year covers in a year (see the file comment).
 *
 * @example
 * namedSpan("after-midsommar", 2026); // 2026-06-22..2026-06-26
 * namedSpan("jul", 2026); // 2026-12-23
 */
export function namedSpan(name: NamedAtom, year: number): Span | NamedFailure {
  switch (name) {
    case "jul":
      return day(plainDate(year, 12, 23));
    case "nyår":
      return day(plainDate(year, 12, 30));
    case "after-jul":
    case "after-nyår":
      return { start: plainDate(year, 1, 2), end: plainDate(year, 1, 10) };
    case "mellandagar":
      return { start: plainDate(year, 12, 27), end: plainDate(year, 12, 30) };
    case "årsskifte":
      return { start: plainDate(year, 12, 20), end: plainDate(year + 1, 1, 10) };
    case "year-early":
      return { start: plainDate(year, 1, 1), end: plainDate(year, 3, 31) };
    case "year-late":
      return { start: plainDate(year, 10, 1), end: plainDate(year, 12, 31) };
    case "midsommar":
    case "after-midsommar": {
      const eve = holidayDate(year, "midsommarafton");
      if (eve === undefined) return "unknown-holiday";
      if (name === "midsommar") return day(addDays(eve, -1));
      return { start: addDays(eve, 3), end: addDays(eve, 7) };
    }
    case "påsk":
    case "after-påsk": {
      const goodFriday = holidayDate(year, "långfredagen");
      if (goodFriday === undefined) return "unknown-holiday";
      if (name === "påsk") return day(addDays(goodFriday, -1));
      // Annandag påsk is Good Friday + 3; the week after it runs Tuesday (+4) to Friday (+7).
      return { start: addDays(goodFriday, 4), end: addDays(goodFriday, 7) };
    }
  }
}
