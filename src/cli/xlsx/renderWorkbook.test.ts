import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { renderWorkbook } from "./renderWorkbook";
import { buildCalendarSheet } from "../../domain/sheet/buildCalendarSheet";
import { buildPrintPlan } from "../../domain/sheet/buildPrintPlan";
import { buildTimelineTableSheet } from "../../domain/sheet/buildTableSheets";
import type { SheetModel } from "../../domain/sheet/sheetModel";
import { day, entry, parsedDays, parsedSpan, timeline } from "../../../test/fixtures/ics/timelineBuilders";

const plan = timeline([
  entry({
    id: "T-1",
    when: "mars-april",
    event: '=HYPERLINK("http://evil","klick")',
    owner: "@Nämnden",
    notes: "-1+1",
    parsed: parsedSpan(day(2007, 3, 1), day(2007, 4, 30), "months"),
  }),
  entry({
    id: "T-2",
    when: "5 februari",
    event: "+SUM(A1)",
    owner: "Förvaltningsgruppen",
    parsed: parsedDays(day(2007, 2, 5)),
  }),
]);

async function readBack(
  models: SheetModel[],
): Promise<{ workbook: ExcelJS.Workbook; files: Record<string, Uint8Array> }> {
  const buffer = await renderWorkbook(models);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return { workbook, files: unzipSync(new Uint8Array(buffer)) };
}

describe("renderWorkbook", () => {
  it("writes the calendar with its merges, widths, freeze and A3 landscape print setup", async () => {
    const model = buildCalendarSheet(plan, { lang: "sv" });
    const { workbook } = await readBack([model]);
    const ws = workbook.getWorksheet("Kalender 2007");
    if (ws === undefined) throw new Error("sheet missing");
    expect(ws.getColumn(1).width).toBe(model.columnWidths[0]);
    expect(ws.getColumn(2).width).toBe(model.columnWidths[1]);
    expect(ws.getCell("A1").isMerged).toBe(true);
    expect(ws.pageSetup.paperSize).toBe(8);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    const monthRow = (model.print?.printTitleRows?.first ?? 0) + 1;
    expect(ws.pageSetup.printTitlesRow).toBe(`${monthRow}:${monthRow}`);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: model.freeze?.rows });
    const feb5 = model.cells.find((c) => c.value.type === "text" && c.value.text === "+SUM(A1)");
    const cell = ws.getCell((feb5?.row ?? 0) + 1, (feb5?.col ?? 0) + 1);
    expect(cell.value).toBe("+SUM(A1)");
    expect(cell.fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFD9EAD3" } }); // second owner in order of appearance
    expect(cell.alignment).toMatchObject({ wrapText: true, vertical: "top" });
  });

  it("writes the printable plan on A4 portrait", async () => {
    const { workbook } = await readBack([buildPrintPlan(plan, "sv")]);
    const ws = workbook.getWorksheet("Tidsplan 2007 (utskrift)");
    expect(ws?.pageSetup.paperSize).toBe(9);
    expect(ws?.pageSetup.orientation).toBe("portrait");
    expect(ws?.getCell("A4").font?.bold).toBe(true);
  });

  it("writes the Tidsplan table with real date cells and texts that stay text (never formulas)", async () => {
    const { workbook, files } = await readBack([buildTimelineTableSheet(plan, new Map(), "sv")]);
    const ws = workbook.getWorksheet("Tidsplan");
    if (ws === undefined) throw new Error("sheet missing");
    expect(ws.getCell("A4").value).toBe("ID");
    expect(ws.getCell("C5").value).toEqual(new Date(Date.UTC(2007, 2, 1)));
    expect(ws.getCell("C5").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("D5").value).toEqual(new Date(Date.UTC(2007, 3, 30)));
    for (const address of ["E5", "F5", "G5", "E6"]) {
      expect(ws.getCell(address).type).toBe(ExcelJS.ValueType.String);
    }
    expect(ws.getCell("E5").value).toBe('=HYPERLINK("http://evil","klick")');
    const sheetXml = strFromU8(files["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
    expect(sheetXml).not.toContain("<f>");
    const tableXml = Object.entries(files).find(
      ([name]) => name.startsWith("xl/tables/") && name.endsWith(".xml"),
    );
    expect(tableXml && strFromU8(tableXml[1])).toContain('name="Tidsplan"');
  });
});
