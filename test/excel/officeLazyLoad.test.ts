/**
 * The Office adapter loads its write paths (tables, fixes, sheets) on first use. When such a
 * module cannot be loaded (in the pane: the chunk's download failed), the operation is a failed
 * result with a message in both languages, never a throw, and nothing is written to Excel.
 */
import { useMockExcel } from "./officeSetup";
import { smallTimeline } from "./timelineFixtures";

jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "Excel", Outlook: "Outlook", Word: "Word" },
}));

const bed = useMockExcel();

const TABLE_WRITES = "../../src/excel/office/tableWrites";
const SHEET_WRITES = "../../src/excel/office/sheetWrites";

/** A fresh officeWorkbook.ts whose `modulePath` throws when loaded, as a failed chunk does. */
function officeWorkbookWithout(modulePath: string): typeof import("../../src/excel/officeWorkbook") {
  jest.resetModules();
  jest.doMock(modulePath, () => {
    throw new Error("Loading chunk failed.");
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module instance needs require
  return require("../../src/excel/officeWorkbook") as typeof import("../../src/excel/officeWorkbook");
}

afterEach(() => {
  jest.dontMock(TABLE_WRITES);
  jest.dontMock(SHEET_WRITES);
});

describe("a write module that cannot be loaded", () => {
  test("creating the table gives a failed result saying what to check, and writes nothing", async () => {
    const { createOfficeWorkbook } = officeWorkbookWithout(TABLE_WRITES);
    const result = await createOfficeWorkbook().createTimelineTable(smallTimeline(), "sv");
    expect(result).toMatchObject({ ok: false, code: "unknown" });
    if (result.ok) return;
    expect(result.message.sv).toContain("kontrollera nätverksanslutningen");
    expect(result.message.en).toContain("check the network connection");
    expect(bed.excel.syncs).toBe(0);
    expect(bed.excel.grid.tables.get("Tidsplan")).toBeUndefined();
  });

  test("rendering a sheet fails the same way, and the next create still works", async () => {
    const { createOfficeWorkbook } = officeWorkbookWithout(SHEET_WRITES);
    const book = createOfficeWorkbook();
    const rendered = await book.insertPictureSheet("Årshjul", "", "wheel");
    expect(rendered).toMatchObject({ ok: false, code: "unknown" });
    expect(await book.createTimelineTable(smallTimeline(), "sv")).toEqual({ ok: true, value: undefined });
  });
});
