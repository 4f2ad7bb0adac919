/**
 * The governance rules (docs/GOVERNANCE-RULES.md): every finding names its source in both
 * languages, the election year changes the budget rule, söndagsregeln turns an error into a
 * disputed warning, and the Regler settings (region, rules off) reach the messages.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { importTimeline } from "../import";
import { DEFAULT_GOVERNANCE, type GovernanceSettings } from "../governance/settings";
import type { Finding, Timeline } from "../types";
import { validateTimeline } from "./validateTimeline";

const DIR = join(__dirname, "..", "..", "..", "test", "fixtures", "validate");
const GOVERNANCE_CODES = [
  "budget-proposal",
  "budget-decision",
  "interim-report",
  "annual-report",
  "announcement",
  "after-meeting",
  "sunday-rule",
  "mbl-before-decision",
  "body-order",
  "election-period",
];

function plan(text: string, year: number): Timeline {
  const result = importTimeline({
    text: `När\tHändelse\tAnsvar\n${text}`,
    fileName: "plan.txt",
    planYear: year,
  });
  if (!result.ok) throw new Error(result.message.en);
  return result.timeline;
}

const settings = (changes: Partial<GovernanceSettings>): { governance: GovernanceSettings } => ({
  governance: { ...DEFAULT_GOVERNANCE, ...changes },
});

const of = (findings: readonly Finding[], code: string): Finding[] => findings.filter((f) => f.code === code);

describe("governance rules", () => {
  it("name their source (a law and its section) in Swedish and English in every fixture finding", () => {
    const found: Finding[] = [];
    for (const file of readdirSync(DIR).filter((f) => f.endsWith(".expected.json"))) {
      const expected = JSON.parse(readFileSync(join(DIR, file), "utf8")) as { code: string; year: number };
      if (!GOVERNANCE_CODES.includes(expected.code)) continue;
      const name = file.replace(/\.expected\.json$/, "");
      const result = importTimeline({
        text: readFileSync(join(DIR, `${name}.txt`), "utf8"),
        fileName: `${name}.txt`,
        planYear: expected.year,
      });
      if (!result.ok) throw new Error(name);
      found.push(...validateTimeline(result.timeline).filter((f) => GOVERNANCE_CODES.includes(f.code)));
    }
    expect(new Set(found.map((f) => f.code)).size).toBeGreaterThanOrEqual(9);
    for (const f of found) {
      for (const text of [f.message.sv, f.message.en]) {
        expect(text).toMatch(/\((?:[^()]*\b(?:KL|LKBR|MBL|lag 1930:173|vallagen)\b[^()]*)\)/u);
      }
    }
  });

  it("budget-decision: in a valår the new fullmäktige decides; in another year October is fine", () => {
    const text = "8 oktober\tKommunfullmäktige fastställer budget {Y}\tKommunfullmäktige";
    const valar = validateTimeline(plan(text.replace("{Y}", "2027"), 2026));
    expect(of(valar, "budget-decision").map((f) => f.severity)).toEqual(["error"]);
    expect(of(valar, "budget-decision")[0]?.message.sv).toContain(
      "nyvalda kommunfullmäktige, som tjänstgör från 15 oktober 2026",
    );
    expect(of(valar, "budget-decision")[0]?.message.en).toContain("(KL 11 kap. 10–11 §§, KL 5 kap. 9 §;");
    const other = validateTimeline(
      plan(text.replace("{Y}", "2028").replace("8 oktober", "8 oktober 2027"), 2027),
    );
    expect(of(other, "budget-decision")).toEqual([]);
  });

  it("söndagsregeln: a budget proposal on the Monday after a Saturday 31 October is a disputed warning, not an error", () => {
    const findings = validateTimeline(
      plan("2 november\tKommunstyrelsen beslutar om förslag till budget 2027\tKommunstyrelsen", 2026),
    );
    expect(of(findings, "budget-proposal")).toEqual([]);
    const sunday = of(findings, "sunday-rule")[0];
    expect(sunday?.severity).toBe("warning");
    expect(sunday?.message.sv).toContain("omstritt");
    expect(sunday?.message.sv).toContain("arbetsdagen före, 30 oktober");
    // With söndagsregeln off the deadline is strict: the November special-reasons warning.
    const strict = validateTimeline(
      plan("2 november\tKommunstyrelsen beslutar om förslag till budget 2027\tKommunstyrelsen", 2026),
      settings({ off: new Set(["sunday-rule"]) }),
    );
    expect(of(strict, "budget-proposal").map((f) => f.severity)).toEqual(["warning"]);
  });

  it("budget-decision: a December budget is a warning, not an error, when the skattesats is set in November", () => {
    const late = "13 december\tKommunfullmäktige fastställer budget 2028\tKommunfullmäktige";
    const tax = "25 november\tKommunfullmäktige fastställer skattesatsen för 2028\tKommunfullmäktige";
    expect(of(validateTimeline(plan(late, 2027)), "budget-decision").map((f) => f.severity)).toEqual([
      "error",
    ]);
    const withTax = of(validateTimeline(plan(`${tax}\n${late}`, 2027)), "budget-decision");
    expect(withTax.map((f) => f.severity)).toEqual(["warning"]);
    expect(withTax[0]?.message.sv).toContain("Skattesatsen fastställs i tid (rad 2)");
  });

  it("body-order: a budget in rounds (frames in June, proposal in October, decision in November) is in order", () => {
    const rounds = [
      "juni\tKommunfullmäktige fastställer mål och budget 2028\tKommunfullmäktige",
      "12 oktober\tKommunstyrelsen föreslår budget 2028\tKommunstyrelsen",
      "16 november\tKommunfullmäktige fastställer budget 2028\tKommunfullmäktige",
    ];
    expect(of(validateTimeline(plan(rounds.join("\n"), 2027)), "body-order")).toEqual([]);
    // Without the November round the June decision comes before the styrelse's proposal.
    const found = of(validateTimeline(plan(rounds.slice(0, 2).join("\n"), 2027)), "body-order");
    expect(found.map((f) => f.line)).toEqual([2]);
  });

  it("names the region's bodies when the organisation is a region", () => {
    const text = "13 december\tRegionfullmäktige fastställer budget 2028\tRegionfullmäktige";
    const findings = validateTimeline(plan(text, 2027), settings({ organisation: "region" }));
    expect(of(findings, "budget-decision")[0]?.message.sv).toContain(
      "regionfullmäktige ska fastställa budgeten för 2028",
    );
    expect(of(findings, "budget-decision")[0]?.message.en).toContain(
      "the regional council must set the budget for 2028",
    );
  });

  it("a rule turned off in the settings gives no finding", () => {
    const text = "13 december\tKommunfullmäktige fastställer budget 2028\tKommunfullmäktige";
    expect(of(validateTimeline(plan(text, 2027)), "budget-decision")).toHaveLength(1);
    expect(
      of(
        validateTimeline(plan(text, 2027), settings({ off: new Set(["budget-decision"]) })),
        "budget-decision",
      ),
    ).toEqual([]);
  });

  it("kungörelse: the days come from the settings", () => {
    const text = [
      "3 juni\tKungörelse av kommunfullmäktiges sammanträde\tPresidiet",
      "10 juni\tKommunfullmäktige sammanträder\tKommunfullmäktige",
    ].join("\n");
    expect(of(validateTimeline(plan(text, 2027)), "announcement")).toEqual([]);
    const ten = of(validateTimeline(plan(text, 2027), settings({ announcementDays: 10 })), "announcement");
    expect(ten.map((f) => f.short?.sv)).toEqual(["Kungörelse 7 dagar före (KL 5 kap. 53 §)"]);
  });

  it("klämdagar from the settings count as days off for söndagsregeln", () => {
    // Friday 7 May 2027 is the day after Kristi himmelsfärd: a klämdag when the kommun says so.
    const text = "senast 7 maj\tNämndens yttrande lämnas\tStadsdelsnämnden";
    expect(of(validateTimeline(plan(text, 2027)), "sunday-rule")).toEqual([]);
    const withKlamdag = validateTimeline(
      plan(text, 2027),
      settings({ extraDaysOff: new Set(["2027-05-07"]) }),
    );
    expect(of(withKlamdag, "sunday-rule")[0]?.message.sv).toContain("är en klämdag");
  });
});
