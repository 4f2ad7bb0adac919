import { isoWeekMonday, isoWeekOf, weeksInIsoYear } from "./isoWeek";
import { addDays, plainDate } from "./plainDate";

describe("ISO weeks", () => {
  it("numbers weeks as Swedish calendars do", () => {
    expect(isoWeekOf(plainDate(2007, 2 /* feb */, 5))).toEqual({ year: 2007, week: 6 });
    expect(isoWeekOf(plainDate(2024, 2 /* feb */, 13))).toEqual({ year: 2024, week: 7 });
  });

  it("puts the last days of December in week 1 of the next year when the week belongs there", () => {
    expect(isoWeekOf(plainDate(2025, 12 /* dec */, 29))).toEqual({ year: 2026, week: 1 });
    expect(isoWeekMonday(2026, 1)).toEqual(plainDate(2025, 12 /* dec */, 29));
  });

  it("puts the first days of January in the last week of the year before", () => {
    expect(isoWeekOf(plainDate(2027, 1 /* jan */, 1))).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf(plainDate(2021, 1 /* jan */, 3))).toEqual({ year: 2020, week: 53 });
  });

  it("knows which years have 53 weeks", () => {
    expect(weeksInIsoYear(2020)).toBe(53);
    expect(weeksInIsoYear(2026)).toBe(53);
    expect(weeksInIsoYear(2007)).toBe(52);
    expect(weeksInIsoYear(2027)).toBe(52);
  });

  it("has no week 0, no week 54 and no week 53 in a 52-week year", () => {
    expect(isoWeekMonday(2026, 0)).toBeUndefined();
    expect(isoWeekMonday(2026, 54)).toBeUndefined();
    expect(isoWeekMonday(2027, 53)).toBeUndefined();
    expect(isoWeekMonday(2026, 53)).toEqual(plainDate(2026, 12 /* dec */, 28));
  });

  it("round-trips every day of several years", () => {
    let d = plainDate(2019, 12 /* dec */, 20);
    for (let i = 0; i < 3 * 366; i += 1) {
      const { year, week } = isoWeekOf(d);
      const monday = isoWeekMonday(year, week);
      expect(monday).toBeDefined();
      if (!monday) return;
      const offset = [0, 1, 2, 3, 4, 5, 6].find((n) => {
        const x = addDays(monday, n);
        return x.year === d.year && x.month === d.month && x.day === d.day;
      });
      expect(offset).toBeDefined();
      d = addDays(d, 1);
    }
  });
});
