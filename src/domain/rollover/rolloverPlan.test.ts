import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isWorkingDay } from "../governance/workingDay";
import { swedishHolidayOn } from "../holidays";
import { importTimeline } from "../import/importTimeline";
import { planIdentity } from "../ics/identity";
import { plainDate, weekday } from "../dates/plainDate";
import { isoWeekOf } from "../dates/isoWeek";
import { DEFAULT_GOVERNANCE } from "../governance/settings";
import { validateTimeline } from "../validate";
import { entrySpan } from "../validate/entryDates";
import type { Timeline } from "../types";
import { rolloverPlan } from "./rolloverPlan";
import { planOf } from "./testPlans";

const SEED = join(__dirname, "..", "..", "..", "examples", "tidsplan-verksamhetsledning-2007.txt");

function seed(): Timeline {
  const result = importTimeline({
    text: readFileSync(SEED, "utf8"),
    fileName: "tidsplan-verksamhetsledning-2007.txt",
  });
  if (!result.ok) throw new Error(result.message.en);
  return result.timeline;
}

const codes = (result: ReturnType<typeof rolloverPlan>, id: string) =>
  result.review.find((c) => c.entryId === id)?.reasons.map((r) => r.code);

describe("rolling the seed (2007) to 2008", () => {
  const old = seed();
  const before = JSON.stringify(old);
  const result = rolloverPlan(old, 2008);

  it("leaves the old plan untouched and keeps every row, with its id", () => {
    expect(JSON.stringify(old)).toBe(before);
    expect(result.timeline.entries).toHaveLength(36);
    expect(result.timeline.entries.map((e) => e.id)).toEqual(old.entries.map((e) => e.id));
  });

  it("gives the plan its year, an advanced title and a new identity (calendar UIDs do not collide)", () => {
    expect(result.timeline.plan.year).toBe(2008);
    expect(result.timeline.plan.title).toBe("TIDSPLAN FÖR VERKSAMHETSLEDNING 2008");
    expect(planIdentity(result.timeline.plan)).not.toBe(planIdentity(old.plan));
    expect(planIdentity(rolloverPlan(old, 2008).timeline.plan)).toBe(planIdentity(result.timeline.plan));
  });

  it("keeps every dated row on the same weekday of the same ISO week", () => {
    let dated = 0;
    old.entries.forEach((entry, i) => {
      const was = entrySpan(entry);
      const now = entrySpan(result.timeline.entries[i] ?? entry);
      if (was?.dated !== true || now === undefined) return;
      dated += 1;
      expect(weekday(now.start)).toBe(weekday(was.start));
      expect(isoWeekOf(now.start).week).toBe(isoWeekOf(was.start).week);
      expect(now.start.year).toBe(2008);
    });
    expect(dated).toBe(11);
    const mbl = result.timeline.entries.find((e) => e.event.startsWith("MBL-upplaga"));
    expect(mbl?.when).toBe("4 februari");
    expect(entrySpan(mbl ?? old.entries[0]!)?.start).toEqual(plainDate(2008, 2 /* feb */, 4));
  });

  it("puts no date on a holiday, an afton or a weekend", () => {
    for (const entry of result.timeline.entries) {
      const span = entrySpan(entry);
      if (span?.dated !== true) continue;
      expect(isWorkingDay(span.start)).toBe(true);
      expect(swedishHolidayOn(span.start)).toBeUndefined();
    }
  });

  it("moves month and season rows as they are, in 2008", () => {
    const dialog = result.timeline.entries.find((e) => e.event.startsWith("Dialog mellan enheter"));
    expect(dialog?.when).toBe("mars-april");
    expect(entrySpan(dialog ?? old.entries[0]!)).toEqual({
      start: plainDate(2008, 3 /* mar */, 1),
      end: plainDate(2008, 4 /* apr */, 30),
      dated: false,
    });
  });

  it("advances the plan's years in the texts and offers the others", () => {
    const events = result.timeline.entries.map((e) => e.event);
    expect(events).toContain("Beslut om verksamhetsberättelse 2007 i stadsdelsnämnden");
    expect(events).toContain("Kommunfullmäktige fastställer budget 2009");
    expect(events).toContain("Introduktion av garantier 2008 till brukarna");
    // "åren 2008-2010" is not a plan year: unchanged, and offered.
    const strategy = result.review.find((c) => c.event.startsWith("Fullmäktige fastställer Strategi"));
    expect(strategy?.newEvent).toBeUndefined();
    expect(strategy?.offers[0]?.suggestion).toBe(
      "Fullmäktige fastställer Strategi för utveckling av Stockholms stad åren 2009-2011",
    );
    expect(result.review.filter((c) => c.offers.length > 0)).toHaveLength(6);
  });

  it("reviews every row with old and new När, dates and bilingual reasons", () => {
    expect(result.review).toHaveLength(36);
    for (const change of result.review) {
      expect(change.reasons.length).toBeGreaterThan(0);
      for (const reason of change.reasons) {
        expect(reason.message.sv).not.toBe("");
        expect(reason.message.en).not.toBe("");
      }
    }
    const decision = result.review.find((c) => c.event.startsWith("Beslut om verksamhetsberättelse"));
    expect(decision).toMatchObject({
      oldWhen: "15 februari",
      newWhen: "14 februari",
      oldStart: plainDate(2007, 2 /* feb */, 15),
      newStart: plainDate(2008, 2 /* feb */, 14),
    });
    expect(decision?.reasons[0]?.message.sv).toBe("Samma veckodag i samma vecka: torsdag v. 7.");
  });

  it("adds no finding to the check that the old plan did not have", () => {
    const count = (t: Timeline) => validateTimeline(t).filter((f) => f.severity === "error").length;
    expect(count(result.timeline)).toBe(count(old));
  });
});

describe("a date that lands on a day off", () => {
  it("moves to the nearest working day: 1 May 2008 (Thursday) to Friday 2 May, past valborgsmässoafton", () => {
    const old = planOf(2007, [["3 maj", "Nämndens sammanträde"]]);
    const result = rolloverPlan(old, 2008);
    expect(entrySpan(result.timeline.entries[0]!)?.start).toEqual(plainDate(2008, 5 /* may */, 2));
    expect(result.timeline.entries[0]?.when).toBe("2 maj");
    const reasons = result.review[0]?.reasons ?? [];
    expect(reasons.map((r) => r.code)).toEqual(["iso-week", "non-working-day"]);
    // 1 May 2008 was both första maj and Kristi himmelsfärdsdag: the message names the holiday.
    const holiday = swedishHolidayOn(plainDate(2008, 5 /* may */, 1))?.name;
    expect(reasons[1]?.message.sv).toBe(
      `1 maj 2008 är ${holiday?.sv}; flyttad till närmaste arbetsdag, fredag 2 maj 2008.`,
    );
    expect(reasons[1]?.message.en).toBe(
      `1 May 2008 is ${holiday?.en}; moved to the nearest working day, Friday 2 May 2008.`,
    );
  });

  it("never moves a decision before its draft: långfredagen 2008 goes to the Tuesday after Easter", () => {
    const old = planOf(2007, [
      ["22–23 mars", "Utkast till tertialrapport 1 presenteras för förvaltningsgruppen."],
      ["23 mars", "Beslut om tertialrapport 1 i stadsdelsnämnden"],
    ]);
    const result = rolloverPlan(old, 2008);
    const decision = result.timeline.entries[1]!;
    // The nearer working day, Thursday 20 March, is inside the draft's days: the decision waits.
    expect(entrySpan(decision)?.start).toEqual(plainDate(2008, 3 /* mar */, 25));
    expect(codes(result, decision.id)).toEqual(["iso-week", "non-working-day", "order-kept"]);
    expect(validateTimeline(result.timeline).filter((f) => f.code === "process-order")).toEqual([]);
  });

  it("moves a deadline earlier: senast 31 oktober 2009 is a Saturday, so Friday 30 October", () => {
    const old = planOf(2008, [["senast 31 oktober", "Kommunstyrelsens förslag till budget 2009"]]);
    const result = rolloverPlan(old, 2009);
    expect(entrySpan(result.timeline.entries[0]!)?.start).toEqual(plainDate(2009, 10 /* oct */, 30));
    expect(result.timeline.entries[0]?.when).toBe("senast 30 oktober");
    expect(result.timeline.entries[0]?.event).toBe("Kommunstyrelsens förslag till budget 2010");
    expect(codes(result, result.timeline.entries[0]!.id)).toEqual([
      "same-date",
      "non-working-day",
      "year-in-text",
    ]);
  });
});

describe("the Regler table's klämdagar", () => {
  it("are days off too: a date on one moves to the nearest working day", () => {
    const old = planOf(2007, [["5 februari", "Nämndens sammanträde"]]);
    const governance = { ...DEFAULT_GOVERNANCE, extraDaysOff: new Set(["2008-02-04"]) };
    const result = rolloverPlan(old, 2008, { governance });
    expect(entrySpan(result.timeline.entries[0]!)?.start).toEqual(plainDate(2008, 2 /* feb */, 5));
    expect(result.review[0]?.reasons[1]?.message.sv).toBe(
      "4 februari 2008 är klämdag; flyttad till närmaste arbetsdag, tisdag 5 februari 2008.",
    );
  });
});

describe("patterns the text or the law asks for", () => {
  it("keeps the third Tuesday of the month where the text says so", () => {
    const old = planOf(2007, [["15 maj", "Nämndens sammanträde (tredje tisdagen i månaden)"]]);
    const result = rolloverPlan(old, 2008);
    // The ISO week would give 13 May; the third Tuesday of May 2008 is the 20th.
    expect(entrySpan(result.timeline.entries[0]!)?.start).toEqual(plainDate(2008, 5 /* may */, 20));
    expect(result.review[0]?.reasons[0]?.code).toBe("nth-weekday");
    expect(result.review[0]?.reasons[0]?.message.sv).toBe(
      "Samma dag i månaden som texten säger: tredje tisdagen.",
    );
  });

  it("in a valår, puts fullmäktige's budget decision with the newly elected council (from 15 October)", () => {
    const old = planOf(2025, [["11 juni", "Kommunfullmäktige fastställer budget 2026", "Kommunfullmäktige"]]);
    const result = rolloverPlan(old, 2026);
    expect(entrySpan(result.timeline.entries[0]!)?.start).toEqual(plainDate(2026, 10 /* oct */, 15));
    expect(result.timeline.entries[0]?.event).toBe("Kommunfullmäktige fastställer budget 2027");
    expect(result.review[0]?.reasons.map((r) => r.code)).toContain("law-deadline");
    expect(validateTimeline(result.timeline).filter((f) => f.code === "budget-decision")).toEqual([]);
    // Out of the valår the old date's pattern stands.
    expect(entrySpan(rolloverPlan(old, 2027).timeline.entries[0]!)?.start).toEqual(
      plainDate(2027, 6 /* jun */, 16),
    );
  });

  it("keeps the delårsrapport within two months of its period (KL 11 kap. 16 §)", () => {
    const old = planOf(2026, [
      ["30 oktober", "Delårsrapport januari–augusti överlämnas till kommunfullmäktige"],
    ]);
    const result = rolloverPlan(old, 2027);
    // Friday of v. 44 in 2027 is 5 November; the law says by 31 October (a Sunday): Friday 29 October.
    expect(entrySpan(result.timeline.entries[0]!)?.start).toEqual(plainDate(2027, 10 /* oct */, 29));
    expect(result.review[0]?.reasons.map((r) => r.code)).toEqual(["iso-week", "law-deadline"]);
    expect(result.review[0]?.reasons[1]?.message.en).toBe(
      "The law comes before the old date: the interim report to the council at most 2 months after its period (31 August 2027; KL 11 kap. 16 §); 5 November 2027 becomes 29 October 2027.",
    );
  });

  it("turned off in the Regler table, the law's window is not applied", () => {
    const old = planOf(2025, [["11 juni", "Kommunfullmäktige fastställer budget 2026", "Kommunfullmäktige"]]);
    const governance = { ...DEFAULT_GOVERNANCE, off: new Set(["budget-decision"]) };
    const result = rolloverPlan(old, 2026, { governance });
    expect(entrySpan(result.timeline.entries[0]!)?.start).toEqual(plainDate(2026, 6 /* jun */, 10));
  });

  it("writes När in its own notation: a year, ISO, a weekday, a range, a week", () => {
    const old = planOf(2007, [
      ["5 februari 2007", "A"],
      ["2007-02-05", "B"],
      ["tisdag 13 februari", "C"],
      ["v. 12", "D"],
      ["11 maj kl. 13.00", "E"],
      ["7–9 oktober", "F"],
      ["hösten", "G"],
    ]);
    const whens = rolloverPlan(old, 2008).timeline.entries.map((e) => e.when);
    expect(whens).toEqual([
      "4 februari 2008",
      "2008-02-04",
      "tisdag 12 februari",
      "v. 12",
      "9 maj kl. 13.00",
      "5–7 oktober",
      "hösten",
    ]);
  });

  it("keeps a row whose När cannot be read, with a warning", () => {
    const old = planOf(2007, [["när det passar", "Planeringsdag"]]);
    const result = rolloverPlan(old, 2008);
    expect(result.timeline.entries[0]?.when).toBe("när det passar");
    expect(result.review[0]?.reasons).toEqual([
      expect.objectContaining({ code: "unreadable", severity: "warning" }),
    ]);
  });
});
