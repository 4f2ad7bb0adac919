/**
 * The port operations of the in-memory workbook, on a {@link MemoryGrid}. Same rules as the
 * Office implementation, using the same pure helpers from src/domain/table.
 */
import {
  TABLE_HEADERS,
  TABLE_HEADER_ROW,
  TEXT_FORMAT,
  TIMELINE_SHEET_NAME,
  TIMELINE_TABLE_NAME,
  columnNumberFormat,
  mapHeaders,
  planCheckWrite,
  planIdLabel,
  planYearLabel,
  rawRowsFromValues,
  tableHeaders,
  extraColumns,
  timelineTableValues,
  TABLE_COLUMNS,
  type CellScalar,
  type CheckUpdate,
  type HeaderMapping,
  type TableColumnKey,
} from "../domain/table";
import { fitCellText } from "../domain/excelLimits";
import { planIdentity } from "../domain/ics/identity";
import type { Fix, Language, PlanInfo, Timeline } from "../domain/types";
import { memoryRulesOps } from "./memoryRulesOps";
import type { MemoryGrid, MemoryTable } from "./memoryGrid";
import { portFailure, portOk } from "./portErrors";
import type {
  CheckTableResult,
  CheckWriteResult,
  PortResult,
  TableCheckRead,
  TimelineTableRead,
} from "./workbookPort";
import { memorySheetOps } from "./memorySheetOps";

export interface MemoryHooks {
  getPlan(): PlanInfo | null;
  setPlan(plan: PlanInfo): void;
  select(sheet: string, row: number, col: number): void;
  readonly dataValidation: boolean;
}

const ADDED_COLUMNS: readonly TableColumnKey[] = ["id", "start", "end", "category", "check"];

/** The operations, as closures over one grid (see {@link ./memoryWorkbook}). */
export function memoryTimelineOps(grid: MemoryGrid, hooks: MemoryHooks) {
  const findTimelineTable = (): MemoryTable | undefined => {
    const named = grid.tables.get(TIMELINE_TABLE_NAME);
    if (named !== undefined && mapHeaders(grid.tableHeader(named)) !== null) return named;
    return [...grid.tables.values()].find((t) => mapHeaders(grid.tableHeader(t)) !== null);
  };
  const isProtected = (sheet: string): boolean => grid.sheets.get(sheet)?.protected === true;

  /** The table and its mapping, with the add-in's columns appended when missing. */
  const tableWithColumns = (): {
    table: MemoryTable;
    mapping: HeaderMapping;
  } | null => {
    const table = findTimelineTable();
    if (table === undefined) return null;
    let mapping = mapHeaders(grid.tableHeader(table));
    if (mapping === null) return null;
    for (const key of ADDED_COLUMNS) {
      if (mapping.columns[key] !== undefined) continue;
      const col = table.left + table.columnCount;
      grid.set(table.sheet, table.top, col, TABLE_HEADERS[mapping.language][key]);
      for (let r = 1; r <= table.rowCount; r += 1)
        grid.set(table.sheet, table.top + r, col, "", columnNumberFormat(key));
      table.columnCount += 1;
      mapping = {
        language: mapping.language,
        columns: { ...mapping.columns, [key]: table.columnCount - 1 },
      };
    }
    return { table, mapping };
  };

  const column = (body: CellScalar[][], index: number | undefined): CellScalar[] | null =>
    index === undefined ? null : body.map((row) => row[index] ?? "");
  const rowOfId = (table: MemoryTable, mapping: HeaderMapping, id: string): number => {
    const ids = column(grid.tableBody(table), mapping.columns.id) ?? [];
    return ids.findIndex((value) => String(value).trim() === id);
  };

  const readTimelineTable = (): PortResult<TimelineTableRead | null> => {
    const table = findTimelineTable();
    if (table === undefined) return portOk(null);
    const mapping = mapHeaders(grid.tableHeader(table));
    if (mapping === null) return portOk(null);
    const rows = rawRowsFromValues(grid.tableBody(table), mapping, table.top + 2);
    return portOk({
      rows,
      plan: hooks.getPlan(),
      headerLanguage: mapping.language,
    });
  };

  const createTimelineTable = (timeline: Timeline, lang: Language): PortResult<void> => {
    if (grid.sheets.has(TIMELINE_SHEET_NAME) || grid.tables.has(TIMELINE_TABLE_NAME)) {
      return portFailure("name-taken");
    }
    const sheet = TIMELINE_SHEET_NAME;
    grid.addSheet(sheet);
    grid.set(sheet, 0, 0, fitCellText(timeline.plan.title), TEXT_FORMAT);
    grid.set(sheet, 1, 0, planYearLabel(lang), TEXT_FORMAT);
    grid.set(sheet, 1, 1, timeline.plan.year);
    grid.set(sheet, 2, 0, planIdLabel(lang), TEXT_FORMAT);
    grid.set(sheet, 2, 1, planIdentity(timeline.plan), TEXT_FORMAT);
    const extra = extraColumns(timeline);
    tableHeaders(lang, extra).forEach((header, c) => grid.set(sheet, TABLE_HEADER_ROW, c, header, TEXT_FORMAT));
    timelineTableValues(timeline, lang).forEach((row, r) =>
      row.forEach((value, c) =>
        grid.set(sheet, TABLE_HEADER_ROW + 1 + r, c, value, columnNumberFormat(TABLE_COLUMNS[c] ?? "notes")),
      ),
    );
    grid.tables.set(TIMELINE_TABLE_NAME, {
      name: TIMELINE_TABLE_NAME,
      sheet,
      top: TABLE_HEADER_ROW,
      left: 0,
      columnCount: TABLE_COLUMNS.length + extra.length,
      rowCount: timeline.entries.length,
      highlighted: true,
    });
    hooks.setPlan({ ...timeline.plan, id: planIdentity(timeline.plan) });
    return portOk(undefined);
  };

  const writeCheckResults = (updates: readonly CheckUpdate[]): PortResult<CheckWriteResult> => {
    const found = findTimelineTable();
    if (found === undefined) return portFailure("no-table");
    if (isProtected(found.sheet)) return portFailure("protected-sheet");
    const withColumns = tableWithColumns();
    if (withColumns === null) return portFailure("no-table");
    const { table, mapping } = withColumns;
    const body = grid.tableBody(table);
    const text = (values: CellScalar[] | null) => values?.map((value) => String(value).trim()) ?? null;
    const plan = planCheckWrite(
      {
        firstLine: table.top + 2,
        ids: text(column(body, mapping.columns.id)) ?? [],
        categories: text(column(body, mapping.columns.category)),
        start: column(body, mapping.columns.start),
        end: column(body, mapping.columns.end),
        check: column(body, mapping.columns.check),
      },
      updates,
    );
    const cols = mapping.columns;
    for (const run of plan.idRuns)
      if (cols.id !== undefined) grid.writeColumn(table, cols.id, run.firstRow, run.values);
    for (const run of plan.categoryRuns)
      if (cols.category !== undefined) grid.writeColumn(table, cols.category, run.firstRow, run.values);
    if (plan.start !== null && cols.start !== undefined) grid.writeColumn(table, cols.start, 0, plan.start);
    if (plan.end !== null && cols.end !== undefined) grid.writeColumn(table, cols.end, 0, plan.end);
    if (plan.check !== null && cols.check !== undefined) grid.writeColumn(table, cols.check, 0, plan.check);
    table.highlighted = true;
    return portOk({
      written: plan.written,
      assignedIds: plan.assignedIds,
      unmatched: plan.unmatched,
    });
  };

  const sheetOps = memorySheetOps(grid, hooks, findTimelineTable);

  const checkTable = (
    check: (read: TableCheckRead) => readonly CheckUpdate[],
  ): PortResult<CheckTableResult> => {
    const found = findTimelineTable();
    if (found === undefined) return portFailure("no-table");
    if (isProtected(found.sheet)) return portFailure("protected-sheet");
    const table = readTimelineTable();
    if (!table.ok) return table;
    if (table.value === null) return portFailure("no-table");
    const owners = sheetOps.readOwners();
    if (!owners.ok) return owners;
    const rules = memoryRulesOps(grid).readRules();
    const read: TableCheckRead = {
      ...table.value,
      owners: owners.value,
      rules: rules.ok ? rules.value : null,
    };
    const updates = check(read);
    if (updates.length === 0) return portOk({ read, write: { written: 0, assignedIds: {}, unmatched: [] } });
    const write = writeCheckResults(updates);
    return write.ok ? portOk({ read, write: write.value }) : write;
  };

  const clearCheck = (): PortResult<void> => {
    const table = findTimelineTable();
    if (table === undefined) return portFailure("no-table");
    if (isProtected(table.sheet)) return portFailure("protected-sheet");
    const check = mapHeaders(grid.tableHeader(table))?.columns.check;
    if (check !== undefined) grid.writeColumn(table, check, 0, new Array<string>(table.rowCount).fill(""));
    return portOk(undefined);
  };

  const applyFix = (fix: Fix): PortResult<void> => {
    const table = findTimelineTable();
    const mapping = table === undefined ? null : mapHeaders(grid.tableHeader(table));
    if (table === undefined || mapping === null) return portFailure("no-table");
    if (isProtected(table.sheet)) return portFailure("protected-sheet");
    if (fix.type === "mark-reviewed") return portOk(undefined);
    if (fix.type === "sort-chronologically") {
      const starts = column(grid.tableBody(table), mapping.columns.start);
      if (starts === null) return portFailure("no-table");
      const key = (row: number) => {
        const value = starts[row];
        return typeof value === "number" ? value : Number.POSITIVE_INFINITY;
      };
      const order = starts.map((_, row) => row).sort((a, b) => key(a) - key(b) || a - b);
      grid.reorderRows(table, order);
      return portOk(undefined);
    }
    if (fix.type === "set-id") {
      // The row by its sheet row (a duplicated ID names two rows), checked to still hold the ID.
      const row = fix.line - table.top - 2;
      const ids = column(grid.tableBody(table), mapping.columns.id);
      const col = mapping.columns.id;
      if (ids === null || col === undefined || String(ids[row] ?? "").trim() !== fix.entryId)
        return portFailure("changed-meanwhile");
      grid.writeColumn(table, col, row, [fix.id]);
      return portOk(undefined);
    }
    const row = rowOfId(table, mapping, fix.entryId);
    const col = fix.type === "set-owner" ? mapping.columns.owner : mapping.columns.when;
    if (row < 0 || col === undefined) return portFailure("changed-meanwhile");
    grid.writeColumn(table, col, row, [fix.type === "set-owner" ? fix.owner : fix.when]);
    return portOk(undefined);
  };

  const selectCell = (entryId: string, key: TableColumnKey): PortResult<void> => {
    const table = findTimelineTable();
    const mapping = table === undefined ? null : mapHeaders(grid.tableHeader(table));
    if (table === undefined || mapping === null) return portFailure("no-table");
    const row = rowOfId(table, mapping, entryId);
    if (row < 0) return portFailure("changed-meanwhile");
    const col = mapping.columns[key] ?? mapping.columns.when ?? 0;
    hooks.select(table.sheet, table.top + 1 + row, table.left + col);
    return portOk(undefined);
  };

  return {
    findTimelineTable,
    readTimelineTable,
    createTimelineTable,
    writeCheckResults,
    clearCheck,
    applyFix,
    selectCell,
    checkTable,
    ...sheetOps,
  };
}
