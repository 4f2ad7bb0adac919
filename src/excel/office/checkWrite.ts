/**
 * Writing a check's results with Office.js in two syncs: (1) read the table as it is now,
 * (2) write ID (where empty), Start, Slut, Kategori (where empty) and Kontroll, matched by ID,
 * and in the same batch re-read the ID and Kategori columns before the writes. If the IDs moved
 * between the two syncs (the user sorted or typed, a co-author edited), the ID and Kategori cells
 * that write overwrote are put back and the write is redone once from a fresh read; if they move
 * again the cells are put back and the result is "changed-meanwhile".
 */
import {
  TABLE_HEADERS,
  planCheckWrite,
  type CellScalar,
  type CheckUpdate,
  type CheckWritePlan,
  type TableColumnKey,
} from "../../domain/table";
import { TableChangedError, runExcel } from "./runExcel";
import { portFailure, portOk } from "../portErrors";
import type { CheckWriteResult, PortResult } from "../workbookPort";
import { locateTimelineTable, type LocatedTable } from "./locateTable";
import { addInColumnFormat, queueHighlight } from "./timelineTable";
import { queueChangedCells, queueColumn, queueRuns } from "./writeColumns";
import { toWorkbookSerial } from "./dateSystem";

type AddInColumn = "id" | "start" | "end" | "category" | "check";
const ADD_IN_COLUMNS: readonly AddInColumn[] = ["id", "start", "end", "category", "check"];

const text = (values: readonly CellScalar[]): string[] => values.map((value) => String(value).trim());

function columnOf(located: LocatedTable, key: TableColumnKey): CellScalar[] | null {
  const index = located.mapping.columns[key];
  return index === undefined ? null : located.body.map((row) => row[index] ?? "");
}

/** A column of the body as the write batch saw it just before writing (loaded in that batch). */
function loadColumn(located: LocatedTable, key: "id" | "category"): Excel.Range | null {
  const index = located.mapping.columns[key];
  if (index === undefined || located.body.length === 0) return null;
  return located.sheet
    .getRangeByIndexes(located.bodyRow, located.left + index, located.body.length, 1)
    .load("values");
}

interface QueuedWrite {
  readonly plan: CheckWritePlan;
  readonly idsBefore: Excel.Range | null;
  readonly categoriesBefore: Excel.Range | null;
}

/** Queue the writes of one attempt, after loading the ID and Kategori columns as they are then. */
function queueCheckWrite(
  located: LocatedTable,
  updates: readonly CheckUpdate[],
  highlight: boolean,
): QueuedWrite {
  const count = located.body.length;
  const blank = (): CellScalar[] => new Array<CellScalar>(count).fill("");
  const existing = (key: AddInColumn) => columnOf(located, key);
  const plan = planCheckWrite(
    {
      firstLine: located.bodyRow + 1,
      ids: text(existing("id") ?? blank()),
      categories: text(existing("category") ?? blank()),
      start: existing("start") ?? blank(),
      end: existing("end") ?? blank(),
      check: existing("check") ?? blank(),
    },
    updates,
  );
  const { sheet, bodyRow, left, mapping } = located;
  const idsBefore = loadColumn(located, "id");
  const categoriesBefore = plan.categoryRuns.length === 0 ? null : loadColumn(located, "category");
  const full: Record<AddInColumn, CellScalar[]> = {
    id: [...plan.ids],
    start: plan.start ?? blank(),
    end: plan.end ?? blank(),
    category: (() => {
      const values = text(existing("category") ?? blank());
      for (const run of plan.categoryRuns) run.values.forEach((v, i) => (values[run.firstRow + i] = v));
      return values;
    })(),
    check: plan.check ?? blank(),
  };
  // Start and Slut are dates: 1900-system serials here, the workbook's own system in the sheet.
  const out = (key: AddInColumn, values: readonly CellScalar[]): CellScalar[] =>
    key === "start" || key === "end"
      ? values.map((value) => toWorkbookSerial(value, located.dateSystem))
      : [...values];
  let appended = 0;
  for (const key of ADD_IN_COLUMNS) {
    const index = mapping.columns[key];
    if (index === undefined) {
      // A user's table without this column: add it at the end, with its values, in the same batch.
      const header = TABLE_HEADERS[mapping.language][key];
      const column = located.table.columns.add(
        undefined,
        [[header], ...out(key, full[key]).map((v) => [v])],
        header,
      );
      column.getDataBodyRange().numberFormat = full[key].map(() => [addInColumnFormat(key)]);
      if (key === "check" && highlight) {
        queueHighlight(located.table.getDataBodyRange(), left + located.header.length + appended, bodyRow);
      }
      appended += 1;
      continue;
    }
    const col = left + index;
    const oneRowAtATime = located.filtered;
    if (key === "id") queueRuns(sheet, bodyRow, col, plan.idRuns, { format: "@", oneRowAtATime });
    else if (key === "category") queueRuns(sheet, bodyRow, col, plan.categoryRuns, { oneRowAtATime });
    else {
      // Only the cells whose values change (undo, filtered tables: queueChangedCells).
      const format = key === "check" ? undefined : addInColumnFormat(key);
      queueChangedCells(sheet, bodyRow, col, out(key, existing(key) ?? blank()), out(key, full[key]), {
        ...(format === undefined ? {} : { format }),
        oneRowAtATime,
      });
    }
  }
  return { plan, idsBefore, categoriesBefore };
}

/** Queue putting back the ID and Kategori cells a write overwrote, from what it loaded first. */
function queueRestore(located: LocatedTable, queued: QueuedWrite): void {
  const restore = (key: "id" | "category", before: Excel.Range | null, runs: CheckWritePlan["idRuns"]) => {
    const index = located.mapping.columns[key];
    if (before === null || index === undefined) return;
    const values = before.values.map((row) => row[0] as CellScalar);
    for (const run of runs) {
      const old = values.slice(run.firstRow, run.firstRow + run.values.length);
      queueColumn(located.sheet, located.bodyRow + run.firstRow, located.left + index, old);
    }
  };
  restore("id", queued.idsBefore, queued.plan.idRuns);
  restore("category", queued.categoriesBefore, queued.plan.categoryRuns);
}

/** One write that found the rows moved: `restore` queues putting back what it overwrote. */
export interface MovedWrite {
  readonly moved: true;
  readonly restore: () => void;
}

/**
 * Write a check's results on a table read in this batch: one sync. The result, or
 * {@link MovedWrite} when the IDs moved since the read.
 */
export async function writeOnce(
  context: Excel.RequestContext,
  located: LocatedTable,
  updates: readonly CheckUpdate[],
  highlight: boolean,
): Promise<CheckWriteResult | MovedWrite> {
  const queued = queueCheckWrite(located, updates, highlight);
  await context.sync();
  const { idsBefore, plan } = queued;
  const idsAtRead = columnOf(located, "id");
  const idsAtWrite = idsBefore === null ? null : idsBefore.values.map((row) => row[0] as CellScalar);
  const stayed =
    idsAtRead === null ||
    idsAtWrite === null ||
    JSON.stringify(text(idsAtWrite)) === JSON.stringify(text(idsAtRead));
  if (!stayed) return { moved: true, restore: () => queueRestore(located, queued) };
  return { written: plan.written, assignedIds: plan.assignedIds, unmatched: plan.unmatched };
}

/** An attempt reads (queuing `before` first) and writes; "moved" asks for one more attempt. */
export type WriteAttempt<T> = (before: () => void) => Promise<PortResult<T> | MovedWrite>;

/**
 * Run an attempt, and once more if the rows moved (written out, not looped: at most two
 * attempts). When they move again, the overwritten cells are put back (one more sync) and the
 * batch fails with "changed-meanwhile".
 */
export async function withOneRetry<T>(
  context: Excel.RequestContext,
  attempt: WriteAttempt<T>,
): Promise<PortResult<T>> {
  const first = await attempt(() => undefined);
  if (!("moved" in first)) return first;
  const second = await attempt(first.restore);
  if (!("moved" in second)) return second;
  second.restore();
  await context.sync();
  throw new TableChangedError();
}

/** Whether Excel can add the Kontroll highlight to a Kontroll column the add-in appends. */
export function supportsHighlight(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.6");
}

/** Write a check's results, matched by ID. Two syncs when nothing changes meanwhile, else four or five. */
export function writeCheckResults(updates: readonly CheckUpdate[]): Promise<PortResult<CheckWriteResult>> {
  return runExcel(async (context) => {
    const highlight = supportsHighlight();
    return withOneRetry<CheckWriteResult>(context, async (before) => {
      const located = await locateTimelineTable(context, before);
      if (located === null) return portFailure("no-table");
      if (located.protected) return portFailure("protected-sheet");
      const written = await writeOnce(context, located, updates, highlight);
      return "moved" in written ? written : portOk(written);
    });
  });
}

/** Empty the Kontroll column: two syncs. */
export function clearCheck(): Promise<PortResult<void>> {
  return runExcel(async (context) => {
    const located = await locateTimelineTable(context);
    if (located === null) return portFailure("no-table");
    if (located.protected) return portFailure("protected-sheet");
    const index = located.mapping.columns.check;
    if (index === undefined) return portOk(undefined);
    queueChangedCells(
      located.sheet,
      located.bodyRow,
      located.left + index,
      located.body.map((row) => row[index] ?? ""),
      located.body.map(() => ""),
      { oneRowAtATime: located.filtered },
    );
    await context.sync();
    return portOk(undefined);
  });
}
