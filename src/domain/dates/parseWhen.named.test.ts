/**
 * Property tests of the holiday and week-of-month notations against oracles written here, apart
 * from the parser: Easter by the Gregorian computus (Meeus/Jones/Butcher), midsommarafton as the
 * Friday of 19–25 June, and the week of a month by its Wednesday.
 */
import fc from "fast-check";
import type { PlainDate, WhenResult } from "../types";
import { parseWhen } from "./parseWhen";
import { addDays, compareDates, plainDate, weekday } from "./plainDate";

/** Easter Sunday of a Gregorian year (Meeus/Jones/Butcher). */
function easterSunday(year: number): PlainDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return plainDate(year, month, day);
}

function only(result: WhenResult): { start: PlainDate; end: PlainDate } {
  if (!result.ok) throw new Error(`not read: ${result.reason}`);
  expect(result.occurrences).toHaveLength(1);
  const [occurrence] = result.occurrences;
  if (!occurrence) throw new Error("no occurrence");
  return occurrence;
}

const MONTHS = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];
const year = fc.integer({ min: 1901, max: 2199 });

describe("holidays by year (1901–2199)", () => {
  it("efter påsk is Tuesday–Friday after annandag påsk; före påsk is skärtorsdagen", () => {
    fc.assert(
      fc.property(year, (y) => {
        const easter = easterSunday(y);
        expect(only(parseWhen("efter påsk", { planYear: y }))).toEqual({
          start: addDays(easter, 2),
          end: addDays(easter, 5),
        });
        const before = parseWhen("före påsk", { planYear: y });
        expect(only(before)).toEqual({ start: addDays(easter, -3), end: addDays(easter, -3) });
        expect(before.ok && before.deadline).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("efter midsommar is Monday–Friday of the week after midsommarafton (a Friday 19–25 June)", () => {
    fc.assert(
      fc.property(year, (y) => {
        let eve = plainDate(y, 6, 19);
        while (weekday(eve) !== 5) eve = addDays(eve, 1);
        expect(only(parseWhen("efter midsommar", { planYear: y }))).toEqual({
          start: addDays(eve, 3),
          end: addDays(eve, 7),
        });
      }),
      { numRuns: 300 },
    );
  });

  it("jul, julen, före/innan/till jul are a deadline on 23 December, never in July", () => {
    fc.assert(
      fc.property(
        year,
        fc.constantFrom("jul", "julen", "före jul", "innan jul", "till jul", "JUL"),
        (y, text) => {
          const r = parseWhen(text, { planYear: y });
          expect(only(r)).toEqual({ start: plainDate(y, 12, 23), end: plainDate(y, 12, 23) });
          expect(r.ok && r.deadline).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("weeks of a month", () => {
  it("the nth week is Monday–Friday, its Wednesday in the month, each a week after the one before", () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), (y, month) => {
        const name = MONTHS[month - 1] ?? "";
        const weeks = ["första", "andra", "tredje", "fjärde"].map((n) =>
          only(parseWhen(`${n} veckan i ${name}`, { planYear: y })),
        );
        weeks.forEach((w, n) => {
          expect(weekday(w.start)).toBe(1);
          expect(w.end).toEqual(addDays(w.start, 4));
          const wednesday = addDays(w.start, 2);
          expect(wednesday.month).toBe(month);
          if (n === 0) expect(addDays(wednesday, -7).month).not.toBe(month);
          else expect(w.start).toEqual(addDays(weeks[n - 1]?.start ?? w.start, 7));
        });
        const last = only(parseWhen(`sista veckan i ${name}`, { planYear: y }));
        expect(weekday(last.start)).toBe(1);
        expect(addDays(last.start, 2).month).toBe(month);
        expect(addDays(last.start, 9).month).not.toBe(month);
        expect(compareDates(last.start, weeks[3]?.start ?? last.start)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
