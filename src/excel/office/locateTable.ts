/**
 * Find the timeline table in one sync: the table named "Tidsplan" (fast path), otherwise any
 * table whose headers match in Swedish or English (a few more syncs, only for such workbooks).
 * Loads everything a read or a check needs in the same batch.
 */
import { mapHeaders, TIMELINE_TABLE_NAME, type CellScalar, type HeaderMapping } from "../../domain/table";

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
  /** A1:B3 of the table's sheet (title; "Planår", year; "Plan-ID", identity). */
  readonly corner: CellScalar[][];
}

function isItemNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "ItemNotFound";
}

async function loadTable(context: Excel.RequestContext, table: Excel.Table): Promise<LocatedTable | null> {
  const header = table.getHeaderRowRange().load("values, rowIndex, columnIndex");
  const body = table.getDataBodyRange().load("values, rowIndex");
  const protection = table.worksheet.protection.load("protected");
  const corner = table.worksheet.getRange("A1:B3").load("values");
  await context.sync();
  const headerValues = (header.values[0] ?? []).map((value: unknown) => String(value));
  const mapping = mapHeaders(headerValues);
  if (mapping === null) return null;
  return {
    table,
    sheet: table.worksheet,
    header: headerValues,
    body: body.values as CellScalar[][],
    mapping,
    bodyRow: body.rowIndex,
    left: header.columnIndex,
    protected: protection.protected,
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
    const named = await loadTable(context, context.workbook.tables.getItem(TIMELINE_TABLE_NAME));
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
  return table === undefined ? null : loadTable(context, table);
}
