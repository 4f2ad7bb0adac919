/**
 * An in-memory workbook behind the same {@link WorkbookPort} as Excel: for the browser harness
 * and for tests. It follows the same rules as the Office implementation (match by ID, write
 * only the add-in's cells, replace only generated sheets) so the pane behaves the same on both.
 */
import { eventsFromMemoryRows, memoryRows } from "../domain/ics/exportMemory";
import { planIdentity } from "../domain/ics/identity";
import type { Language, OwnerRecord, PlanInfo, Timeline } from "../domain/types";
import type { CellScalar } from "../domain/table/checkWritePlan";
import { MemoryGrid, type MemoryTable } from "./memoryGrid";
import { portFailure, portOk, type PortErrorCode } from "./portErrors";
import { memorySelfTest } from "./memorySelfTest";
import type { ActiveSheetRead, PlanSheetResult, PortResult, TableColumnKey, WorkbookPort } from "./workbookPort";
import { memoryRulesOps } from "./memoryRulesOps";
import { memoryTimelineOps } from "./memoryTimelineOps";
import { memoryDerivedOps } from "./memoryDerivedOps";
import { createMemoryPlanSheet } from "./memoryPlanSheetOps";

export interface MemoryWorkbook extends WorkbookPort {
  readonly kind: "memory";
  /** The sheets, in order of creation. */
  sheetNames(): string[];
  /** A cell's value (0-based row/col), undefined when empty. */
  cellValue(sheet: string, row: number, col: number): CellScalar | undefined;
  /** A cell's number format, undefined when the cell is empty. */
  cellFormat(sheet: string, row: number, col: number): string | undefined;
  /** A table's header row and body, or null when there is no such table. */
  tableValues(name: string): CellScalar[][] | null;
  /** The Ansvarig dropdown on the Tidsplan table, or null when there is none. */
  ownerDropdown(): readonly string[] | null;
  /** True when the Kontroll-driven highlight is on the Tidsplan table. */
  highlighted(): boolean;
  /** The selected cell, as selectCell left it. */
  selection(): { sheet: string; row: number; col: number } | null;
  /** The picture insertPictureSheet put on a sheet (base64 PNG), or null. */
  picture(sheet: string): string | null;
  /** As a user would: create a sheet (with a table from `values`, header first, when given). */
  addUserSheet(
    name: string,
    table?: { name: string; top: number; left: number; values: CellScalar[][] },
  ): void;
  /** Always present in memory: "Nästa års plan" writes the new plan on a sheet of its own. */
  createPlanSheet(timeline: Timeline, lang: Language): Promise<PortResult<PlanSheetResult>>;
  /** Always present in memory: the active sheet (the last one a user added or activated). */
  readActiveSheet(): Promise<PortResult<ActiveSheetRead>>;
  /** As a user would: make a sheet the active one (addUserSheet also activates its sheet). */
  activateSheet(name: string): void;
  /** As a user would: type into a cell (fires table-changed handlers). */
  typeInto(sheet: string, row: number, col: number, value: CellScalar): void;
  /** As a user would: reorder a table's body rows (new row i = old row order[i]). */
  reorderTableRows(name: string, order: readonly number[]): void;
  /** As a user would: protect a sheet. */
  protectSheet(name: string): void;
  /** Make the next port call fail with this code (cell-edit mode, request too large …). */
  failNext(code: PortErrorCode): void;
}

/** Options for {@link createMemoryWorkbook}. */
export interface MemoryWorkbookInit {
  readonly plan?: PlanInfo;
  /** False to behave like an Excel without ExcelApi 1.8 (no data validation). Default true. */
  readonly dataValidation?: boolean;
}

/** Create an empty in-memory workbook, optionally with plan info already stored. */
export function createMemoryWorkbook(init?: MemoryWorkbookInit): MemoryWorkbook {
  const grid = new MemoryGrid();
  const state = {
    plan: init?.plan ?? null,
    selection: null as { sheet: string; row: number; col: number } | null,
    failure: null as PortErrorCode | null,
    handlers: new Set<() => void>(),
    activeSheet: null as string | null,
    /** Sheet name → the base64 PNG on it. */
    pictures: new Map<string, string>(),
    /** The rows of the export memory (Office keeps them on a very hidden sheet). */
    exportMemory: [] as (string | number | boolean)[][],
  };
  const ops = memoryTimelineOps(grid, {
    getPlan: () => state.plan,
    setPlan: (plan) => {
      state.plan = plan;
    },
    select: (sheet, row, col) => {
      state.selection = { sheet, row, col };
    },
    dataValidation: init?.dataValidation ?? true,
  });
  /**
   * Run an operation unless a failure was injected. A write Excel would refuse (a text longer
   * than a cell holds, see MemoryGrid.set) fails the operation as runExcel reports it: "unknown".
   */
  const run = <T>(operation: () => PortResult<T>): Promise<PortResult<T>> => {
    const failure = state.failure;
    state.failure = null;
    if (failure !== null) return Promise.resolve(portFailure<T>(failure));
    try {
      return Promise.resolve(operation());
    } catch (error) {
      // Only what Excel itself would refuse (an error with Excel's code); a bug still throws.
      if (typeof error === "object" && error !== null && "code" in error) {
        return Promise.resolve(portFailure<T>("unknown"));
      }
      throw error;
    }
  };
  const rules = memoryRulesOps(grid);
  const derived = memoryDerivedOps(grid, () => ops.findTimelineTable());
  const tidsplan = (): MemoryTable | undefined => ops.findTimelineTable();
  /** The active sheet's cells as text, values[r][c] = cell (r, c), as Excel's range.text gives them. */
  const activeSheetValues = (): PortResult<ActiveSheetRead> => {
    const name = state.activeSheet ?? [...grid.sheets.keys()][0];
    const sheet = name === undefined ? undefined : grid.sheets.get(name);
    if (name === undefined || sheet === undefined) return portOk({ name: "", values: [] });
    let rows = 0;
    let cols = 0;
    for (const cellKey of sheet.cells.keys()) {
      const [row, col] = cellKey.split(",").map(Number);
      rows = Math.max(rows, (row ?? 0) + 1);
      cols = Math.max(cols, (col ?? 0) + 1);
    }
    const values = grid.values(name, 0, 0, rows, cols).map((row) => row.map((value) => String(value)));
    return portOk({ name, values });
  };

  /** As in Excel: a sheet of its own with the picture, the user's sheets never replaced. */
  const insertPictureSheet = (name: string, base64Png: string, marker: string): PortResult<void> => {
    const existing = grid.sheets.get(name);
    if (existing !== undefined && existing.generatedBy === undefined) return portFailure("name-taken");
    if (existing?.protected === true) return portFailure("protected-sheet");
    if (existing !== undefined) grid.deleteSheet(name);
    grid.addSheet(name).generatedBy = marker;
    state.pictures.set(name, base64Png);
    state.activeSheet = name;
    return portOk(undefined);
  };

  return {
    kind: "memory",
    getPlanInfo: () => run(() => portOk(state.plan)),
    setPlanInfo: (plan) =>
      run(() => {
        // As Office stores it: the identity is written too (derived from the title when new).
        state.plan = { ...plan, id: planIdentity(plan) };
        return portOk(undefined);
      }),
    readTimelineTable: () => run(() => ops.readTimelineTable()),
    createTimelineTable: (timeline, lang) => run(() => ops.createTimelineTable(timeline, lang)),
    writeCheckResults: (updates) => run(() => ops.writeCheckResults(updates)),
    checkTable: (check) => run(() => ops.checkTable(check)),
    clearCheck: () => run(() => ops.clearCheck()),
    applyFix: (fix) => run(() => ops.applyFix(fix)),
    selectCell: (entryId: string, column: TableColumnKey) => run(() => ops.selectCell(entryId, column)),
    readOwners: () => run(() => ops.readOwners()),
    createOwnersTable: (owners: readonly OwnerRecord[]) => run(() => ops.createOwnersTable(owners)),
    renderSheetModel: (model) =>
      run(() => {
        const rendered = ops.renderSheetModel(model);
        // As the Office adapter does: the new sheet is activated, so the user sees it.
        if (rendered.ok) state.activeSheet = model.name;
        return rendered;
      }),
    insertPictureSheet: (name, base64Png, marker) => run(() => insertPictureSheet(name, base64Png, marker)),
    readActiveSheet: () => run(activeSheetValues),
    readExportMemory: (scope) => run(() => portOk(eventsFromMemoryRows(state.exportMemory, scope))),
    writeExportMemory: (scope, events) =>
      run(() => {
        state.exportMemory = memoryRows(state.exportMemory, scope, events);
        return portOk(undefined);
      }),
    createPlanSheet: (timeline, lang) =>
      run(() => {
        const created = createMemoryPlanSheet(grid, timeline, lang);
        // As the Office adapter does: the new sheet is activated, so the user sees it.
        if (created.ok) state.activeSheet = created.value.sheet;
        return created;
      }),
    readRules: () => run(() => rules.readRules()),
    createRulesTable: (rows) => run(() => rules.createRulesTable(rows)),
    applyDerivedRows: (adds, updates) =>
      run(() => {
        const written = derived.applyDerivedRows(adds, updates);
        // As Excel's onChanged: the table changed, so the pane's live re-check runs.
        if (written.ok && adds.length + updates.length > 0) for (const handler of state.handlers) handler();
        return written;
      }),
    selfTest: () => Promise.resolve(memorySelfTest(grid)),
    onTableChanged: (handler) => {
      state.handlers.add(handler);
      return Promise.resolve(() => {
        state.handlers.delete(handler);
      });
    },

    sheetNames: () => [...grid.sheets.keys()],
    cellValue: (sheet, row, col) => grid.get(sheet, row, col)?.value,
    cellFormat: (sheet, row, col) => grid.get(sheet, row, col)?.numberFormat,
    tableValues: (name) => {
      const table = grid.tables.get(name);
      if (table === undefined) return null;
      return grid.values(table.sheet, table.top, table.left, table.rowCount + 1, table.columnCount);
    },
    ownerDropdown: () => tidsplan()?.ownerDropdown ?? null,
    highlighted: () => tidsplan()?.highlighted ?? false,
    selection: () => state.selection,
    picture: (sheet) => (grid.sheets.has(sheet) ? (state.pictures.get(sheet) ?? null) : null),
    activateSheet: (name) => {
      if (grid.sheets.has(name)) state.activeSheet = name;
    },
    addUserSheet: (name, table) => {
      grid.addSheet(name);
      state.activeSheet = name;
      if (table === undefined) return;
      table.values.forEach((row, r) =>
        row.forEach((value, c) => grid.set(name, table.top + r, table.left + c, value)),
      );
      grid.tables.set(table.name, {
        name: table.name,
        sheet: name,
        top: table.top,
        left: table.left,
        columnCount: table.values[0]?.length ?? 0,
        rowCount: table.values.length - 1,
        highlighted: false,
      });
    },
    typeInto: (sheet, row, col, value) => {
      grid.set(sheet, row, col, value);
      const inTable = [...grid.tables.values()].some(
        (t) =>
          t.sheet === sheet &&
          row > t.top &&
          row <= t.top + t.rowCount &&
          col >= t.left &&
          col < t.left + t.columnCount,
      );
      if (inTable) for (const handler of state.handlers) handler();
    },
    reorderTableRows: (name, order) => {
      const table = grid.tables.get(name);
      if (table !== undefined) grid.reorderRows(table, order);
    },
    protectSheet: (name) => {
      const sheet = grid.sheets.get(name);
      if (sheet !== undefined) sheet.protected = true;
    },
    failNext: (code) => {
      state.failure = code;
    },
  };
}
