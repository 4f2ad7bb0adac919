import fc from "fast-check";
import {
  addDays,
  compareDates,
  daysBetween,
  daysInMonth,
  isValidDate,
  lastDayOfMonth,
  parseIsoDate,
  plainDate,
  toIsoDate,
  weekday,
} from "./plainDate";

describe("plainDate", () => {
  it("knows leap years, including the century rules", () => {
    expect(daysInMonth(2024, 2 /* feb */)).toBe(29);
    expect(daysInMonth(2026, 2 /* feb */)).toBe(28);
    expect(daysInMonth(1900, 2 /* feb */)).toBe(28);
    expect(daysInMonth(2000, 2 /* feb */)).toBe(29);
    expect(daysInMonth(2026, 4 /* apr */)).toBe(30);
    expect(daysInMonth(2026, 13)).toBe(0);
  });

  it("rejects days that do not exist", () => {
    expect(isValidDate(2007, 2 /* feb */, 29)).toBe(false);
    expect(isValidDate(2008, 2 /* feb */, 29)).toBe(true);
    expect(isValidDate(2026, 4 /* apr */, 31)).toBe(false);
    expect(isValidDate(2026, 13, 1)).toBe(false);
    expect(isValidDate(2026, 1 /* jan */, 0)).toBe(false);
    expect(isValidDate(2026, 1 /* jan */, 1.5)).toBe(false);
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays(plainDate(2007, 2 /* feb */, 28), 1)).toEqual(plainDate(2007, 3 /* mar */, 1));
    expect(addDays(plainDate(2008, 2 /* feb */, 28), 1)).toEqual(plainDate(2008, 2 /* feb */, 29));
    expect(addDays(plainDate(2026, 12 /* dec */, 31), 1)).toEqual(plainDate(2027, 1 /* jan */, 1));
    expect(addDays(plainDate(2027, 1 /* jan */, 1), -1)).toEqual(plainDate(2026, 12 /* dec */, 31));
  });

  it("does not shift a day around the daylight-saving change in Sweden", () => {
    // 29 March 2026 is the spring-forward Sunday in Europe/Stockholm.
    expect(addDays(plainDate(2026, 3 /* mar */, 28), 2)).toEqual(plainDate(2026, 3 /* mar */, 30));
    expect(daysBetween(plainDate(2026, 3 /* mar */, 1), plainDate(2026, 4 /* apr */, 1))).toBe(31);
  });

  it("orders and counts days", () => {
    expect(compareDates(plainDate(2007, 1 /* jan */, 31), plainDate(2007, 2 /* feb */, 1))).toBeLessThan(0);
    expect(compareDates(plainDate(2007, 2 /* feb */, 1), plainDate(2007, 2 /* feb */, 1))).toBe(0);
    expect(compareDates(plainDate(2008, 1 /* jan */, 1), plainDate(2007, 12 /* dec */, 31))).toBeGreaterThan(
      0,
    );
    expect(daysBetween(plainDate(2007, 1 /* jan */, 1), plainDate(2008, 1 /* jan */, 1))).toBe(365);
  });

  it("writes and reads ISO dates", () => {
    expect(toIsoDate(plainDate(2007, 2 /* feb */, 5))).toBe("2007-02-05");
    expect(parseIsoDate("2007-02-05")).toEqual(plainDate(2007, 2 /* feb */, 5));
    expect(parseIsoDate(" 2026-5-4 ")).toEqual(plainDate(2026, 5 /* may */, 4));
    expect(parseIsoDate("2007-02-30")).toBeUndefined();
    expect(parseIsoDate("5 februari")).toBeUndefined();
  });

  it("gives ISO weekdays, Monday = 1", () => {
    expect(weekday(plainDate(2007, 2 /* feb */, 5))).toBe(1);
    expect(weekday(plainDate(2024, 2 /* feb */, 13))).toBe(2);
    expect(weekday(plainDate(2026, 11 /* nov */, 29))).toBe(7);
    expect(weekday(plainDate(1900, 1 /* jan */, 1))).toBe(1);
  });

  it("finds the last day of a month", () => {
    expect(lastDayOfMonth(2024, 2 /* feb */)).toEqual(plainDate(2024, 2 /* feb */, 29));
    expect(lastDayOfMonth(2026, 11 /* nov */)).toEqual(plainDate(2026, 11 /* nov */, 30));
  });
});

describe("day arithmetic gives the calendar's answer for every date of years 1–9999", () => {
  /** The reference: what Date says (Date.UTC maps years 0–99 to 1900–1999, setUTCFullYear corrects it). */
  function dateDays(year: number, month: number, day: number): number {
    const date = new Date(Date.UTC(year, month - 1, day));
    date.setUTCFullYear(year, month - 1, day);
    return Math.round(date.getTime() / 86_400_000);
  }

  it("counts the days between 1970-01-01 and any date, and its weekday, as Date does", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const date = { year, month, day };
          const days = dateDays(year, month, day);
          expect(daysBetween({ year: 1970, month: 1, day: 1 }, date)).toBe(days);
          expect(weekday(date)).toBe(((((days + 3) % 7) + 7) % 7) + 1);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("knows leap days and century years", () => {
    expect(weekday({ year: 2000, month: 2, day: 29 })).toBe(2); // a Tuesday
    expect(daysBetween({ year: 1900, month: 2, day: 28 }, { year: 1900, month: 3, day: 1 })).toBe(1);
    expect(daysBetween({ year: 2024, month: 2, day: 28 }, { year: 2024, month: 3, day: 1 })).toBe(2);
    expect(addDays({ year: 1, month: 1, day: 1 }, -1)).toEqual({ year: 0, month: 12, day: 31 });
  });
});
