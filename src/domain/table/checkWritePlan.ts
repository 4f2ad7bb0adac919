/**
 * Which cells a check writes, computed from the table as it is now (read in the same batch)
 * and the updates of the check. Matching is by ID, never by position: a sorted or edited table
 * still gets each row's own Kontroll. The only cells written are ID (where empty), Start, Slut,
 * Kategori (where empty) and Kontroll.
 */
import { toExcelSerial } from "../dates/excelSerial";
import type { CheckUpdate } from "./checkUpdate";
import { isUsableRowId, newRowId } from "./rowIds";

/** A cell value as Excel returns it. */
export type CellScalar = string | number | boolean;

/** The add-in's columns of the table body as read now. */
export interface TableBodySnapshot {
  /** Sheet row (1-based) of the first body row. */
  readonly firstLine: number;
  /** The ID cells as text ("" when empty), one per body row. */
  readonly ids: readonly string[];
  /** The Kategori cells as text, or null when the table has no Kategori column. */
  readonly categories: readonly string[] | null;
  /** Current Start / Slut / Kontroll values, kept for rows no update matches (null: no such column). */
  readonly start: readonly CellScalar[] | null;
  readonly end: readonly CellScalar[] | null;
  readonly check: readonly CellScalar[] | null;
}

/** Consecutive body rows written with one range assignment. */
export interface CellRun {
  /** 0-based body row of the first cell. */
  readonly firstRow: number;
  readonly values: readonly string[];
}

export interface CheckWritePlan {
  /** Runs of ID cells to write (rows that had no ID). */
  readonly idRuns: readonly CellRun[];
  /** Runs of Kategori cells to write (rows whose Kategori was empty). */
  readonly categoryRuns: readonly CellRun[];
  /** Whole Start / Slut / Kontroll columns (null when the table has no such column). */
  readonly start: CellScalar[] | null;
  readonly end: CellScalar[] | null;
  readonly check: CellScalar[] | null;
  /** The ID column after the write. */
  readonly ids: readonly string[];
  readonly assignedIds: Readonly<Record<string, string>>;
  readonly unmatched: readonly string[];
  /** Rows an update matched. */
  readonly written: number;
}

/** Group the rows whose value is not null into runs of consecutive rows. */
export function toRuns(values: readonly (string | null)[]): CellRun[] {
  const runs: CellRun[] = [];
  let current: { firstRow: number; values: string[] } | null = null;
  values.forEach((value, row) => {
    if (value === null) {
      current = null;
      return;
    }
    if (current === null) {
      current = { firstRow: row, values: [] };
      runs.push(current);
    }
    current.values.push(value);
  });
  return runs;
}

/**
 * Plan the cells a check writes.
 *
 * @example
 * const plan = planCheckWrite(
 *   { firstLine: 5, ids: ["b", "a"], categories: ["", ""], start: ["", ""], end: ["", ""], check: ["", ""] },
 *   [{ id: "a", kontroll: "✖ När" }, { id: "b", kontroll: "" }],
 * );
 * plan.check // → ["", "✖ När"]  (row order of the table, not of the updates)
 */
export function planCheckWrite(
  table: TableBodySnapshot,
  updates: readonly CheckUpdate[],
  random: () => number = Math.random,
): CheckWritePlan {
  const count = table.ids.length;
  const ids = [...table.ids];
  const rowById = new Map<string, number>();
  ids.forEach((id, row) => {
    if (id !== "" && !rowById.has(id)) rowById.set(id, row);
  });
  const taken = new Set(rowById.keys());
  const newIds: (string | null)[] = new Array<string | null>(count).fill(null);
  const assignedIds: Record<string, string> = {};
  const unmatched: string[] = [];
  const updateOfRow: (CheckUpdate | undefined)[] = new Array<CheckUpdate | undefined>(count);

  for (const update of updates) {
    let row = update.id === "" ? undefined : rowById.get(update.id);
    if (row === undefined && update.line !== undefined) {
      const byLine = update.line - table.firstLine;
      if (byLine >= 0 && byLine < count && ids[byLine] === "" && newIds[byLine] === null) {
        const id = isUsableRowId(update.id) && !taken.has(update.id) ? update.id : newRowId(taken, random);
        taken.add(id);
        newIds[byLine] = id;
        ids[byLine] = id;
        if (update.id !== "") assignedIds[update.id] = id;
        row = byLine;
      }
    }
    if (row === undefined) {
      unmatched.push(update.id);
      continue;
    }
    updateOfRow[row] = update;
  }
  // Every row without an ID gets one, even rows no update is about (e.g. added meanwhile).
  ids.forEach((id, row) => {
    if (id !== "") return;
    const fresh = newRowId(taken, random);
    taken.add(fresh);
    ids[row] = fresh;
    newIds[row] = fresh;
  });

  const column = (
    current: readonly CellScalar[] | null,
    pick: (update: CheckUpdate) => CellScalar,
  ): CellScalar[] | null =>
    current === null
      ? null
      : current.map((value, row) => {
          const update = updateOfRow[row];
          return update === undefined ? value : pick(update);
        });
  const categories = table.categories;
  const categoryValues = updateOfRow.map((update, row) => {
    const kategori = update?.kategori;
    if (categories === null || kategori === undefined || kategori === "") return null;
    return (categories[row] ?? "").trim() === "" ? kategori : null;
  });

  return {
    idRuns: toRuns(newIds),
    categoryRuns: categories === null ? [] : toRuns(categoryValues),
    start: column(table.start, (u) => (u.start === undefined ? "" : toExcelSerial(u.start))),
    end: column(table.end, (u) => (u.end === undefined ? "" : toExcelSerial(u.end))),
    check: column(table.check, (u) => u.kontroll),
    ids,
    assignedIds,
    unmatched,
    written: updateOfRow.filter((update) => update !== undefined).length,
  };
}
