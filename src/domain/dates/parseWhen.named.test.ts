/**
 * Property tests of the holiday and week-of-month notations against oracles apart from the parser:
 * the Swedish holiday table (holidays.ts, generated from date-holidays) for Easter and midsommar,
 * and the week of a month by its Wednesday.
 */
import fc from "fast-check";
import { swedishHolidaysInYear } from "../holidays";
import type { PlainDate, WhenResult } from "../types";
import { parseWhen } from "./parseWhen";
import { addDays, compareDates, plainDate, weekday } from "./plainDate";

/** A holiday of the table in a year, by its Swedish name. */
function holiday(year: number, nameSv: string): PlainDate {
  const found = swedishHolidaysInYear(year).find((h) => h.name.sv === nameSv);
  if (!found) throw new Error(`${nameSv} ${year} not in the table`);
  return found.date;
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
        const easterMonday = holiday(y, "annandag påsk");
        expect(only(parseWhen("efter påsk", { planYear: y }))).toEqual({
          start: addDays(easterMonday, 1),
          end: addDays(easterMonday, 4),
        });
        const before = parseWhen("före påsk", { planYear: y });
        const maundyThursday = addDays(holiday(y, "långfredagen"), -1);
        expect(only(before)).toEqual({ start: maundyThursday, end: maundyThursday });
        expect(before.ok && before.deadline).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("efter midsommar is Monday–Friday of the week after midsommarafton; midsommar the day before it", () => {
    fc.assert(
      fc.property(year, (y) => {
        const eve = holiday(y, "midsommarafton");
        expect(only(parseWhen("efter midsommar", { planYear: y }))).toEqual({
          start: addDays(eve, 3),
          end: addDays(eve, 7),
        });
        expect(weekday(addDays(eve, 3))).toBe(1);
        expect(only(parseWhen("före midsommar", { planYear: y })).start).toEqual(addDays(eve, -1));
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
