import { d, entry, inMonth, onDays, timelineOf, unreadable } from "./testEntries";
import { importRows } from "../import";
import { validateTimeline } from "./validateTimeline";
import type { Finding, ParsedWhen } from "../types";

const codes = (findings: readonly Finding[]): string[] =>
  findings.map((f) => `${f.line}:${f.code}:${f.severity}`);

describe("date rules", () => {
  it("when-unreadable quotes the text and says what is expected", () => {
    const findings = validateTimeline(
      timelineOf([
        entry({ when: "snart", parsed: unreadable() }),
        entry({ when: "5 februari", parsed: onDays(d(2007, 2, 5)) }),
      ]),
    );
    expect(codes(findings)).toEqual(["1:when-unreadable:error"]);
    expect(findings[0]?.message.sv).toContain('"snart"');
    expect(findings[0]?.message.sv).toContain("5 februari");
    expect(findings[0]?.column).toBe("when");
  });

  it("when-unreadable says a date that does not exist is that, in the parser's words", () => {
    const text = "30 februari";
    const findings = validateTimeline(
      importRows([{ line: 2, when: text, event: "Beslut om budget", owner: "KS", notes: "" }], {
        title: "Plan",
        year: 2007,
      }),
    );
    const found = findings.find((f) => f.code === "when-unreadable");
    expect(found?.message.sv).toBe(
      '"30 februari" innehåller ett datum som inte finns (t.ex. 31 februari eller månad 13). Rätta datumet.',
    );
    expect(found?.message.en).toContain("does not exist");
    expect(found?.short).toEqual({ sv: "Datumet finns inte", en: "No such date" });
  });

  it("reversed-range names both ends as written", () => {
    const reversed: ParsedWhen = {
      ...onDays(d(2007, 5, 3)),
      occurrences: [{ start: d(2007, 5, 3), end: d(2007, 5, 30) }],
      precision: "days",
      reversed: true,
    };
    const findings = validateTimeline(
      timelineOf([
        entry({ when: "30 maj - 3 maj", parsed: reversed }),
        entry({ when: "7 maj", parsed: onDays(d(2007, 5, 7)) }),
      ]),
    );
    expect(codes(findings)).toEqual(["1:reversed-range:error"]);
    expect(findings[0]?.message.sv).toContain("slutar (3 maj) före den börjar (30 maj)");
  });

  it("weekday-mismatch names the real weekday: tisdag 14 mars 2024 was a Thursday", () => {
    const stated = (weekday: number): ParsedWhen => ({
      ...onDays(d(2024, 3 /* mar */, 14)),
      statedWeekday: weekday,
      explicitYear: true,
    });
    const findings = validateTimeline(
      timelineOf(
        [
          entry({ when: "tisdag 14 mars 2024", parsed: stated(2) }),
          entry({ when: "torsdag 14 mars 2024", parsed: stated(4) }),
        ],
        2024,
      ),
    );
    expect(codes(findings)).toEqual(["1:weekday-mismatch:error"]);
    expect(findings[0]?.message.sv).toContain("14 mars 2024 är en torsdag, inte en tisdag");
    expect(findings[0]?.message.en).toContain("14 March 2024 is a Thursday, not a Tuesday");
  });

  it("outside-plan-year warns when the year was not written, informs when it was", () => {
    const findings = validateTimeline(
      timelineOf([
        entry({ when: "5 februari", parsed: onDays(d(2008, 2, 5)) }),
        entry({ when: "5 februari 2008", parsed: { ...onDays(d(2008, 2, 5)), explicitYear: true } }),
        entry({ when: "6 februari", parsed: onDays(d(2007, 2, 6)) }),
      ]),
    );
    expect(codes(findings).filter((c) => c.includes("outside"))).toEqual([
      "1:outside-plan-year:warning",
      "2:outside-plan-year:info",
    ]);
  });

  it("wrong-month-heading: 5 mars under FEBRUARI, but not a row inheriting its heading", () => {
    const findings = validateTimeline(
      timelineOf([
        entry({ when: "5 mars", parsed: onDays(d(2007, 3, 5)), headingMonth: 2 }),
        entry({ when: "", parsed: inMonth(2007, 2), headingMonth: 2, inheritedFromHeading: true }),
        entry({ when: "6 mars", parsed: onDays(d(2007, 3, 6)), headingMonth: 3 }),
      ]),
    );
    expect(codes(findings)).toEqual(["1:wrong-month-heading:error", "2:not-chronological:info"]);
    expect(findings[0]?.message.sv).toContain("FEBRUARI");
  });

  it("weekend names the day; a range over a weekend is not reported", () => {
    const findings = validateTimeline(
      timelineOf(
        [
          entry({ when: "31 jan", parsed: onDays(d(2027, 1, 31)) }),
          entry({
            when: "5–9 februari",
            parsed: {
              ...inMonth(2027, 2),
              occurrences: [{ start: d(2027, 2, 5), end: d(2027, 2, 9) }],
              precision: "days",
            },
          }),
          entry({ when: "10 februari", parsed: onDays(d(2027, 2, 10)) }),
        ],
        2027,
      ),
    );
    expect(codes(findings)).toEqual(["1:weekend:warning"]);
    expect(findings[0]?.short).toEqual({ sv: "Söndag", en: "Sunday" });
  });

  it("holiday names midsommarafton; the day before is fine", () => {
    const findings = validateTimeline(
      timelineOf(
        [
          entry({ when: "18 juni", parsed: onDays(d(2026, 6, 18)) }),
          entry({ when: "19 juni", parsed: onDays(d(2026, 6, 19)) }),
        ],
        2026,
      ),
    );
    expect(codes(findings)).toEqual(["2:holiday:warning"]);
    expect(findings[0]?.message.sv).toContain("midsommarafton");
    expect(findings[0]?.message.en).toContain("Midsummer Eve");
  });

  it("a period-end date (bokslut per 31 december, a Saturday and nyårsafton in 2022) gets no weekend or holiday warning; the same day as a meeting does", () => {
    const rows = [
      { line: 2, when: "per 31 december", event: "Bokslut", owner: "KS", notes: "" },
      { line: 3, when: "31 december", event: "Möte", owner: "KS", notes: "" },
      { line: 4, when: "efter december månads utgång", event: "Bokslut", owner: "KS", notes: "" },
    ];
    const timeline = importRows(rows, { title: "Plan", year: 2022 });
    expect(timeline.entries.map((e) => e.parsed.ok && e.parsed.periodEnd === true)).toEqual([
      true,
      false,
      true,
    ]);
    const dayRules = validateTimeline(timeline).filter((f) => f.code === "weekend" || f.code === "holiday");
    expect(codes(dayRules)).toEqual(["3:weekend:warning", "3:holiday:warning"]);
  });

  it("excel-date-year explains Excel's conversion and offers the text as a fix", () => {
    const excel = (date: ReturnType<typeof d>): ParsedWhen => ({ ...onDays(date), explicitYear: true });
    const findings = validateTimeline(
      timelineOf([
        entry({ when: "2007-02-06", parsed: excel(d(2007, 2, 6)), whenFromExcelDate: true }),
        entry({ when: "2026-02-05", parsed: excel(d(2026, 2, 5)), whenFromExcelDate: true }),
      ]),
    );
    expect(codes(findings)).toEqual(["2:excel-date-year:warning"]);
    expect(findings[0]?.fix).toEqual({ type: "set-when", entryId: "e2", when: "5 februari" });
    expect(findings[0]?.message.en).toContain('typed "5 februari"');
  });

  it("never throws on odd data and returns findings for everything else", () => {
    const broken = { ok: true, occurrences: [], precision: "day" } as unknown as ParsedWhen;
    expect(() =>
      validateTimeline(
        timelineOf([entry({ parsed: broken }), entry({ event: "", parsed: onDays(d(2007, 1, 8)) })]),
      ),
    ).not.toThrow();
  });
});

describe("outside-plan-year with a year heading", () => {
  it("treats a year from an 'År 2026' heading as written (info, not warning)", () => {
    const findings = validateTimeline(
      timelineOf(
        [
          entry({ when: "12 mars", parsed: onDays(d(2026, 3, 12)), headingYear: 2026 }),
          entry({ when: "31 jan", parsed: onDays(d(2027, 2, 1)), headingYear: 2027 }),
        ],
        2027,
      ),
    );
    expect(codes(findings)).toEqual(["1:outside-plan-year:info"]);
  });
});
