/**
 * The Regler table with Office.js: reading its cells for the check, and "Skapa regeltabell"
 * (a sheet and table "Regler" with the law's defaults). See docs/GOVERNANCE-RULES.md.
 *
 * Evidence for the host behaviour relied on:
 * - getItemOrNullObject: a missing table or sheet is a null object whose `isNullObject` can be
 *   read only after a sync (learn.microsoft.com/en-us/javascript/api/office/officeextension.clientobject,
 *   "You must call context.sync() before reading the isNullObject property"). So reading asks
 *   first and loads the values only when the table exists, as readOwnersStepwise does.
 * - tables.add(address, hasHeaders): "If the table can't be added (for example, because the
 *   address is invalid, or the table would overlap with another table), an error is generated"
 *   (learn.microsoft.com/en-us/graph/api/tablecollection-add, the same workbook table API). The
 *   table goes on a new sheet of its own, so it cannot overlap; a user's own sheet named Regler is
 *   never written to ("name-taken").
 * - Text number format "@" before the values, so "På" or "2027-05-07" stay text (as writeColumns).
 */
import { REGLER_TABLE_NAME } from "../../domain/governance";
import { TEXT_FORMAT, type CellScalar } from "../../domain/table";
import { portFailure, portOk } from "../portErrors";
import type { PortResult } from "../workbookPort";
import { runExcel } from "./runExcel";
import { queueWrite } from "./writeColumns";

/**
 * Queue the Regler table's load in the caller's batch (no sync of its own), as queueOwnersRead
 * does for Ansvariga; the returned function reads the cells after that batch's sync: null when
 * there is no such table (its range is a null object too, so the batch does not fail).
 */
export function queueRulesRead(context: Excel.RequestContext): () => Promise<unknown[][] | null> {
  // As the Ansvariga read (ownersTable.ts): nothing is chained on the possibly-null table before
  // its isNullObject is known; one more sync only when the table exists.
  const table = context.workbook.tables.getItemOrNullObject(REGLER_TABLE_NAME);
  return async () => {
    // eslint-disable-next-line office-addins/call-sync-before-read -- the caller calls this after its sync
    if (table.isNullObject) return null;
    const range = table.getRange().load("values");
    await context.sync();
    return range.values as unknown[][];
  };
}

/** The Regler table's cells, asking first whether it exists (the way that never queues work on a missing table). */
export async function readRulesStepwise(context: Excel.RequestContext): Promise<unknown[][] | null> {
  const table = context.workbook.tables.getItemOrNullObject(REGLER_TABLE_NAME);
  await context.sync();
  if (table.isNullObject) return null;
  const range = table.getRange().load("values");
  await context.sync();
  return range.values as unknown[][];
}

/** The Regler table's cells, header first; null when there is none. One sync, two with a table. */
export function readRules(): Promise<PortResult<unknown[][] | null>> {
  return runExcel(async (context) => portOk(await readRulesStepwise(context)));
}

/**
 * Create the sheet and table Regler with `rows` (header first). "exists" when the table is
 * there already (the user's edits are kept); "name-taken" when a sheet of that name is the user's.
 * Two syncs.
 */
export function createRulesTable(
  rows: readonly (readonly string[])[],
): Promise<PortResult<"created" | "exists">> {
  return runExcel(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(REGLER_TABLE_NAME);
    const sheet = context.workbook.worksheets.getItemOrNullObject(REGLER_TABLE_NAME);
    await context.sync();
    if (!table.isNullObject) return portOk("exists" as const);
    if (!sheet.isNullObject) return portFailure<"created" | "exists">("name-taken");
    const created = context.workbook.worksheets.add(REGLER_TABLE_NAME);
    const width = rows[0]?.length ?? 4;
    const cells: CellScalar[][] = rows.map((row) => [...row]);
    queueWrite(
      created,
      0,
      0,
      cells,
      Array.from({ length: width }, () => TEXT_FORMAT),
    );
    const added = created.tables.add(`A1:D${Math.max(rows.length, 2)}`, true);
    added.name = REGLER_TABLE_NAME;
    created.getRangeByIndexes(0, 0, rows.length, width).format.autofitColumns();
    await context.sync();
    return portOk("created" as const);
  });
}
