/**
 * Writing a check's results with Office.js in two syncs: (1) read the table as it is now,
 * (2) write ID (where empty), Start, Slut, Kategori (where empty) and Kontroll, matched by ID,
 * and in the same batch re-read the ID column before the writes. If the IDs moved between the
 * two syncs (the user sorted or typed, a co-author edited), the write is redone once from a fresh
 * read; if they move again the result is "changed-meanwhile".
 */
import {
  TABLE_HEADERS,
  planCheckWrite,
  type CellScalar,
  type CheckUpdate,
  type TableColumnKey,
} from "../../domain/table";
import { TableChangedError, runExcel } from "./runExcel";
import { portFailure, portOk } from "../portErrors";
import type { CheckWriteResult, PortResult } from "../workbookPort";
import { locateTimelineTable, type LocatedTable } from "./locateTable";
import { addInColumnFormat, queueHighlight } from "./timelineTable";
import { queueColumn } from "./writeColumns";

type AddInColumn = "id" | "start" | "end" | "category" | "check";
const ADD_IN_COLUMNS: readonly AddInColumn[] = ["id", "start", "end", "category", "check"];

const text = (values: readonly CellScalar[]): string[] => values.map((value) => String(value).trim());

function columnOf(located: LocatedTable, key: TableColumnKey): CellScalar[] | null {
  const index = located.mapping.columns[key];
  return index === undefined ? null : located.body.map((row) => row[index] ?? "");
}

/** Queue the writes of one attempt; returns the ID-column read queued before them. */
function queueCheckWrite(
  located: LocatedTable,
  updates: readonly CheckUpdate[],
  highlight: boolean,
): { plan: ReturnType<typeof planCheckWrite>; idsBefore: Excel.Range | null } {
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
  const idIndex = mapping.columns.id;
  const idsBefore =
    idIndex === undefined ? null : sheet.getRangeByIndexes(bodyRow, left + idIndex, count, 1).load("values");
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
  let appended = 0;
  for (const key of ADD_IN_COLUMNS) {
    const index = mapping.columns[key];
    if (index === undefined) {
      // A user's table without this column: add it at the end, with its values, in the same batch.
      const header = TABLE_HEADERS[mapping.language][key];
      const column = located.table.columns.add(undefined, [[header], ...full[key].map((v) => [v])], header);
      column.getDataBodyRange().numberFormat = full[key].map(() => [addInColumnFormat(key)]);
      if (key === "check" && highlight) {
        queueHighlight(located.table.getDataBodyRange(), left + located.header.length + appended, bodyRow);
      }
      appended += 1;
      continue;
    }
    const col = left + index;
    if (key === "id")
      for (const run of plan.idRuns) queueColumn(sheet, bodyRow + run.firstRow, col, run.values, "@");
    else if (key === "category")
      for (const run of plan.categoryRuns) queueColumn(sheet, bodyRow + run.firstRow, col, run.values);
    else queueColumn(sheet, bodyRow, col, full[key], key === "check" ? undefined : addInColumnFormat(key));
  }
  return { plan, idsBefore };
}

/** Write a check's results, matched by ID. At most two syncs when nothing changes meanwhile. */
export function writeCheckResults(updates: readonly CheckUpdate[]): Promise<PortResult<CheckWriteResult>> {
  return runExcel(async (context) => {
    const supportsHighlight = Office.context.requirements.isSetSupported("ExcelApi", "1.6");
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const located = await locateTimelineTable(context);
      if (located === null) return portFailure("no-table");
      if (located.protected) return portFailure("protected-sheet");
      // A Kontroll column the add-in appends gets the highlight rules; the add-in's own table has them.
      const { plan, idsBefore } = queueCheckWrite(located, updates, supportsHighlight);
      await context.sync();
      const idsAtWrite =
        idsBefore === null ? null : text(idsBefore.values.map((row) => row[0] as CellScalar));
      const idsAtRead = located.mapping.columns.id === undefined ? null : text(columnOf(located, "id") ?? []);
      if (JSON.stringify(idsAtWrite) === JSON.stringify(idsAtRead)) {
        return portOk({
          written: plan.written,
          assignedIds: plan.assignedIds,
          unmatched: plan.unmatched,
        });
      }
    }
    throw new TableChangedError();
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
    queueColumn(
      located.sheet,
      located.bodyRow,
      located.left + index,
      located.body.map(() => ""),
    );
    await context.sync();
    return portOk(undefined);
  });
}
