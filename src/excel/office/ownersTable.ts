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
 * Queue, in the caller's batch, the question whether the Ansvariga table exists (no sync of its
 * own, nothing chained on the possibly-null table); the returned function, called after that
 * batch's sync, reads the owners with one more sync when the table exists, none when it does not.
 *
 * Nothing is chained on the result of getItemOrNullObject before its isNullObject is known:
 * whether a method of a null object gives a null object or fails the whole batch with
 * ItemNotFound is not promised by the docs
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties),
 * and failing it made a missing Ansvariga table read as a missing Tidsplan table.
 */
export function queueOwnersRead(context: Excel.RequestContext): () => Promise<OwnerRecord[] | null> {
  const table = context.workbook.tables.getItemOrNullObject(OWNERS_TABLE_NAME);
  return async () => {
    // eslint-disable-next-line office-addins/call-sync-before-read -- the caller calls this after its sync
    if (table.isNullObject) return null;
    const range = table.getRange().load("values");
    await context.sync();
    return ownersFromValues(range.values as CellScalar[][]);
  };
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
