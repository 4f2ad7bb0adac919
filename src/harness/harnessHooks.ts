/**
 * What the browser tests may look at and do in the harness's in-memory workbook, as
 * `window.__tidsplanHarness`: the selection, cell values, and a user's typing (which fires the
 * table-changed handlers, as an edit in Excel would), and reopening the pane in another language.
 */
import type { CellScalar } from "../domain/table/checkWritePlan";
import { TABLE_HEADER_ROW } from "../domain/table/sheetLayout";
import type { MemoryWorkbook } from "../excel/memoryWorkbook";
import type { PortErrorCode } from "../excel/portErrors";

export interface HarnessHooks {
  selection(): { sheet: string; row: number; col: number } | null;
  cellValue(sheet: string, row: number, col: number): CellScalar | undefined;
  tableValues(name: string): CellScalar[][] | null;
  sheetNames(): string[];
  /** Type into a table cell by column header ("Ansvarig") and 0-based body row. */
  typeIntoTable(table: string, header: string, bodyRow: number, value: CellScalar): boolean;
  /** Type into any cell (0-based sheet row and column), as a user would (the Regler sheet). */
  typeIntoCell(sheet: string, row: number, col: number, value: CellScalar): void;
  /** Make the next port call fail as Excel would with this code ("cell-edit-mode" …). */
  failNext(code: PortErrorCode): void;
  /** As a user would: create a sheet with these cells at A1 (for converting the active sheet). */
  addUserSheet(name: string, values: CellScalar[][]): void;
  /** Close the pane and open it again in this display language ("en-US"), on the same workbook. */
  reopenPane(lang: string): void;
}

/** The property name on window. */
export const HARNESS_HOOKS = "__tidsplanHarness";

export function exposeHarnessHooks(memory: MemoryWorkbook, reopenPane: (lang: string) => void): void {
  const hooks: HarnessHooks = {
    selection: () => memory.selection(),
    cellValue: (sheet, row, col) => memory.cellValue(sheet, row, col),
    tableValues: (name) => memory.tableValues(name),
    sheetNames: () => memory.sheetNames(),
    typeIntoTable: (table, header, bodyRow, value) => {
      const values = memory.tableValues(table);
      const col = values?.[0]?.indexOf(header) ?? -1;
      if (values === null || col < 0) return false;
      // The add-in creates its table on the sheet of the same name, header row at TABLE_HEADER_ROW.
      memory.typeInto(table, TABLE_HEADER_ROW + 1 + bodyRow, col, value);
      return true;
    },
    typeIntoCell: (sheet, row, col, value) => memory.typeInto(sheet, row, col, value),
    failNext: (code) => memory.failNext(code),
    addUserSheet: (name, values) => {
      memory.addUserSheet(name);
      values.forEach((row, r) => row.forEach((value, c) => memory.typeInto(name, r, c, value)));
    },
    reopenPane,
  };
  // A test hook on window: Reflect.set keeps the window type unchanged (no global augmentation).
  Reflect.set(window, HARNESS_HOOKS, hooks);
}
