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
 * Easter and midsommarafton are computed here, not read from src/domain/holidays.ts: that module
 * loads the date-holidays library in Node, and the date parser runs on every import. A test
 * (parseWhen.named.test.ts) checks both against the holiday table for 1901–2199.
 */
import type { PlainDate, Precision } from "../types";
import { addDays, plainDate, weekday } from "./plainDate";
import type { NamedAtom } from "./whenAtoms";

/**
 * Easter Sunday of a Gregorian year, by the anonymous Gregorian computus (Meeus/Jones/Butcher).
 *
 * @example
 * easterSunday(2026); // 2026-04-05
 */
export function easterSunday(year: number): PlainDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return plainDate(year, Math.floor(n / 31), (n % 31) + 1);
}

/**
 * Midsommarafton: the Friday of 19–25 June (Swedish law since 1953).
 *
 * @example
 * midsummerEve(2026); // 2026-06-19
 */
export function midsummerEve(year: number): PlainDate {
  const june19 = plainDate(year, 6, 19);
  return addDays(june19, (5 - weekday(june19) + 7) % 7);
}

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

const day = (d: PlainDate): Span => ({ start: d, end: d });

/**
 * The span a holiday or named part of the year covers in a year (see the file comment).
 *
 * @example
 * namedSpan("after-midsommar", 2026); // 2026-06-22..2026-06-26
 * namedSpan("jul", 2026); // 2026-12-23
 */
export function namedSpan(name: NamedAtom, year: number): Span {
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
      const eve = midsummerEve(year);
      if (name === "midsommar") return day(addDays(eve, -1));
      return { start: addDays(eve, 3), end: addDays(eve, 7) };
    }
    case "påsk":
    case "after-påsk": {
      const easter = easterSunday(year);
      // Skärtorsdagen is Easter Sunday - 3; annandag påsk + 1 … + 4 is Tuesday (+2) to Friday (+5).
      if (name === "påsk") return day(addDays(easter, -3));
      return { start: addDays(easter, 2), end: addDays(easter, 5) };
    }
  }
}
