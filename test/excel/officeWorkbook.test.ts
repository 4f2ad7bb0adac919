/**
 * The Office adapter against a mock Excel (office-addin-mock, extended by hand in mockExcel.ts):
 * creating and reading the table (sync counts, text stays text) and Office errors. Checks are in
 * officeCheck.test.ts, edits in officeEdits.test.ts, owners and sheets in officeSheets.test.ts.
 */
import { derivedPlanId } from "../../src/domain/ics";
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { TABLE_HEADER_ROW, toExcelSerial } from "./testImports";
import { useMockExcel } from "./officeSetup";
import { bigTimeline, planInfo, smallTimeline } from "./timelineFixtures";

jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "Excel", Outlook: "Outlook", Word: "Word" },
}));

const bed = useMockExcel();
const { body, createSmall } = bed;

describe("createTimelineTable", () => {
  test("creates sheet, title, plan year and the table with text När and real dates", async () => {
    await createSmall();
    const grid = bed.excel.grid;
    expect(grid.get("Tidsplan", 0, 0)?.value).toBe(planInfo.title);
    expect(grid.get("Tidsplan", 1, 0)?.value).toBe("Planår");
    expect(grid.get("Tidsplan", 1, 1)?.value).toBe(2007);
    expect(grid.tableHeader(grid.tables.get("Tidsplan")!)).toEqual([
      "ID",
      "När",
      "Start",
      "Slut",
      "Händelse",
      "Ansvarig",
      "Innehåll",
      "Kategori",
      "Kontroll",
    ]);
    const first = body()[0]!;
    expect(first.slice(0, 5)).toEqual([
      "a1",
      "5 februari",
      toExcelSerial({ year: 2007, month: 2, day: 5 }),
      toExcelSerial({ year: 2007, month: 2, day: 5 }),
      "Budgetdialog",
    ]);
    expect(first[7]).toBe("Beslut");
    expect(grid.get("Tidsplan", TABLE_HEADER_ROW + 1, 1)?.numberFormat).toBe("@");
    expect(grid.get("Tidsplan", TABLE_HEADER_ROW + 1, 2)?.numberFormat).toBe("yyyy-mm-dd");
    expect(bed.excel.properties.get("TidsplanPlanar")).toBe("2007");
    expect(bed.excel.conditionalFormulas).toEqual(['=LEFT($I5,1)="✖"', '=LEFT($I5,1)="⚠"']);
  });

  test('an event "=HYPERLINK(…)" or "+SUM(A1)" is written as text, never as a formula', async () => {
    await createSmall();
    expect(body()[1]?.[4]).toBe('=HYPERLINK("http://x","klicka")');
    expect(body()[2]?.[4]).toBe("+SUM(A1)");
    expect(bed.excel.formulas.size).toBe(0);
  });

  test("10,000 rows take at most 4 syncs and no range assignment over 5,000 rows", async () => {
    const result = await createOfficeWorkbook().createTimelineTable(bigTimeline(10_000), "sv");
    expect(result.ok).toBe(true);
    expect(bed.excel.syncs).toBeLessThanOrEqual(4);
    expect(Math.max(...bed.excel.valueWrites.map((w) => w.rows))).toBeLessThanOrEqual(5000);
    expect(body()).toHaveLength(10_000);
    expect(body()[9999]?.[4]).toBe("Händelse nummer 9999");
  });

  test("refuses when a Tidsplan sheet already exists", async () => {
    bed.excel.grid.addSheet("Tidsplan");
    const result = await createOfficeWorkbook().createTimelineTable(smallTimeline(), "sv");
    expect(result).toMatchObject({ ok: false, code: "name-taken" });
  });
});

describe("readTimelineTable", () => {
  test("reads the rows with their sheet row numbers and the plan in one sync", async () => {
    await createSmall();
    const result = await createOfficeWorkbook().readTimelineTable();
    expect(bed.excel.syncs).toBe(1);
    if (!result.ok || result.value === null) throw new Error("expected a table");
    expect(result.value.plan).toEqual({ ...planInfo, id: derivedPlanId(planInfo.title) });
    expect(result.value.headerLanguage).toBe("sv");
    expect(result.value.rows[0]).toEqual({
      line: 5,
      id: "a1",
      when: "5 februari",
      event: "Budgetdialog",
      owner: "KS",
      notes: "",
      category: "Beslut",
    });
  });

  test("recognises a user's own table with English headers under another name", async () => {
    bed.excel.grid.addSheet("Plan");
    [
      ["When", "Event", "Owner"],
      ["5 Feb", "Budget", "KS"],
    ].forEach((row, r) => row.forEach((v, c) => bed.excel.grid.set("Plan", r, c, v)));
    bed.excel.grid.tables.set("Table1", {
      name: "Table1",
      sheet: "Plan",
      top: 0,
      left: 0,
      columnCount: 3,
      rowCount: 1,
      highlighted: false,
    });
    const result = await createOfficeWorkbook().readTimelineTable();
    if (!result.ok || result.value === null) throw new Error("expected a table");
    expect(result.value.headerLanguage).toBe("en");
    expect(result.value.rows).toEqual([{ line: 2, when: "5 Feb", event: "Budget", owner: "KS", notes: "" }]);
  });

  test("null when the workbook has no timeline table", async () => {
    expect(await createOfficeWorkbook().readTimelineTable()).toEqual({ ok: true, value: null });
  });
});

describe("Office errors", () => {
  test("cell-edit mode is waited out and retried", async () => {
    await createSmall();
    bed.excel.failures.push(
      { code: "InvalidOperationInCellEditMode" },
      { code: "InvalidOperationInCellEditMode" },
    );
    const result = await createOfficeWorkbook().clearCheck();
    expect(result.ok).toBe(true);
  });

  test("cell-edit mode that lasts is reported in Swedish and English", async () => {
    await createSmall();
    for (let i = 0; i < 10; i += 1) bed.excel.failures.push({ code: "InvalidOperationInCellEditMode" });
    const result = await createOfficeWorkbook().readTimelineTable();
    expect(result).toMatchObject({ ok: false, code: "cell-edit-mode" });
    if (!result.ok) {
      expect(result.message.sv).toContain("redigeringsläge");
      expect(result.message.sv).toContain("Enter eller Esc");
      expect(result.message.en).toContain("Enter or Esc");
    }
  });

  test("the 5 MB request limit is reported as request-too-large and the new sheet removed", async () => {
    bed.excel.beforeSync.set(2, () => bed.excel.failures.push({ code: "RequestPayloadSizeLimitExceeded" }));
    const result = await createOfficeWorkbook().createTimelineTable(smallTimeline(), "sv");
    expect(result).toMatchObject({ ok: false, code: "request-too-large" });
    expect(bed.excel.grid.sheets.has("Tidsplan")).toBe(false);
  });
});
