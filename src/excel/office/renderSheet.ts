/**
 * Render a declarative sheet model with Office.js in three syncs: (1) is there a sheet of that
 * name, and did the add-in generate it; (2) replace it: values and number formats as 2-D arrays,
 * styles per rectangle of identical style, merges, widths, freeze, print setup; (3) remember the
 * new sheet as generated; the new sheet is activated. A user's own sheet of that name is never
 * touched.
 */
import { toExcelSerial, type ExcelDateSystem } from "../../domain/dates/excelSerial";
import { queueDateSystem } from "./dateSystem";
import { headerText } from "../../domain/sheet/headerText";
import type { CellStyle, SheetModel } from "../../domain/sheet/sheetModel";
import { DATE_FORMAT, TEXT_FORMAT, type CellScalar } from "../../domain/table";
import { portFailure, portOk } from "../portErrors";
import { styleRects } from "../styleRuns";
import type { PortResult } from "../workbookPort";
import { runExcel } from "./runExcel";
import { queueWrite } from "./writeColumns";
import { queueFallbackMark, queueGeneratedProbe, queueSheetMark } from "./generatedMarker";

/** Generated sheets are marked as generatedMarker.ts says (re-exported for older imports). */
export { GENERATED_PREFIX } from "./generatedMarker";

function grid(model: SheetModel, system: ExcelDateSystem): { values: CellScalar[][]; formats: string[][] } {
  const rows = Math.max(0, ...model.cells.map((cell) => cell.row + 1));
  const cols = Math.max(0, ...model.cells.map((cell) => cell.col + 1));
  const values = Array.from({ length: rows }, () => new Array<CellScalar>(cols).fill(""));
  const formats = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  for (const cell of model.cells) {
    const style = cell.style === undefined ? undefined : model.styles[cell.style];
    const v = cell.value;
    const row = values[cell.row];
    const formatRow = formats[cell.row];
    if (row === undefined || formatRow === undefined) continue;
    if (v.type === "text") row[cell.col] = v.text;
    else if (v.type === "number") row[cell.col] = v.value;
    else if (v.type === "date") row[cell.col] = toExcelSerial(v.date, system); // dateSystem.ts
    // Text is always text ("@"), so a leading "=" is never evaluated.
    formatRow[cell.col] =
      v.type === "text"
        ? TEXT_FORMAT
        : (style?.numberFormat ?? (v.type === "date" ? DATE_FORMAT : "General"));
  }
  return { values, formats };
}

const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const VALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontalAlignment !== undefined) format.horizontalAlignment = ALIGN[style.horizontalAlignment];
  if (style.verticalAlignment !== undefined) format.verticalAlignment = VALIGN[style.verticalAlignment];
  if (style.wrapText !== undefined) format.wrapText = style.wrapText;
  if (style.border !== undefined) {
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
      "InsideHorizontal",
    ] as const) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = style.border;
    }
  }
}

function queuePrint(sheet: Excel.Worksheet, model: SheetModel): void {
  const print = model.print;
  if (print === undefined || !Office.context.requirements.isSetSupported("ExcelApi", "1.9")) return;
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = print.paperSize === "A3" ? "A3" : "A4";
  if (print.fitToPageWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.printTitleRows !== undefined) {
    layout.setPrintTitleRows(`$${print.printTitleRows.first + 1}:$${print.printTitleRows.last + 1}`);
  }
  // Escaped and shortened: "&" starts a header code, and a header holds 255 characters (headerText.ts).
  if (print.centerHeader !== undefined)
    layout.headersFooters.defaultForAllPages.centerHeader = headerText(print.centerHeader);
}

function queueFreeze(sheet: Excel.Worksheet, model: SheetModel): void {
  const freeze = model.freeze;
  if (freeze === undefined) return;
  if (freeze.rows > 0 && freeze.columns > 0) {
    sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, freeze.rows, freeze.columns));
  } else if (freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
  else if (freeze.columns > 0) sheet.freezePanes.freezeColumns(freeze.columns);
}

/** Create or replace a generated sheet from a model: at most three syncs. */
export function renderSheetModel(model: SheetModel): Promise<PortResult<void>> {
  return runExcel(async (context) => {
    const probe = queueGeneratedProbe(context, model.name);
    const dateSystem = queueDateSystem(context);
    await context.sync();
    const owner = await probe.owner();
    // A user's own sheet of that name is never deleted or overwritten.
    if (owner.kind === "user") return portFailure("name-taken");
    if (owner.kind === "generated") probe.queueRemove();
    const sheet = context.workbook.worksheets.add(model.name);
    queueSheetMark(sheet, model.generatedBy);
    const { values, formats } = grid(model, dateSystem());
    if (values.length > 0 && (values[0]?.length ?? 0) > 0) {
      // Formats first, so text cells are text before their values arrive.
      for (let start = 0; start < formats.length; start += 5000) {
        const chunk = formats.slice(start, start + 5000);
        sheet.getRangeByIndexes(start, 0, chunk.length, chunk[0]?.length ?? 0).numberFormat = chunk;
      }
      queueWrite(sheet, 0, 0, values, undefined);
    }
    for (const rect of styleRects(model.cells)) {
      const style = model.styles[rect.style];
      if (style !== undefined)
        applyStyle(sheet.getRangeByIndexes(rect.row, rect.col, rect.rowCount, rect.colCount), style);
    }
    for (const merge of model.merges)
      sheet.getRangeByIndexes(merge.row, merge.col, merge.rowCount, merge.colCount).merge(false);
    model.columnWidths.forEach((chars, col) => {
      sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = Math.round((chars * 7 + 5) * 0.75);
    });
    for (const [row, height] of Object.entries(model.rowHeights ?? {})) {
      sheet.getRangeByIndexes(Number(row), 0, 1, 1).format.rowHeight = height;
    }
    queueFreeze(sheet, model);
    queuePrint(sheet, model);
    // WorksheetCollection.add puts the sheet last and does not activate it
    // (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-add-member(1)):
    // a sheet made from the ribbon would otherwise be created out of sight.
    sheet.activate();
    sheet.load("id");
    await context.sync();
    queueFallbackMark(context, sheet, model.name, model.generatedBy);
    await context.sync();
    return portOk(undefined);
  });
}
