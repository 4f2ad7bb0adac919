import { plainDate } from "../dates/plainDate";
import {
  isWorkingDay,
  nonWorkingReason,
  onOrNextWorkingDay,
  workingDaysBefore,
  workingDaysBetween,
} from "./workingDay";
import { bodyOf } from "./bodies";
import { electionDay, isElectionYear, newAssemblyFrom } from "./electionYear";

describe("working days (lag 1930:173 2 §)", () => {
  it("is not a weekend, an allmän helgdag, midsommarafton, julafton or nyårsafton", () => {
    expect(nonWorkingReason(plainDate(2026, 6 /* jun */, 19))?.sv).toBe("midsommarafton");
    expect(nonWorkingReason(plainDate(2026, 12 /* dec */, 24))?.sv).toBe("julafton");
    expect(nonWorkingReason(plainDate(2026, 12 /* dec */, 31))?.sv).toBe("nyårsafton");
    expect(nonWorkingReason(plainDate(2026, 5 /* may */, 14))?.sv).toBe("Kristi himmelsfärdsdag");
    expect(nonWorkingReason(plainDate(2026, 10 /* oct */, 31))?.sv).toBe("lördag");
    expect(nonWorkingReason(plainDate(2026, 11 /* nov */, 1))?.sv).toBe("söndag");
  });

  it("keeps the eves the law does not name as working days", () => {
    expect(isWorkingDay(plainDate(2026, 4 /* apr */, 30))).toBe(true); // valborgsmässoafton, Thursday
    expect(isWorkingDay(plainDate(2026, 1 /* jan */, 5))).toBe(true); // trettondagsafton, Monday
  });

  it("takes klämdagar as extra days off when the kommun sets them", () => {
    const klamdag = plainDate(2026, 5 /* may */, 15); // Friday after Kristi himmelsfärd
    expect(isWorkingDay(klamdag)).toBe(true);
    expect(nonWorkingReason(klamdag, { extraDaysOff: new Set(["2026-05-15"]) })?.sv).toBe("klämdag");
  });

  it("moves to the next working day, counts and steps back over the same days", () => {
    expect(onOrNextWorkingDay(plainDate(2026, 10, 31))).toEqual(plainDate(2026, 11, 2));
    expect(onOrNextWorkingDay(plainDate(2026, 12, 24))).toEqual(plainDate(2026, 12, 28));
    expect(workingDaysBetween(plainDate(2007, 12, 3), plainDate(2007, 12, 10))).toBe(5);
    expect(workingDaysBetween(plainDate(2026, 12, 23), plainDate(2027, 1, 4))).toBe(4); // 28, 29, 30 dec and Monday 4 jan
    expect(workingDaysBefore(plainDate(2026, 6, 22), 1)).toEqual(plainDate(2026, 6, 18));
  });
});

describe("election year (vallagen 1 kap. 3 §)", () => {
  it("is every fourth year from 2014 with valdag on the second Sunday of September", () => {
    expect([2018, 2022, 2026, 2030].map(electionDay)).toEqual([
      plainDate(2018, 9, 9),
      plainDate(2022, 9, 11),
      plainDate(2026, 9, 13),
      plainDate(2030, 9, 8),
    ]);
    expect([2007, 2025, 2027, 2028].map(isElectionYear)).toEqual([false, false, false, false]);
    expect(newAssemblyFrom(2026)).toEqual(plainDate(2026, 10, 15));
    expect(newAssemblyFrom(2027)).toBeUndefined();
  });
});

describe("bodies", () => {
  it("takes the body after i/till/av/hos, else the first one named, else the owner's", () => {
    expect(bodyOf("Kommunstyrelsens förslag till budget behandlas i kommunfullmäktige", "")).toBe("assembly");
    expect(bodyOf("Kommunstyrelsen lämnar förslag till budget 2027", "")).toBe("executive");
    expect(bodyOf("Beslut om tertialrapport 1 i stadsdelsnämnden", "")).toBe("board");
    expect(bodyOf("KSAU bereder budget", "")).toBe("committee");
    expect(bodyOf("Förslag till budget", "KS")).toBe("executive");
    expect(bodyOf("Bolagsstyrelsen sammanträder", "")).toBeUndefined();
  });
});
