/**
 * Om Tidsplan → Självtest with the Office adapter on the mock Excel: every path runs on a
 * scratch sheet and is reported; the scratch sheet is removed, the user's sheets are untouched
 * and the selection is put back; a missing requirement set is "skipped", a failing path
 * "failed" with its Office error code.
 */
import { SELF_TEST_PATHS, selfTestText } from "../../src/excel/selfTest";
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { useMockExcel } from "./officeSetup";

jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "Excel", Outlook: "Outlook", Word: "Word" },
}));

const bed = useMockExcel();

async function runIt() {
  const port = createOfficeWorkbook();
  if (port.selfTest === undefined) throw new Error("the Office port has a self-test");
  return port.selfTest();
}

describe("the self-test in Excel", () => {
  beforeEach(async () => {
    await bed.createSmall();
    bed.excel.selected = { sheet: "Tidsplan", row: 4, col: 2 };
    ["1.10", "1.11", "1.12"].forEach((version) => bed.excel.requirementSets.add(version));
  });

  test("runs every path, all ok, and leaves the workbook as it was", async () => {
    const sheetsBefore = [...bed.excel.grid.sheets.keys()];
    const tableBefore = JSON.stringify(bed.body());
    const report = await runIt();
    expect(report.steps.map((step) => step.path)).toEqual([...SELF_TEST_PATHS]);
    expect(report.steps.filter((step) => step.outcome !== "ok")).toEqual([]);
    expect(report.host).toBe("Excel");
    expect(report.requirementSets.find((set) => set.name === "ExcelApi 1.12")?.supported).toBe(true);
    expect([...bed.excel.grid.sheets.keys()]).toEqual(sheetsBefore);
    expect(JSON.stringify(bed.body())).toBe(tableBefore);
    expect(bed.excel.selected).toEqual({ sheet: "Tidsplan", row: 4, col: 2 });
    expect([...bed.excel.properties.keys()].filter((key) => key.includes("Sjalvtest"))).toEqual([]);
    expect(report.steps.find((step) => step.path === "date-system")?.detail).toBe("1900");
  });

  test("a path whose requirement set is missing is skipped and says which", async () => {
    bed.excel.requirementSets.delete("1.12");
    const report = await runIt();
    expect(report.steps.find((step) => step.path === "sheet-properties")).toEqual({
      path: "sheet-properties",
      outcome: "skipped",
      detail: "ExcelApi 1.12",
    });
  });

  test("a failing path is reported with Excel's error code and the others still run", async () => {
    // The third Excel.run (read-values) fails as a protected or busy workbook would.
    bed.excel.beforeSync.set(4, () => bed.excel.failures.push({ code: "AccessDenied" }));
    const report = await runIt();
    const failed = report.steps.filter((step) => step.outcome === "failed");
    expect(failed).toHaveLength(1);
    expect(failed[0]?.detail).toBe("AccessDenied");
    expect(report.steps.find((step) => step.path === "remove-scratch-sheet")?.outcome).toBe("ok");
    const text = selfTestText(report, "Tidsplan självtest");
    expect(text).toContain(`FAILED ${failed[0]?.path ?? ""} (AccessDenied)`);
    expect(text).toContain("platform: PC");
  });
});
