/**
 * The add-in's memory of its last calendar export (issue 14): stored in the workbook, per scope,
 * the same through the Office adapter (on the mock Excel, syncs counted) and the memory workbook.
 */
import { createMemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { retrySettings } from "../../src/excel/office/runExcel";
import type { WorkbookPort } from "../../src/excel/workbookPort";
import { EXPORT_MEMORY_SHEET, type ExportedEvent } from "../../src/domain/ics";
import { createMockExcel, type MockExcel } from "./mockExcel";

const event = (uid: string, sequence: number, summary: string, cancelled = false): ExportedEvent => ({
  uid,
  sequence,
  start: "DTSTART;VALUE=DATE:20070205",
  end: "DTEND;VALUE=DATE:20070206",
  summary: `SUMMARY:${summary}`,
  ...(cancelled ? { cancelled: true } : {}),
});

let excel: MockExcel | null = null;
const implementations: [string, () => WorkbookPort][] = [
  ["memory", () => createMemoryWorkbook()],
  [
    "office (mock Excel)",
    () => {
      excel = createMockExcel();
      excel.install();
      retrySettings.delaysMs = [0];
      return createOfficeWorkbook();
    },
  ],
];

describe.each(implementations)("export memory: %s", (name, make) => {
  it("is empty at first, keeps each scope apart and replaces a scope's events on the next write", async () => {
    const port = make();
    expect(await port.readExportMemory?.("owner=*;spans=1")).toEqual({ ok: true, value: [] });
    const all = [event("a-0@x", 0, "MBL"), event("b-0@x", 2, "Beslut")];
    expect((await port.writeExportMemory?.("owner=*;spans=1", all))?.ok).toBe(true);
    expect((await port.writeExportMemory?.("owner=ks;spans=1", [event("b-0@x", 2, "Beslut")]))?.ok).toBe(
      true,
    );
    expect(await port.readExportMemory?.("owner=*;spans=1")).toEqual({ ok: true, value: all });
    const next = [event("a-0@x", 1, "MBL om budget"), event("b-0@x", 3, "Beslut", true)];
    expect((await port.writeExportMemory?.("owner=*;spans=1", next))?.ok).toBe(true);
    expect(await port.readExportMemory?.("owner=*;spans=1")).toEqual({ ok: true, value: next });
    expect(await port.readExportMemory?.("owner=ks;spans=1")).toEqual({
      ok: true,
      value: [event("b-0@x", 2, "Beslut")],
    });
    // Fewer events than before: the rows beyond are emptied, not read back.
    expect((await port.writeExportMemory?.("owner=*;spans=1", [next[0] as ExportedEvent]))?.ok).toBe(true);
    expect(await port.readExportMemory?.("owner=*;spans=1")).toEqual({ ok: true, value: [next[0]] });
    if (name.startsWith("office") && excel !== null) {
      expect(excel.grid.sheets.has(EXPORT_MEMORY_SHEET)).toBe(true);
      const before = excel.syncs;
      await port.readExportMemory?.("owner=*;spans=1");
      expect(excel.syncs - before).toBeLessThanOrEqual(2);
      const beforeWrite = excel.syncs;
      await port.writeExportMemory?.("owner=*;spans=1", next);
      expect(excel.syncs - beforeWrite).toBeLessThanOrEqual(3);
    }
  });
});
