import { importTimeline } from "../../import";
import { validateTimeline } from "../validateTimeline";

function findingsOf(text: string, planYear?: number): ReturnType<typeof validateTimeline> {
  const result = importTimeline({ text, ...(planYear !== undefined ? { planYear } : {}) });
  if (!result.ok) throw new Error(result.reason);
  return validateTimeline(result.timeline).filter((f) => f.code === "uncertain-reading");
}

describe("uncertain-reading", () => {
  it("says which year was taken for a plan across New Year with no year written, and offers the other", () => {
    const text = "NOVEMBER\nBudgetramar\nDECEMBER\nUtkast\nJANUARI\nAnvisningar\nFEBRUARI\nMBL\nMARS\nBeslut i KF\n";
    const findings = findingsOf(text, 2025);
    const november = findings.find((f) => f.line === 2);
    expect(november?.severity).toBe("warning");
    expect(november?.message.sv).toContain("Året 2024 är härlett");
    expect(november?.message.en).toContain("may also be 2025");
    expect(november?.fix).toEqual({ type: "set-when", entryId: expect.any(String), when: "november 2025" });
  });

  it("says nothing about a plan whose rows carry their years", () => {
    expect(findingsOf("När\tHändelse\n12 mars 2026\tBudgetdialog\n3 april 2026\tMBL\n")).toEqual([]);
  });

  it("marks entries read from prose as information to check", () => {
    const findings = findingsOf(
      "Budgetprocessen\n\nI slutet av mars fattar styrelsen beslut om budgetramarna och i början av maj skickas anvisningarna ut till nämnderna.\n",
      2026,
    );
    expect(findings.map((f) => f.severity)).toEqual(["info", "info"]);
    expect(findings[0]?.message.en).toContain("Read from prose");
  });

  it("names a footnote digit glued to a meeting day", () => {
    const findings = findingsOf("Organ\tTid\tJan\tFeb\tMars\tApr\nKommunstyrelsen\t13.00\t19\t16\t295\t13\n", 2022);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message.sv).toContain('"295" lästes som den 29:e');
  });
});
