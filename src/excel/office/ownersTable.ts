/**
 * Reading the Ansvariga table with Office.js. Creating it (and the Ansvarig dropdown) is in
 * ownersCreate.ts, loaded on first use.
 */
import { OWNERS_TABLE_NAME, ownersFromValues, type CellScalar } from "../../domain/table";
import type { OwnerRecord } from "../../domain/types";
import { portOk } from "../portErrors";
import type { PortResult } from "../workbookPort";
import { runExcel } from "./runExcel";

/**
 * Queue the Ansvariga table's load in the caller's batch (no sync of its own); the returned
 * function reads the owners after that batch's sync: null when there is no such table. The
 * range of a missing table is a null object too, so the batch does not fail without it.
 */
export function queueOwnersRead(context: Excel.RequestContext): () => OwnerRecord[] | null {
  const table = context.workbook.tables.getItemOrNullObject(OWNERS_TABLE_NAME);
  const range = table.getRange().load("values");
  // eslint-disable-next-line office-addins/call-sync-before-read -- the caller calls this after its sync
  return () => (table.isNullObject ? null : ownersFromValues(range.values as CellScalar[][]));
}

/**
 * The owners in the Ansvariga table, or null when there is none, asking first whether the table
 * exists (two syncs when it does): the way that never queues work on a missing table.
 */
export async function readOwnersStepwise(context: Excel.RequestContext): Promise<OwnerRecord[] | null> {
  const table = context.workbook.tables.getItemOrNullObject(OWNERS_TABLE_NAME);
  await context.sync();
  if (table.isNullObject) return null;
  const range = table.getRange().load("values");
  await context.sync();
  return ownersFromValues(range.values as CellScalar[][]);
}

/** The owners in the Ansvariga table, or null when there is none. */
export function readOwners(): Promise<PortResult<OwnerRecord[] | null>> {
  return runExcel(async (context) => portOk(await readOwnersStepwise(context)));
}
