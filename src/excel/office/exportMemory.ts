/**
 * The add-in's memory of its last calendar export, on a very hidden sheet of the workbook, so the
 * next export raises SEQUENCE for changed events and cancels removed ones (docs/CALENDARS.md).
 * The row count is a custom document property, so a read is two syncs without a used-range call.
 *
 * "VeryHidden" (ExcelApi 1.1, Excel.SheetVisibility): the user cannot unhide the sheet from
 * Excel's menus, so it is not edited by mistake; it travels with the file.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.sheetvisibility
 */
import {
  EXPORT_MEMORY_COLUMNS,
  EXPORT_MEMORY_SHEET,
  eventsFromMemoryRows,
  memoryRows,
} from "../../domain/ics/exportMemory";
import type { ExportedEvent } from "../../domain/ics/previousExport";
import { TEXT_FORMAT } from "../../domain/table";
import { portOk } from "../portErrors";
import type { PortResult } from "../workbookPort";
import { runExcel } from "./runExcel";

/** The custom document property holding the memory sheet's row count. */
export const MEMORY_ROWS_PROPERTY = "TidsplanKalenderminneRader";

type Cell = string | number | boolean;

interface MemoryRead {
  readonly rows: Cell[][];
  /** The memory sheet, when the workbook has one. */
  readonly sheet: Excel.Worksheet | null;
  readonly count: number;
}

async function readRows(context: Excel.RequestContext): Promise<MemoryRead> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(EXPORT_MEMORY_SHEET);
  const property = context.workbook.properties.custom.getItemOrNullObject(MEMORY_ROWS_PROPERTY).load("value");
  await context.sync();
  const count = property.isNullObject ? 0 : Math.max(0, Math.floor(Number(property.value) || 0));
  if (sheet.isNullObject) return { rows: [], sheet: null, count: 0 };
  if (count === 0) return { rows: [], sheet, count: 0 };
  const range = sheet.getRangeByIndexes(0, 0, count, EXPORT_MEMORY_COLUMNS).load("values");
  await context.sync();
  return { rows: range.values as Cell[][], sheet, count };
}

/**
 * The events remembered for `scope` (none when nothing was exported yet): two syncs.
 *
 * @example
 * const previous = await readExportMemory("owner=*;spans=1"); // PortResult<ExportedEvent[]>
 */
export function readExportMemory(scope: string): Promise<PortResult<ExportedEvent[]>> {
  return runExcel(async (context) => portOk(eventsFromMemoryRows((await readRows(context)).rows, scope)));
}

/**
 * Remember this export's events for `scope`, keeping the other scopes: at most three syncs
 * (property and sheet, the old rows, the write).
 *
 * @example
 * await writeExportMemory("owner=*;spans=1", result.events);
 */
export function writeExportMemory(
  scope: string,
  events: readonly ExportedEvent[],
): Promise<PortResult<void>> {
  return runExcel(async (context) => {
    const old = await readRows(context);
    const rows = memoryRows(old.rows, scope, events);
    let sheet = old.sheet;
    if (sheet === null) {
      sheet = context.workbook.worksheets.add(EXPORT_MEMORY_SHEET);
      sheet.visibility = "VeryHidden";
    }
    // Rows the old memory had beyond the new one are emptied in the same write.
    const height = Math.max(rows.length, old.count);
    if (height > 0) {
      const blank = (): Cell[] => new Array<Cell>(EXPORT_MEMORY_COLUMNS).fill("");
      const values = Array.from({ length: height }, (_, i) => rows[i] ?? blank());
      const range = sheet.getRangeByIndexes(0, 0, height, EXPORT_MEMORY_COLUMNS);
      range.numberFormat = values.map((row) => row.map(() => TEXT_FORMAT));
      range.values = values;
    }
    context.workbook.properties.custom.add(MEMORY_ROWS_PROPERTY, String(rows.length));
    await context.sync();
    return portOk(undefined);
  });
}
