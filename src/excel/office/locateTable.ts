/**
 * Find the timeline table in one sync: the table named "Tidsplan" (fast path), otherwise any
 * table whose headers match in Swedish or English (a few more syncs, only for such workbooks).
 * Loads everything a read or a check needs in the same batch. A body too large for one response
 * of Excel on the web is read in parts (readBodyInParts).
 */
import type { ExcelDateSystem } from "../../domain/dates/excelSerial";
import { mapHeaders, TIMELINE_TABLE_NAME, type CellScalar, type HeaderMapping } from "../../domain/table";
import { fromWorkbookSerial, queueDateSystem } from "./dateSystem";

export interface LocatedTable {
  readonly table: Excel.Table;
  readonly sheet: Excel.Worksheet;
  readonly header: readonly string[];
  readonly body: CellScalar[][];
  readonly mapping: HeaderMapping;
  /** 0-based sheet row of the first body row. */
  readonly bodyRow: number;
  /** 0-based sheet column of the table's first column. */
  readonly left: number;
  readonly protected: boolean;
  /**
   * True when some body rows are hidden (a user's filter, or rows hidden by hand): Range.rowHidden
   * is false only when no row is hidden
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member).
   * Writers then write one row at a time (office-js #224).
   */
  readonly filtered: boolean;
  /**
   * The workbook's date system (dateSystem.ts). `body` holds 1900-system serials in the När,
   * Start and Slut columns whatever it is; writers convert back with toWorkbookSerial.
   */
  readonly dateSystem: ExcelDateSystem;
  /** A1:B3 of the table's sheet (title; "Planår", year; "Plan-ID", identity). */
  readonly corner: CellScalar[][];
}

const hasCode = (error: unknown, code: string): boolean =>
  typeof error === "object" && error !== null && "code" in error && error.code === code;

const isItemNotFound = (error: unknown): boolean => hasCode(error, "ItemNotFound");

/** Rows per part when the body is read in parts (halved while a part is still too large). */
export const BODY_PART_ROWS = 2000;

/**
 * The body's values read in parts, one sync each: for a table whose values do not fit in one
 * response of Excel on the web (5 MB, ResponsePayloadSizeLimitExceeded:
 * https://learn.microsoft.com/office/dev/add-ins/excel/performance). A part that is still too
 * large is read again in halves; a single row that is too large fails as Excel failed.
 */
async function readBodyInParts(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  at: { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number },
): Promise<CellScalar[][]> {
  const values: CellScalar[][] = [];
  let part = BODY_PART_ROWS;
  for (let start = 0; start < at.rows;) {
    const count = Math.min(part, at.rows - start);
    const range = sheet.getRangeByIndexes(at.row + start, at.col, count, at.cols).load("values");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per part is the point: the whole does not fit in one response
      await context.sync();
    } catch (error) {
      if (!hasCode(error, "ResponsePayloadSizeLimitExceeded") || count === 1) throw error;
      part = Math.max(1, Math.floor(count / 2));
      continue;
    }
    values.push(...(range.values as CellScalar[][]));
    start += count;
  }
  return values;
}

async function loadTable(
  context: Excel.RequestContext,
  table: Excel.Table,
  queue: () => void,
): Promise<LocatedTable | null> {
  const header = table.getHeaderRowRange().load("values, rowIndex, columnIndex");
  const body = table.getDataBodyRange().load("values, rowIndex, rowHidden");
  const protection = table.worksheet.protection.load("protected");
  const corner = table.worksheet.getRange("A1:B3").load("values");
  let dateSystem = queueDateSystem(context);
  let bodyValues: CellScalar[][];
  try {
    await context.sync();
    bodyValues = body.values as CellScalar[][];
  } catch (error) {
    if (!hasCode(error, "ResponsePayloadSizeLimitExceeded")) throw error;
    // The failed batch loaded nothing: ask again for all but the body's values, then read those in parts.
    queue();
    dateSystem = queueDateSystem(context);
    header.load("values, rowIndex, columnIndex");
    body.load("rowIndex, rowCount, columnCount, rowHidden");
    protection.load("protected");
    corner.load("values");
    await context.sync();
    bodyValues = await readBodyInParts(context, table.worksheet, {
      row: body.rowIndex,
      col: header.columnIndex,
      rows: body.rowCount,
      cols: body.columnCount,
    });
  }
  const headerValues = (header.values[0] ?? []).map((value: unknown) => String(value));
  const mapping = mapHeaders(headerValues);
  if (mapping === null) return null;
  const system = dateSystem();
  const dateColumns = [mapping.columns.when, mapping.columns.start, mapping.columns.end].filter(
    (index): index is number => index !== undefined,
  );
  if (system === "1904") {
    for (const row of bodyValues)
      for (const index of dateColumns) row[index] = fromWorkbookSerial(row[index] ?? "", system);
  }
  return {
    table,
    sheet: table.worksheet,
    header: headerValues,
    body: bodyValues,
    mapping,
    bodyRow: body.rowIndex,
    left: header.columnIndex,
    protected: protection.protected,
    filtered: body.rowHidden !== false,
    dateSystem: system,
    corner: corner.values as CellScalar[][],
  };
}

/**
 * Locate and read the timeline table. `queue` adds the caller's own loads to the first batch
 * (it is called again if the fast path fails). Null when the workbook has no timeline table.
 */
export async function locateTimelineTable(
  context: Excel.RequestContext,
  queue: () => void = () => undefined,
): Promise<LocatedTable | null> {
  try {
    queue();
    const named = await loadTable(context, context.workbook.tables.getItem(TIMELINE_TABLE_NAME), queue);
    if (named !== null) return named;
  } catch (error) {
    if (!isItemNotFound(error)) throw error;
  }
  queue();
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const headers = tables.items.map((table) => table.getHeaderRowRange().load("values"));
  await context.sync();
  const index = headers.findIndex((range) => mapHeaders((range.values[0] ?? []).map(String)) !== null);
  const table = tables.items[index];
  return table === undefined ? null : loadTable(context, table, queue);
}
