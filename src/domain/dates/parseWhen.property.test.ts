/** Property tests: parseWhen never throws, and whatever it returns is a well-formed reading. */
import fc from "fast-check";
import type { WhenResult } from "../types";
import { parseWhen } from "./parseWhen";
import { compareDates, isValidDate } from "./plainDate";

const PRECISIONS = ["day", "days", "week", "month", "months", "part-of-month", "season", "quarter"];

function checkWellFormed(result: WhenResult): void {
  if (!result.ok) {
    expect(result.reason).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(result.message.sv.length).toBeGreaterThan(0);
    expect(result.message.en.length).toBeGreaterThan(0);
    return;
  }
  expect(result.occurrences.length).toBeGreaterThan(0);
  expect(PRECISIONS).toContain(result.precision);
  for (const o of result.occurrences) {
    expect(isValidDate(o.start.year, o.start.month, o.start.day)).toBe(true);
    expect(isValidDate(o.end.year, o.end.month, o.end.day)).toBe(true);
    expect(compareDates(o.start, o.end)).toBeLessThanOrEqual(0);
  }
}

/** Fragments planners write, so random texts often are (or almost are) dates. */
const fragment = fc.constantFrom(
  "7",
  "31",
  "0",
  "99",
  "2026",
  "1:a",
  "30:e",
  "mars",
  "feb",
  "OKTOBER",
  "nov.",
  "June",
  "-",
  "–",
  " till ",
  " och ",
  ", ",
  "/",
  ".",
  ":",
  "v.",
  "vecka",
  "Q",
  "kvartal",
  "tertial",
  "T",
  "kl.",
  "9.30",
  "14:15",
  "senast",
  "i början av",
  "mitten",
  "slutet av",
  "mid-",
  "våren",
  "hösten",
  "?",
  "(prel.)",
  "(",
  ")",
  "den",
  "tisdag",
  "2026-05-04",
  "15/6",
  "t.o.m.",
  " ",
  "1.12",
  "53",
  "0.00",
  "jul",
  "jul.",
  "julen",
  "efter",
  "midsommar",
  "påsk",
  "nyår",
  "mellandagarna",
  "årsskiftet",
  "i början av året",
  "halvår",
  "första halvåret",
  "H1",
  "sista veckan i",
  "andra veckan i",
  "fre",
  "månads utgång",
  "per",
  "ev.",
  "alt.",
  "*",
  "**",
  "⁵",
  "-22",
  "x",
);

describe("parseWhen properties", () => {
  it("never throws on arbitrary text and returns a well-formed result", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 1901, max: 2199 }), (text, planYear) => {
        checkWellFormed(parseWhen(text, { planYear }));
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on arbitrary Unicode text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => {
        checkWellFormed(parseWhen(text, { planYear: 2026, headingMonth: 5 }));
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on texts built from date fragments, with any heading context", () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 10 }).map((parts) => parts.join(" ")),
        fc.integer({ min: 1901, max: 2199 }),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1901, max: 2199 }), { nil: undefined }),
        (text, planYear, headingMonth, headingYear) => {
          const context = {
            planYear,
            ...(headingMonth === undefined ? {} : { headingMonth }),
            ...(headingYear === undefined ? {} : { headingYear }),
          };
          checkWellFormed(parseWhen(text, context));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
