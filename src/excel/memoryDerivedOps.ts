/**
 * Härled datum on the in-memory workbook: the same rules as the Office adapter
 * (office/derivedRows.ts): rows to update matched by ID and checked to hold what they were
 * derived from, new rows appended with their number formats, all or nothing.
 */
import { derivedCell, derivedRowValues, UPDATED_COLUMNS } from "../domain/chains/derivedTableCells";
import type { DerivedCells, DerivedUpdate } from "../domain/chains/deriveChains";
import { columnNumberFormat, mapHeaders, type TableColumnKey } from "../domain/table";
import { derivedChanged } from "./derivedRowsText";
import type { MemoryGrid, MemoryTable } from "./memoryGrid";
import { portFailure, portOk } from "./portErrors";
import type { DerivedRowsWrite, PortResult } from "./workbookPort";

/** The operation, over one grid and the way the workbook finds its Tidsplan table. */
export function memoryDerivedOps(grid: MemoryGrid, findTable: () => MemoryTable | undefined) {
  const applyDerivedRows = (
    adds: readonly DerivedCells[],
    updates: readonly DerivedUpdate[],
  ): PortResult<DerivedRowsWrite> => {
    const table = findTable();
    const mapping = table === undefined ? null : mapHeaders(grid.tableHeader(table));
    if (table === undefined || mapping === null) return portFailure("no-table");
    if (grid.sheets.get(table.sheet)?.protected === true) return portFailure("protected-sheet");
    const body = grid.tableBody(table);
    const at = (row: number, key: TableColumnKey): string => {
      const index = mapping.columns[key];
      return index === undefined ? "" : String(body[row]?.[index] ?? "").trim();
    };
    // Every row to update is found and unchanged before anything is written.
    const rows = updates.map((u) => body.findIndex((_, r) => at(r, "id") === u.id));
    const taken = adds.some((add) => body.some((_, r) => at(r, "id") === add.id));
    if (
      taken ||
      rows.some(
        (row, i) =>
          row < 0 ||
          at(row, "when") !== updates[i]?.before.when.trim() ||
          at(row, "event") !== updates[i]?.before.event.trim(),
      )
    )
      return derivedChanged();
    updates.forEach((update, i) => {
      const row = rows[i] ?? -1;
      for (const key of UPDATED_COLUMNS) {
        const index = mapping.columns[key];
        if (index === undefined) continue;
        grid.set(
          table.sheet,
          table.top + 1 + row,
          table.left + index,
          derivedCell(update, key, mapping),
          columnNumberFormat(key),
        );
      }
    });
    const keyOf = new Map(
      Object.entries(mapping.columns).map(([key, index]) => [index, key as TableColumnKey]),
    );
    adds.forEach((add, r) => {
      derivedRowValues(add, mapping, table.columnCount).forEach((value, c) =>
        grid.set(
          table.sheet,
          table.top + 1 + table.rowCount + r,
          table.left + c,
          value,
          columnNumberFormat(keyOf.get(c) ?? "notes"),
        ),
      );
    });
    table.rowCount += adds.length;
    return portOk({ added: adds.length, updated: updates.length });
  };
  return { applyDerivedRows };
}
