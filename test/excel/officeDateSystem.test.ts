/**
 * A workbook in the 1904 date system counts serials from 1904-01-01: a 1900-system serial there
 * is 1,462 days off. The adapter asks Excel.Functions.date(1904,1,1) (0 in a 1904 workbook) and
 * converts at the edge (src/excel/office/dateSystem.ts).
 */
import { toExcelSerial } from "../../src/domain/dates/excelSerial";
import { checkWorkbook } from "../../src/workflows/checkWorkbook";
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { useMockExcel } from "./officeSetup";

jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "Excel", Outlook: "Outlook", Word: "Word" },
}));

const bed = useMockExcel();
const feb5 = { year: 2007, month: 2 /* feb */, day: 5 };

/** The a1 row's Start cell (5 February 2007 in the small timeline). */
function startOfA1(): unknown {
  const header = tableHeader();
  const row = bed.body("Tidsplan").find((r) => r[0] === "a1") ?? [];
  return row[header.indexOf("Start")];
}
function tableHeader(): unknown[] {
  const t = bed.excel.grid.tables.get("Tidsplan");
  if (t === undefined) throw new Error("no table");
  return bed.excel.grid.values(t.sheet, t.top, t.left, 1, t.columnCount)[0] ?? [];
}

describe.each(["1900", "1904"] as const)("a workbook in the %s date system", (system) => {
  beforeEach(() => {
    bed.excel.dateSystem = system;
  });

  test("the table's Start holds 5 February 2007 as this workbook counts it", async () => {
    await bed.createSmall();
    expect(startOfA1()).toBe(toExcelSerial(feb5, system));
  });

  test("a check reads the dates right and writes Start back unchanged", async () => {
    await bed.createSmall();
    const result = await checkWorkbook(createOfficeWorkbook(), "sv");
    if (!result.ok || result.value === null) throw new Error("expected a check");
    const a1 = result.value.timeline.entries.find((entry) => entry.id === "a1");
    expect(a1?.parsed.ok && a1.parsed.occurrences[0]?.start).toEqual(feb5);
    expect(result.value.findings.some((finding) => /1904|1462/.test(finding.message.en))).toBe(false);
    expect(startOfA1()).toBe(toExcelSerial(feb5, system));
  });

  test("a calendar sheet's date cells count as this workbook does", async () => {
    const model = {
      name: "Kalender 2007",
      generatedBy: "tidsplan:calendar",
      styles: {},
      merges: [],
      columnWidths: [10],
      cells: [{ row: 0, col: 0, value: { type: "date" as const, date: feb5 } }],
    };
    expect((await createOfficeWorkbook().renderSheetModel(model)).ok).toBe(true);
    expect(bed.excel.grid.get("Kalender 2007", 0, 0)?.value).toBe(toExcelSerial(feb5, system));
  });
});

test("the two systems are 1,462 days apart (the mock answers DATE(1904,1,1) as Excel does)", () => {
  expect(toExcelSerial({ year: 1904, month: 1, day: 1 }, "1904")).toBe(0);
  expect(toExcelSerial(feb5, "1900") - toExcelSerial(feb5, "1904")).toBe(1462);
});
