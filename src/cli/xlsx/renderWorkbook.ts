/**
 * Renders sheet models to an .xlsx file with ExcelJS. It applies the model and decides nothing
 * about layout. Every text is written as a string (a shared string), never as a formula, so a
 * cell "=HYPERLINK(…)" from a plan stays the text the user wrote.
 */
import ExcelJS from "exceljs";
import type { CellValue, PrintSetup, SheetModel, TableModel } from "../../domain/sheet/sheetModel";
import { headerText } from "../../domain/sheet/headerText";
import { toExcelStyle } from "./xlsxStyle";

/** Excel's paper size codes (ECMA-376 §18.3.1.63: 8 = A3, 9 = A4). */
const PAPER_SIZE_CODE = { A3: 8, A4: 9 } as const;

type ExcelValue = string | number | Date | null;

/**
 * An ExcelJS value for a model value. Dates become midnight UTC, which ExcelJS turns into the
 * serial number of that day whatever the machine's time zone.
 */
function toExcelValue(value: CellValue): ExcelValue {
  switch (value.type) {
    case "text":
      return value.text;
    case "number":
      return value.value;
    case "date":
      return new Date(Date.UTC(value.date.year, value.date.month - 1, value.date.day));
    case "empty":
      return null;
  }
}

function applyPrint(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  // ExcelJS's PaperSize enum lacks A3; the codes are the file format's.
  ws.pageSetup.paperSize = PAPER_SIZE_CODE[print.paperSize] as unknown as ExcelJS.PaperSize;
  ws.pageSetup.orientation = print.orientation;
  if (print.fitToPageWidth) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 0;
  }
  ws.pageSetup.margins = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
  if (print.printTitleRows) {
    ws.pageSetup.printTitlesRow = `${print.printTitleRows.first + 1}:${print.printTitleRows.last + 1}`;
  }
  if (print.centerHeader) {
    // "&&" is a literal ampersand in Excel header codes; "&C" counts towards the 255 characters.
    ws.headerFooter.oddHeader = `&C${headerText(print.centerHeader, 2)}`;
  }
}

function addTable(ws: ExcelJS.Worksheet, table: TableModel): void {
  const rows = table.rows.map((row) => row.map(toExcelValue));
  ws.addTable({
    name: table.name,
    ref: ws.getCell(table.row + 1, table.col + 1).address,
    headerRow: true,
    style: {
      theme: (table.tableStyle ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: table.headers.map((name) => ({ name, filterButton: true })),
    // A table needs at least one body row to be a valid file.
    rows: rows.length > 0 ? rows : [table.headers.map(() => null)],
  });
  table.columnNumberFormats?.forEach((format, i) => {
    if (format === undefined) return;
    for (let r = 0; r < Math.max(1, table.rows.length); r++) {
      ws.getCell(table.row + 2 + r, table.col + 1 + i).numFmt = format;
    }
  });
}

function renderSheet(workbook: ExcelJS.Workbook, model: SheetModel): void {
  const ws = workbook.addWorksheet(model.name);
  model.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const [row, height] of Object.entries(model.rowHeights ?? {})) {
    ws.getRow(Number(row) + 1).height = height;
  }
  const excelStyles = new Map(
    Object.entries(model.styles).map(([name, style]) => [name, toExcelStyle(style)]),
  );
  for (const cell of model.cells) {
    const target = ws.getCell(cell.row + 1, cell.col + 1);
    target.value = toExcelValue(cell.value);
    const style = cell.style === undefined ? undefined : excelStyles.get(cell.style);
    if (style !== undefined) target.style = style;
  }
  for (const m of model.merges) {
    if (m.rowCount === 1 && m.colCount === 1) continue;
    ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rowCount, m.col + m.colCount);
  }
  for (const table of model.tables ?? []) addTable(ws, table);
  if (model.freeze && (model.freeze.rows > 0 || model.freeze.columns > 0)) {
    ws.views = [{ state: "frozen", xSplit: model.freeze.columns, ySplit: model.freeze.rows }];
  }
  if (model.print) applyPrint(ws, model.print);
}

/**
 * Writes sheet models as one .xlsx workbook, sheets in the given order.
 *
 * @example
 * const buffer = await renderWorkbook([buildCalendarSheet(timeline, { lang: "sv" })]);
 * await fs.writeFile("plan.xlsx", buffer);
 */
export async function renderWorkbook(models: readonly SheetModel[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Tidsplan";
  for (const model of models) renderSheet(workbook, model);
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
