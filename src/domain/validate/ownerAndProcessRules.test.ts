import { d, entry, inMonth, onDays, timelineOf } from "./testEntries";
import { validateTimeline } from "./validateTimeline";
import { kontrollLine, summarize } from "./summarize";
import type { Finding, OwnerRecord } from "../types";

const of = (findings: readonly Finding[], code: string): Finding[] => findings.filter((f) => f.code === code);
const lines = (findings: readonly Finding[], code: string): string[] =>
  of(findings, code).map((f) => `${f.line}:${f.severity}`);
const owner = (name: string, aliases: string[] = []): OwnerRecord => ({
  name,
  aliases,
  color: "",
  email: "",
});

describe("owner rules", () => {
  it("missing-owner suggests the owner the event text names", () => {
    const findings = validateTimeline(
      timelineOf([
        entry({
          when: "21 maj",
          event: "Beslut om tertialrapport 1 i stadsdelsnämnden",
          owner: "",
          parsed: onDays(d(2007, 5, 21)),
        }),
        entry({ event: "Finansborgarrådet presenterar Strategi", owner: "", parsed: inMonth(2007, 5) }),
        entry({ event: "Fullmäktige fastställer Strategi", owner: "", parsed: inMonth(2007, 6) }),
        entry({ event: "Tertialrapport 2 färdigställs", owner: "", parsed: inMonth(2007, 9) }),
        entry({ event: "Lägesrapport", owner: "Förvaltningsgruppen", parsed: inMonth(2007, 11) }),
      ]),
    );
    expect(
      of(findings, "missing-owner").map((f) => (f.fix?.type === "set-owner" ? f.fix.owner : "-")),
    ).toEqual(["Stadsdelsnämnden", "Finansborgarrådet", "Kommunfullmäktige", "-"]);
    expect(kontrollLine(of(findings, "missing-owner").slice(0, 1), "sv")).toBe(
      "⚠ Ansvarig saknas (förslag: Stadsdelsnämnden)",
    );
  });

  it("unknown-owner lists the nearest names and fixes a typo", () => {
    const register = [
      owner("Förvaltningsgruppen", ["FG"]),
      owner("Stadsdelsnämnden"),
      owner("Pensionärsrådet"),
    ];
    const findings = validateTimeline(
      timelineOf([
        entry({ owner: "Förvaltningsgrupen", parsed: inMonth(2007, 1) }),
        entry({ owner: "FG", parsed: inMonth(2007, 2) }),
        entry({ owner: "stadsdelsnämnden", parsed: inMonth(2007, 3) }),
      ]),
    );
    expect(lines(findings, "unknown-owner")).toEqual([]); // no register given: the rule is off
    const withRegister = validateTimeline(
      timelineOf([
        entry({ owner: "Förvaltningsgrupen", parsed: inMonth(2007, 1) }),
        entry({ owner: "FG", parsed: inMonth(2007, 2) }),
        entry({ owner: "stadsdelsnämnden", parsed: inMonth(2007, 3) }),
      ]),
      { owners: register },
    );
    expect(lines(withRegister, "unknown-owner")).toEqual(["1:warning"]);
    expect(of(withRegister, "unknown-owner")[0]?.fix).toEqual({
      type: "set-owner",
      entryId: "e1",
      owner: "Förvaltningsgruppen",
    });
    expect(of(withRegister, "unknown-owner")[0]?.message.sv).toContain("Närmast: Förvaltningsgruppen");
  });

  it("similar-owners (no register) flags the rarer spelling of a near-duplicate name", () => {
    const findings = validateTimeline(
      timelineOf([
        entry({ owner: "Förvaltningsgruppen", parsed: inMonth(2007, 1) }),
        entry({ owner: "Förvaltningsgruppen", parsed: inMonth(2007, 2) }),
        entry({ owner: "Förvaltningsgrupen", parsed: inMonth(2007, 3) }),
        entry({ owner: "Avdelningscheferna", parsed: inMonth(2007, 4) }),
        entry({ owner: "Avdelningschefer", parsed: inMonth(2007, 5) }),
        entry({ owner: "Enhet 001", parsed: inMonth(2007, 6) }),
        entry({ owner: "Enhet 002", parsed: inMonth(2007, 7) }),
      ]),
    );
    expect(lines(findings, "similar-owners")).toEqual(["3:warning"]);
    expect(of(findings, "similar-owners")[0]?.fix).toEqual({
      type: "set-owner",
      entryId: "e3",
      owner: "Förvaltningsgruppen",
    });
  });
});

describe("process-order and lead-time", () => {
  const tertial = (decisionDay: number) =>
    timelineOf([
      entry({ event: "Tertialrapport 1 (januari-maj) färdigställs", parsed: inMonth(2007, 5) }),
      entry({
        when: "11 maj",
        event: "Utkast till tertialrapport 1 presenteras för förvaltningsgruppen.",
        parsed: onDays(d(2007, 5, 11)),
      }),
      entry({
        when: `${decisionDay} maj`,
        event: "Beslut om tertialrapport 1 i stadsdelsnämnden",
        parsed: onDays(d(2007, 5, decisionDay)),
      }),
    ]);

  it("a decision dated before its draft is an error naming both dates", () => {
    const findings = validateTimeline(tertial(8));
    expect(lines(findings, "process-order")).toEqual(["3:error"]);
    expect(of(findings, "process-order")[0]?.message.sv).toContain(
      "Beslut om tertialrapport 1 i stadsdelsnämnden (8 maj) kommer före utkastet (11 maj",
    );
    expect(lines(validateTimeline(tertial(21)), "process-order")).toEqual([]);
  });

  it("an undated council step in the decision's month cannot be confirmed (info with the date)", () => {
    const findings = validateTimeline(
      timelineOf([
        entry({
          when: "3 december",
          event: "Utkast till verksamhetsplan för 2008 presenteras för förvaltningsgruppen.",
          parsed: onDays(d(2007, 12, 3)),
        }),
        entry({
          event: "Dialog med pensionärsrådet som yttrar sig över verksamhetsplan 2008",
          parsed: inMonth(2007, 12),
          inheritedFromHeading: true,
        }),
        entry({
          when: "20 december",
          event: "Beslut om verksamhetsplan 2008 i stadsdelsnämnden",
          parsed: onDays(d(2007, 12, 20)),
        }),
        entry({
          event: "Pensionärsrådet informeras om budget 2009",
          parsed: inMonth(2007, 12),
          inheritedFromHeading: true,
        }),
      ]),
    );
    expect(lines(findings, "process-order")).toEqual(["2:info"]);
    expect(of(findings, "process-order")[0]?.message.sv).toContain("kan inte bekräftas");
    expect(of(findings, "process-order")[0]?.message.sv).toContain("20 december");
  });

  it("lead-time counts working days without weekends and holidays, only when asked", () => {
    const plan = timelineOf([
      entry({
        when: "19 december",
        event: "Utkast till verksamhetsplan 2008",
        parsed: onDays(d(2007, 12, 19)),
      }),
      entry({
        when: "27 december",
        event: "Beslut om verksamhetsplan 2008 i nämnden",
        parsed: onDays(d(2007, 12, 27)),
      }),
    ]);
    expect(lines(validateTimeline(plan), "lead-time")).toEqual([]);
    // 20, 21 Dec; 24–26 are julafton, juldagen, annandag jul; 27 Dec: 3 working days.
    const findings = validateTimeline(plan, { minLeadWorkingDays: 5 });
    expect(lines(findings, "lead-time")).toEqual(["2:warning"]);
    expect(of(findings, "lead-time")[0]?.message.sv).toContain("Bara 3 arbetsdagar");
    expect(lines(validateTimeline(plan, { minLeadWorkingDays: 3 }), "lead-time")).toEqual([]);
  });
});

describe("other rules", () => {
  it("duplicate names both lines once per pair; same text in another month is not a duplicate", () => {
    const findings = validateTimeline(
      timelineOf([
        entry({
          event: "Lägesrapport och diskussion med fackliga organisationer",
          parsed: inMonth(2007, 11),
        }),
        entry({ event: "Dialog med stadsdelsnämnden", parsed: inMonth(2007, 11) }),
        entry({
          event: "Lägesrapport och diskussion med fackliga  organisationer.",
          parsed: inMonth(2007, 11),
        }),
        entry({
          event: "Lägesrapport och diskussion med fackliga organisationer",
          parsed: inMonth(2007, 12),
        }),
      ]),
    );
    expect(lines(findings, "duplicate")).toEqual(["3:warning"]);
    expect(of(findings, "duplicate")[0]?.message.sv).toContain("Rad 1 och rad 3");
  });

  it("empty-event is an error; not-chronological is one info with a sort fix", () => {
    const findings = validateTimeline(
      timelineOf([
        entry({ event: "", parsed: onDays(d(2007, 3, 5)) }),
        entry({ parsed: onDays(d(2007, 2, 5)) }),
        entry({ parsed: onDays(d(2007, 1, 8)) }),
      ]),
    );
    expect(lines(findings, "empty-event")).toEqual(["1:error"]);
    expect(of(findings, "not-chronological")).toHaveLength(1);
    expect(of(findings, "not-chronological")[0]?.fix).toEqual({ type: "sort-chronologically" });
    expect(summarize(findings)).toEqual({ error: 1, warning: 0, info: 1 });
  });
});
