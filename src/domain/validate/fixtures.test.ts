/**
 * Fixture-driven rule tests: test/fixtures/validate/<rule>.txt (or .json raw rows) is a small
 * timeline where one line triggers the rule and another must not; <rule>.expected.json says
 * which lines get the rule's code (and the fixes they carry). Adding a case is adding files.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { importRows, importTimeline } from "../import";
import { parseOwnerRegister } from "../owners/register";
import { DEFAULT_GOVERNANCE, type GovernanceSettings } from "../governance/settings";
import type { Fix, RawRow, Timeline } from "../types";
import { RULES } from "./validateTimeline";
import { validateTimeline } from "./validateTimeline";

const DIR = join(__dirname, "..", "..", "..", "test", "fixtures", "validate");

interface Expected {
  readonly code: string;
  readonly year: number;
  readonly findings: readonly string[];
  readonly owners?: string;
  readonly minLeadWorkingDays?: number;
  readonly fixes?: readonly Partial<Fix>[];
  /** Governance settings that differ from the law's defaults. */
  readonly governance?: Partial<Pick<GovernanceSettings, "organisation" | "dischargeOrder">> & {
    readonly off?: readonly string[];
  };
}

function loadFixture(name: string, year: number): Timeline {
  const json = join(DIR, `${name}.json`);
  const files = readdirSync(DIR);
  if (files.includes(`${name}.json`)) {
    const { rows } = JSON.parse(readFileSync(json, "utf8")) as { rows: RawRow[] };
    return importRows(rows, { title: name, year });
  }
  const result = importTimeline({
    text: readFileSync(join(DIR, `${name}.txt`), "utf8"),
    fileName: `${name}.txt`,
    planYear: year,
  });
  if (!result.ok) throw new Error(`fixture ${name} did not import: ${result.message.en}`);
  return result.timeline;
}

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => f.replace(/\.expected\.json$/, ""))
  .sort();

describe("validation fixtures", () => {
  it("has a fixture for every rule, and every fixture names a rule", () => {
    // "budget-decision.valar" is a second fixture of budget-decision (in an election year).
    const codes = cases.map(
      (name) => (JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as Expected).code,
    );
    expect([...new Set(codes)].sort()).toEqual(RULES.map((r) => r.code).sort());
    for (const name of cases) expect(name.split(".")[0]).toBe(codes[cases.indexOf(name)]);
  });

  it.each(cases)("%s: the triggering line is found, the other is not", (name) => {
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as Expected;
    const timeline = loadFixture(name, expected.year);
    const owners = expected.owners
      ? parseOwnerRegister(readFileSync(join(DIR, expected.owners), "utf8")).owners
      : undefined;
    const findings = validateTimeline(timeline, {
      ...(owners ? { owners } : {}),
      ...(expected.minLeadWorkingDays !== undefined
        ? { minLeadWorkingDays: expected.minLeadWorkingDays }
        : {}),
      ...(expected.governance !== undefined
        ? {
            governance: {
              ...DEFAULT_GOVERNANCE,
              ...expected.governance,
              off: new Set(expected.governance.off ?? []),
            },
          }
        : {}),
    });
    const mine = findings.filter((f) => f.code === expected.code);
    expect(mine.map((f) => `${f.line}:${f.severity}`)).toEqual(expected.findings);
    for (const f of mine) {
      expect(f.message.sv).not.toBe("");
      expect(f.message.en).not.toBe("");
      expect(f.message.sv).not.toBe(f.message.en);
    }
    if (expected.fixes)
      expect(mine.map((f) => f.fix)).toEqual(expected.fixes.map((fix) => expect.objectContaining(fix)));
  });
});
