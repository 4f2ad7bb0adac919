/**
 * The in-memory workbook's Regler table, with the same rules as src/excel/office/rulesTable.ts:
 * an existing table is never overwritten, a user's own sheet Regler is never written to.
 */
import { REGLER_TABLE_NAME } from "../domain/governance";
import { TEXT_FORMAT } from "../domain/table";
import type { MemoryGrid } from "./memoryGrid";
import { portFailure, portOk } from "./portErrors";
import type { PortResult } from "./workbookPort";

/** readRules and createRulesTable over one grid. */
export function memoryRulesOps(grid: MemoryGrid) {
  const readRules = (): PortResult<unknown[][] | null> => {
    const table = grid.tables.get(REGLER_TABLE_NAME);
    if (table === undefined) return portOk(null);
    return portOk(grid.values(table.sheet, table.top, table.left, table.rowCount + 1, table.columnCount));
  };

  const createRulesTable = (rows: readonly (readonly string[])[]): PortResult<"created" | "exists"> => {
    if (grid.tables.has(REGLER_TABLE_NAME)) return portOk("exists");
    if (grid.sheets.has(REGLER_TABLE_NAME)) return portFailure("name-taken");
    grid.addSheet(REGLER_TABLE_NAME);
    rows.forEach((row, r) =>
      row.forEach((value, c) => grid.set(REGLER_TABLE_NAME, r, c, value, TEXT_FORMAT)),
    );
    grid.tables.set(REGLER_TABLE_NAME, {
      name: REGLER_TABLE_NAME,
      sheet: REGLER_TABLE_NAME,
      top: 0,
      left: 0,
      columnCount: rows[0]?.length ?? 4,
      rowCount: Math.max(rows.length - 1, 1),
      highlighted: false,
    });
    return portOk("created");
  };

  return { readRules, createRulesTable };
}
