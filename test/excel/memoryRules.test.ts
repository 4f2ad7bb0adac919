/**
 * The Regler table in the in-memory workbook (the browser harness's workbook): the same rules as
 * Excel's adapter, and a round trip through the check: write the defaults, edit a cell, check.
 */
import { reglerDefaultRows } from "../../src/domain/governance";
import { createMemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { importTimeline } from "../../src/domain/import";
import { checkWorkbook } from "../../src/workflows/checkWorkbook";

function planWithLateBudget() {
  const result = importTimeline({
    text: "När\tHändelse\tAnsvar\n13 december\tKommunfullmäktige fastställer budget 2028\tKommunfullmäktige\n",
    fileName: "plan.txt",
    planYear: 2027,
  });
  if (!result.ok) throw new Error(result.message.en);
  return result.timeline;
}

describe("Regler table in the memory workbook", () => {
  it("writes the defaults once, keeps the user's edits, refuses a user's own sheet", async () => {
    const wb = createMemoryWorkbook();
    expect(await wb.readRules?.()).toEqual({ ok: true, value: null });
    expect(await wb.createRulesTable?.(reglerDefaultRows("sv"))).toEqual({ ok: true, value: "created" });
    expect(wb.tableValues("Regler")).toEqual(reglerDefaultRows("sv"));
    wb.typeInto("Regler", 1, 2, "region");
    expect(await wb.createRulesTable?.(reglerDefaultRows("sv"))).toEqual({ ok: true, value: "exists" });
    expect(wb.cellValue("Regler", 1, 2)).toBe("region");
    const other = createMemoryWorkbook();
    other.addUserSheet("Regler");
    expect(await other.createRulesTable?.(reglerDefaultRows("sv"))).toMatchObject({
      ok: false,
      code: "name-taken",
    });
  });

  it("round-trips through the check: the edited table changes the findings", async () => {
    const wb = createMemoryWorkbook({ plan: { title: "Plan 2027", year: 2027 } });
    expect(await wb.createTimelineTable(planWithLateBudget(), "sv")).toEqual({ ok: true, value: undefined });
    const before = await checkWorkbook(wb, "sv");
    if (!before.ok || before.value === null) throw new Error("expected a check");
    expect(before.value.rules).toBeNull();
    expect(before.value.findings.map((f) => f.code)).toContain("budget-decision");

    const rows = reglerDefaultRows("sv");
    await wb.createRulesTable?.(rows);
    const row = rows.findIndex((r) => r[0] === "Budgetbeslut före november månads utgång");
    wb.typeInto("Regler", row, 1, "Av");
    wb.typeInto("Regler", 1, 2, "region");
    const after = await checkWorkbook(wb, "sv");
    if (!after.ok || after.value === null) throw new Error("expected a check");
    expect(after.value.rules?.settings.organisation).toBe("region");
    expect(after.value.findings.map((f) => f.code)).not.toContain("budget-decision");
    // A changed rule is a changed check: the fingerprint moves even though no row did.
    expect(after.value.fingerprint).not.toBe(before.value.fingerprint);
  });
});
