import fc from "fast-check";
import { monthName } from "../dates/months";
import { daysInMonth, plainDate, weekday } from "../dates/plainDate";
import { entrySpan } from "../validate/entryDates";
import { rolloverPlan } from "./rolloverPlan";
import { planOf } from "./testPlans";
import { offDayReason } from "./workingDayMove";

const EVENTS = [
  "Utkast till tertialrapport 1 presenteras för förvaltningsgruppen.",
  "Beslut om tertialrapport 1 i stadsdelsnämnden",
  "Nämndens sammanträde",
  "Kommunfullmäktige fastställer budget 2026",
  "senast",
];

/** A day of the year as "D månad", and the event of the row. */
const row = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom(...EVENTS))
  .map(([month, day, event]) => {
    const d = Math.min(day, daysInMonth(2025, month));
    return event === "senast"
      ? [`senast ${d} ${monthName(month, "sv")}`, "Handlingar till nämnden"]
      : [`${d} ${monthName(month, "sv")}`, event];
  });

describe("rolling any plan of single days", () => {
  it("never throws; every new När reads back; no date on a day off unless the review warns; weekday kept unless it says why", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2026, max: 2031 }),
        (rows, toYear) => {
          const old = planOf(2025, rows);
          const result = rolloverPlan(old, toYear);
          result.timeline.entries.forEach((entry, i) => {
            const change = result.review[i];
            const codes = new Set(change?.reasons.map((r) => r.code));
            const span = entrySpan(entry);
            expect(entry.parsed.ok).toBe(true);
            if (span === undefined || change?.newStart === undefined) throw new Error("no dates");
            expect(span.start).toEqual(change.newStart);
            if (offDayReason(span.start) !== undefined) expect(codes.has("order-conflict")).toBe(true);
            const was = entrySpan(old.entries[i]!);
            const moved =
              codes.has("non-working-day") || codes.has("law-deadline") || codes.has("order-conflict");
            if (was !== undefined && !moved && codes.has("iso-week"))
              expect(weekday(span.start)).toBe(weekday(was.start));
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it("maps 5 February 2007 (Monday, v. 6) to Monday of v. 6 in each of the next years", () => {
    const old = planOf(2007, [["5 februari", "Nämndens sammanträde"]]);
    expect(
      [2008, 2009, 2010].map((y) => entrySpan(rolloverPlan(old, y).timeline.entries[0]!)?.start),
    ).toEqual([
      plainDate(2008, 2 /* feb */, 4),
      plainDate(2009, 2 /* feb */, 2),
      plainDate(2010, 2 /* feb */, 8),
    ]);
  });
});
