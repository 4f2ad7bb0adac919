/**
 * Selecting a finding's cell and the table's change event, with Office.js. Applying a fix is in
 * applyFix.ts, loaded on first use.
 */
import type { TableColumnKey } from "../../domain/table";
import { addressColumns } from "../a1";
import { portFailure, portOk } from "../portErrors";
import type { PortResult } from "../workbookPort";
import { locateTimelineTable, type LocatedTable } from "./locateTable";
import { runExcel } from "./runExcel";

/** The body row (0-based) of the entry with this ID, or -1. */
export function rowOfId(located: LocatedTable, id: string): number {
  const index = located.mapping.columns.id;
  if (index === undefined) return -1;
  return located.body.findIndex((row) => String(row[index] ?? "").trim() === id);
}

/** Select the cell of the row with this ID: two syncs. */
export function selectCell(entryId: string, column: TableColumnKey): Promise<PortResult<void>> {
  return runExcel(async (context) => {
    const located = await locateTimelineTable(context);
    if (located === null) return portFailure("no-table");
    const row = rowOfId(located, entryId);
    if (row < 0) return portFailure("changed-meanwhile");
    const col = located.mapping.columns[column] ?? located.mapping.columns.when ?? 0;
    located.sheet.activate();
    located.sheet.getRangeByIndexes(located.bodyRow + row, located.left + col, 1, 1).select();
    await context.sync();
    return portOk(undefined);
  });
}

/**
 * Call `handler` when the Tidsplan table changes, except for changes only to the columns the
 * add-in itself writes after every check (Start, Slut, Kontroll), so a check does not trigger
 * itself. Resolves to an unsubscribe function (a no-op when there is no table).
 */
export async function onTableChanged(handler: () => void): Promise<() => void> {
  let subscription: OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs> | null = null;
  const result = await runExcel(async (context) => {
    const located = await locateTimelineTable(context);
    if (located === null) return portOk(false);
    const ignored = new Set(
      (["start", "end", "check"] as const)
        .map((key) => located.mapping.columns[key])
        .filter((index): index is number => index !== undefined)
        .map((index) => located.left + index),
    );
    subscription = located.table.onChanged.add(async (event) => {
      const columns = addressColumns(event.address);
      if (columns !== null) {
        let onlyOwn = true;
        for (let col = columns.first; col <= columns.last; col += 1) if (!ignored.has(col)) onlyOwn = false;
        if (onlyOwn) return;
      }
      handler();
    });
    await context.sync();
    return portOk(true);
  });
  if (!result.ok || subscription === null) return () => undefined;
  const active: OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs> = subscription;
  return () => {
    void Excel.run(active.context, async (context) => {
      active.remove();
      await context.sync();
    }).catch(() => undefined);
  };
}
