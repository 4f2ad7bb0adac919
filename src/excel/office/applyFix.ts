/**
 * Applying a finding's fix to the Tidsplan table with Office.js. A module of its own, loaded on
 * the first fix rather than at the task pane's start.
 */
import { TEXT_FORMAT } from "../../domain/table";
import type { Fix } from "../../domain/types";
import { portFailure, portOk } from "../portErrors";
import type { PortResult } from "../workbookPort";
import { locateTimelineTable } from "./locateTable";
import { runExcel } from "./runExcel";
import { rowOfId } from "./tableEdits";

/** Apply a finding's fix: two syncs (read, write). */
export function applyFix(fix: Fix): Promise<PortResult<void>> {
  return runExcel(async (context) => {
    const located = await locateTimelineTable(context);
    if (located === null) return portFailure("no-table");
    if (fix.type === "mark-reviewed") return portOk(undefined);
    if (located.protected) return portFailure("protected-sheet");
    if (fix.type === "sort-chronologically") {
      const start = located.mapping.columns.start;
      if (start === undefined) return portFailure("no-table");
      // A filtered table is not sorted: the user's filter and hidden rows stay as they were
      // (writes over hidden rows misbehave, office-js #224; the user clears the filter first).
      if (located.filtered) return portFailure("filtered-table");
      located.table.sort.apply([{ key: start, ascending: true }]);
      await context.sync();
      return portOk(undefined);
    }
    if (fix.type === "set-id") {
      // The row by its sheet row (a duplicated ID names two rows), checked to still hold the ID.
      const row = fix.line - located.bodyRow - 1;
      const col = located.mapping.columns.id;
      const current = col === undefined ? undefined : located.body[row]?.[col];
      if (col === undefined || String(current ?? "").trim() !== fix.entryId)
        return portFailure("changed-meanwhile");
      const cell = located.sheet.getRangeByIndexes(located.bodyRow + row, located.left + col, 1, 1);
      cell.numberFormat = [[TEXT_FORMAT]];
      cell.values = [[fix.id]];
      await context.sync();
      return portOk(undefined);
    }
    const row = rowOfId(located, fix.entryId);
    const col = fix.type === "set-owner" ? located.mapping.columns.owner : located.mapping.columns.when;
    if (row < 0 || col === undefined) return portFailure("changed-meanwhile");
    const cell = located.sheet.getRangeByIndexes(located.bodyRow + row, located.left + col, 1, 1);
    cell.numberFormat = [[TEXT_FORMAT]];
    cell.values = [[fix.type === "set-owner" ? fix.owner : fix.when]];
    await context.sync();
    return portOk(undefined);
  });
}
