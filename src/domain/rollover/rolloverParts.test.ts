import fc from "fast-check";
import { plainDate, weekday } from "../dates/plainDate";
import { isoWeekOf } from "../dates/isoWeek";
import { parseWhen } from "../dates/parseWhen";
import { applyRolloverEdits } from "./applyEdits";
import { sameDate, sameIsoWeekday, sameNthWeekday } from "./datePattern";
import { planSheetNames } from "./planSheetNames";
import { rolloverPlan } from "./rolloverPlan";
import { planOf } from "./testPlans";
import { newWhenText } from "./whenText";
import { moveToWorkingDay } from "./workingDayMove";
import { advanceYears } from "./yearsInText";

describe("years in the text", () => {
  it("advances the plan's years and leaves spans, dates and far years as offers", () => {
    expect(advanceYears("Bokslut för 2006 och budget 2008", 2007, 2008, "event")).toEqual({
      text: "Bokslut för 2007 och budget 2009",
      changed: true,
    });
    const span = advanceYears("Strategi 2008-2010, budget 2008", 2007, 2008, "event");
    expect(span.text).toBe("Strategi 2008-2010, budget 2009");
    expect(span.offer).toEqual({
      field: "event",
      text: "Strategi 2008-2010, budget 2009",
      suggestion: "Strategi 2009-2011, budget 2009",
      years: ["2008-2010"],
    });
    expect(advanceYears("Vision 2030", 2007, 2008, "notes").offer?.suggestion).toBe("Vision 2031");
    expect(advanceYears("Mål 2008–10", 2007, 2008, "event").offer?.suggestion).toBe("Mål 2009–11");
    // A school year is a span too: "läsåret 2007/08" is offered, not half-advanced.
    expect(advanceYears("Läsåret 2007/08", 2007, 2008, "event")).toMatchObject({
      text: "Läsåret 2007/08",
      changed: false,
      offer: { suggestion: "Läsåret 2008/09" },
    });
    expect(advanceYears("Beslut 2007-01-11", 2007, 2008, "notes").offer?.suggestion).toBe(
      "Beslut 2008-01-11",
    );
    expect(advanceYears("Lokal 12007 och ID A2007", 2007, 2008, "notes")).toEqual({
      text: "Lokal 12007 och ID A2007",
      changed: false,
    });
  });

  it("never throws and only changes digits of years", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = advanceYears(text, 2007, 2008, "event");
        expect(out.text.replace(/\d/g, "")).toBe(text.replace(/\d/g, ""));
      }),
      { numRuns: 300 },
    );
  });
});

describe("date patterns", () => {
  it("keeps the ISO weekday, week 53 becoming week 52", () => {
    expect(sameIsoWeekday(plainDate(2007, 2 /* feb */, 5), 1)).toEqual(plainDate(2008, 2 /* feb */, 4));
    // Thursday 31 December 2020 is in week 53; 2021 has 52 weeks.
    const moved = sameIsoWeekday(plainDate(2020, 12 /* dec */, 31), 1);
    expect(isoWeekOf(moved)).toEqual({ year: 2021, week: 52 });
    expect(weekday(moved)).toBe(4);
  });

  it("keeps the nth or last weekday, and the same date (29 February to 28 February)", () => {
    expect(sameNthWeekday(plainDate(2007, 5 /* may */, 15), 1, 3, 2)).toEqual(
      plainDate(2008, 5 /* may */, 20),
    );
    expect(sameNthWeekday(plainDate(2007, 5 /* may */, 29), 1, "last", 2)).toEqual(
      plainDate(2008, 5 /* may */, 27),
    );
    expect(sameNthWeekday(plainDate(2007, 5 /* may */, 29), 1, 5, 2)).toEqual(
      plainDate(2008, 5 /* may */, 27),
    );
    expect(sameDate(plainDate(2008, 2 /* feb */, 29), 1)).toEqual(plainDate(2009, 2 /* feb */, 28));
  });
});

describe("moving to a working day", () => {
  it("takes the nearer day, the other one when the order of the matter forbids it, or none", () => {
    // Långfredagen 21 March 2008: Thursday 20 March is nearer than Tuesday 25 March.
    const good = plainDate(2008, 3 /* mar */, 21);
    expect(moveToWorkingDay(good, {}, "earlier")).toEqual({
      date: plainDate(2008, 3 /* mar */, 20),
      forOrder: false,
    });
    expect(moveToWorkingDay(good, { notBefore: plainDate(2008, 3 /* mar */, 21) }, "earlier")).toEqual({
      date: plainDate(2008, 3 /* mar */, 25),
      forOrder: true,
    });
    expect(
      moveToWorkingDay(
        good,
        { notBefore: plainDate(2008, 3 /* mar */, 21), notAfter: plainDate(2008, 3 /* mar */, 24) },
        "earlier",
      ),
    ).toBeUndefined();
  });

  it("when neither neighbour keeps the order, the date stays and the review warns (order-conflict)", () => {
    const old = planOf(2007, [
      ["22–23 mars", "Utkast till tertialrapport 1 presenteras för förvaltningsgruppen."],
      ["23 mars", "Beslut om tertialrapport 1 i stadsdelsnämnden"],
      ["23–24 mars", "Tertialrapport 1 i fullmäktige"],
    ]);
    const result = rolloverPlan(old, 2008);
    const decision = result.review[1];
    expect(decision?.newStart).toEqual(plainDate(2008, 3 /* mar */, 21));
    expect(decision?.reasons.find((r) => r.code === "order-conflict")?.severity).toBe("warning");
  });
});

describe("the new När text", () => {
  it("reads back as the new dates, in any notation", () => {
    const old = parseWhen("4, 11 och 18 maj", { planYear: 2007 });
    if (!old.ok) throw new Error("unreadable");
    const next = [2, 9, 16].map((day) => ({ start: plainDate(2008, 5, day), end: plainDate(2008, 5, day) }));
    expect(newWhenText("4, 11 och 18 maj", old, next, 2007, 2008)).toBe("2, 9 och 16 maj");
    // Across a month end the list is written out day by day.
    const two = parseWhen("1 och 8 maj", { planYear: 2007 });
    if (!two.ok) throw new Error("unreadable");
    const moved = [
      { start: plainDate(2008, 4 /* apr */, 30), end: plainDate(2008, 4 /* apr */, 30) },
      { start: plainDate(2008, 5 /* may */, 7), end: plainDate(2008, 5 /* may */, 7) },
    ];
    expect(newWhenText("1 och 8 maj", two, moved, 2007, 2008)).toBe("30 april, 7 maj");
  });
});

describe("the user's edits", () => {
  it("replaces När (read again), Händelse and the title; an unreadable När is a problem, kept", () => {
    const result = rolloverPlan(
      planOf(2007, [
        ["5 februari", "Strategi 2008-2010"],
        ["6 februari", "B"],
      ]),
      2008,
    );
    const [a, b] = result.timeline.entries;
    const edited = applyRolloverEdits(
      result,
      { [a!.id]: { when: "6 februari", event: "Strategi 2009-2011" }, [b!.id]: { when: "någon gång" } },
      "Plan 2008",
    );
    expect(edited.timeline.plan.title).toBe("Plan 2008");
    expect(edited.timeline.entries[0]).toMatchObject({ when: "6 februari", event: "Strategi 2009-2011" });
    expect(edited.timeline.entries[0]?.parsed).toMatchObject({
      ok: true,
      occurrences: [{ start: plainDate(2008, 2 /* feb */, 6) }],
    });
    expect(edited.problems.map((p) => p.entryId)).toEqual([b!.id]);
    expect(result.timeline.entries[0]?.when).toBe("4 februari");
  });
});

describe("the new plan's sheet and table names", () => {
  it("are free, within Excel's rules, and unique without case", () => {
    expect(planSheetNames("Tidsplan 2008", ["Tidsplan"], ["Tidsplan"])).toEqual({
      sheet: "Tidsplan 2008",
      table: "Tidsplan_2008",
    });
    expect(planSheetNames("Tidsplan 2008", ["TIDSPLAN 2008"], [])).toEqual({
      sheet: "Tidsplan 2008 (2)",
      table: "Tidsplan_2008_2",
    });
    expect(planSheetNames("Tidsplan 2008", [], ["tidsplan_2008"])).toEqual({
      sheet: "Tidsplan 2008 (2)",
      table: "Tidsplan_2008_2",
    });
    const long = planSheetNames("Tidsplan för verksamhetsledning: 2008/2009 [utkast]", [], []);
    expect(long.sheet.length).toBeLessThanOrEqual(31);
    expect(long.sheet).not.toMatch(/[:\\/?*[\]]/);
    expect(long.table).toMatch(/^[\p{L}_][\p{L}\p{N}_.]*$/u);
    expect(planSheetNames("History", [], []).sheet).toBe("Tidsplan");
  });
});
