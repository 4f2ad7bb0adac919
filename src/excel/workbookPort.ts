/**
 * The one small interface the task pane and the ribbon commands use to reach the workbook.
 * Two implementations: {@link ./officeWorkbook} (Office.js, the only place Excel.run appears)
 * and {@link ./memoryWorkbook} (an in-memory workbook for the browser tests and the harness).
 *
 * Every method resolves to a {@link PortResult}; Office errors become a bilingual message with
 * what happened and what to do, never an exception the UI has to catch.
 */
import type { SelfTestReport } from "./selfTest";
import type { Bilingual, Fix, Language, OwnerRecord, PlanInfo, RawRow, Timeline } from "../domain/types";
import type { ExportedEvent } from "../domain/ics/previousExport";
import type { SheetModel } from "../domain/sheet/sheetModel";
import type { CheckUpdate } from "../domain/table/checkUpdate";
import type { TableColumnKey } from "../domain/table/columns";
import type { DerivedCells, DerivedUpdate } from "../domain/chains/deriveChains";

export type { CheckUpdate, TableColumnKey };

export type PortResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      /** Stable code: "cell-edit-mode", "protected-sheet", "request-too-large", "response-too-large", "item-missing", "unsupported", "changed-meanwhile", "no-table", "unknown". */
      readonly code: string;
      readonly message: Bilingual;
    };

/** What {@link WorkbookPort.readTimelineTable} found. */
export interface TimelineTableRead {
  /** One RawRow per table body row; `line` is the 1-based sheet row. */
  readonly rows: RawRow[];
  /** The plan info stored in the workbook, if any. */
  readonly plan: PlanInfo | null;
  /** The language of the table's header row ("sv" when ambiguous). */
  readonly headerLanguage: Language;
}

/**
 * What the check of {@link WorkbookPort.checkTable} receives: the table and the owner register
 * (Ansvariga), read in the same batch so the whole check stays two syncs in Excel.
 */
export interface TableCheckRead extends TimelineTableRead {
  /** The Ansvariga table's owners; null when there is no such table. */
  readonly owners: OwnerRecord[] | null;
  /** The Regler table's cells (header first), read in the same batch; null or absent when there is none. */
  readonly rules?: unknown[][] | null;
}

/** What {@link WorkbookPort.writeCheckResults} did. */
export interface CheckWriteResult {
  /** Rows whose Kontroll cell was written. */
  readonly written: number;
  /** Entry id used by the check → the ID now in the table, for rows that had no ID. */
  readonly assignedIds: Readonly<Record<string, string>>;
  /** Update ids that matched no row (the row was deleted meanwhile). */
  readonly unmatched: readonly string[];
}

/** What {@link WorkbookPort.checkTable} read and wrote. */
export interface CheckTableResult {
  /** The table and owners as the write used them (after a retry, the second read). */
  readonly read: TableCheckRead;
  readonly write: CheckWriteResult;
}

/** What {@link WorkbookPort.createOwnersTable} did. */
export interface OwnersTableResult {
  /** False when the in-cell dropdown on Ansvarig could not be added (ExcelApi 1.8 missing, or no Tidsplan table). */
  readonly dropdown: boolean;
  /** Why there is no dropdown, when there is none. */
  readonly dropdownMessage?: Bilingual;
}

/** What {@link WorkbookPort.applyDerivedRows} wrote (Härled datum). */
export interface DerivedRowsWrite {
  readonly added: number;
  readonly updated: number;
}

/** What {@link WorkbookPort.readActiveSheet} read. */
export interface ActiveSheetRead {
  /** The sheet's name. */
  readonly name: string;
  /** Displayed text of every cell, row-major; values[r][c] is sheet cell (r, c), 0-based. */
  readonly values: string[][];
}

/** What {@link WorkbookPort.createPlanSheet} made: the new sheet's and table's names. */
export interface PlanSheetResult {
  readonly sheet: string;
  readonly table: string;
}

export interface WorkbookPort {
  /** "excel" for Office.js, "memory" for the in-memory workbook. */
  readonly kind: "excel" | "memory";
  /** The plan title and year stored in the workbook, or null when none is stored yet. */
  getPlanInfo(): Promise<PortResult<PlanInfo | null>>;
  /** Store the plan title and year in the workbook (travels with the file). */
  setPlanInfo(plan: PlanInfo): Promise<PortResult<void>>;
  /** Read the Tidsplan table (or any table whose headers match in sv or en); null when there is none. */
  readTimelineTable(): Promise<PortResult<TimelineTableRead | null>>;
  /** Create the sheet and table "Tidsplan" from a timeline, headers in `lang`. */
  createTimelineTable(timeline: Timeline, lang: Language): Promise<PortResult<void>>;
  /** Write ID (where missing), Start, Slut, Kategori (where empty) and Kontroll, matched by ID. */
  writeCheckResults(updates: readonly CheckUpdate[]): Promise<PortResult<CheckWriteResult>>;
  /**
   * Read the table, compute the updates with the pure `check` (called between the read and the
   * write; again after a retry), and write them matched by ID, with the same retry as
   * writeCheckResults. The owner register is read with the table. In Excel: two syncs. No
   * updates: nothing is written. No table: "no-table".
   */
  checkTable(check: (read: TableCheckRead) => readonly CheckUpdate[]): Promise<PortResult<CheckTableResult>>;
  /** Empty the Kontroll column. */
  clearCheck(): Promise<PortResult<void>>;
  /** Apply a finding's fix to the row with its entry id (or sort the table by Start). */
  applyFix(fix: Fix): Promise<PortResult<void>>;
  /** Select the cell of the row with this ID in the given column. */
  selectCell(entryId: string, column: TableColumnKey): Promise<PortResult<void>>;
  /** The Ansvariga table's owners; null when there is no such table. */
  readOwners(): Promise<PortResult<OwnerRecord[] | null>>;
  /** Create (or replace) the Ansvariga table and add the Ansvarig dropdown where supported. */
  createOwnersTable(owners: readonly OwnerRecord[]): Promise<PortResult<OwnersTableResult>>;
  /** Create or replace a sheet the add-in generated; refuses to touch a user's own sheet. */
  renderSheetModel(model: SheetModel): Promise<PortResult<void>>;
  /**
   * Create or replace the sheet `name` holding one picture (a PNG as base64, no data: prefix),
   * marked as generated by `marker`; refuses ("name-taken") to touch a user's own sheet of that
   * name, and fails "unsupported" without ExcelApi 1.9 (shapes.addImage).
   */
  insertPictureSheet(name: string, base64Png: string, marker: string): Promise<PortResult<void>>;
  /**
   * The active sheet's cells as displayed text (for converting a timeline in document layout).
   * Read only: nothing is written. Optional: a port without it does not offer the conversion.
   */
  readActiveSheet?(): Promise<PortResult<ActiveSheetRead>>;
  /**
   * What the last calendar export of this scope held (ics/exportMemory.ts), [] when none yet.
   * Optional: a port without it exports without SEQUENCE updates and cancellations.
   */
  readExportMemory?(scope: string): Promise<PortResult<ExportedEvent[]>>;
  /** Remember a calendar export's events for its scope, in the workbook (a very hidden sheet). */
  writeExportMemory?(scope: string, events: readonly ExportedEvent[]): Promise<PortResult<void>>;
  /**
   * The Regler table's cells, header row first (docs/GOVERNANCE-RULES.md); null when the
   * workbook has none. Optional: without it the check uses the law's defaults.
   */
  readRules?(): Promise<PortResult<unknown[][] | null>>;
  /**
   * "Skapa regeltabell": create the sheet and table Regler holding `rows` (header first).
   * "exists" when the table is already there (never overwritten); fails "name-taken" when a
   * sheet Regler is the user's own.
   */
  createRulesTable?(rows: readonly (readonly string[])[]): Promise<PortResult<"created" | "exists">>;
  /**
   * Härled datum (docs/GOVERNANCE-RULES.md, "Meeting chains"): append the derived rows `adds` and
   * rewrite När, Start, Slut, Händelse and Innehåll of the derived rows `updates`, matched by ID,
   * in one batch. Refuses ("changed-meanwhile") when a row to update no longer holds the När and
   * Händelse it was derived from or a row to add is there already, and ("filtered-table") when
   * the table has hidden rows.
   * Optional: a port without it does not offer Härled datum.
   */
  applyDerivedRows?(
    adds: readonly DerivedCells[],
    updates: readonly DerivedUpdate[],
  ): Promise<PortResult<DerivedRowsWrite>>;
  /**
   * "Nästa års plan": a new sheet with a table of its own holding `timeline` (another plan, e.g.
   * next year's), named after the plan's year ("Tidsplan 2008", table "Tidsplan_2008", or the
   * next free names: a table name is unique in the whole workbook). The plan's title, year and
   * identity go in the new sheet's A1:B3; the workbook's plan properties, the Tidsplan table and
   * every other sheet are not touched. Optional: a port without it does not offer the rollover.
   */
  createPlanSheet?(timeline: Timeline, lang: Language): Promise<PortResult<PlanSheetResult>>;
  /** Call `handler` when the Tidsplan table changes; resolves to an unsubscribe function. */
  onTableChanged(handler: () => void): Promise<() => void>;
  /**
   * Om Tidsplan → Självtest: every Excel path the add-in uses, on a scratch sheet that is removed
   * afterwards; the user's sheets are not touched and the selection is put back. Never fails:
   * a failed path is a step of the report. Optional: a port without it offers no self-test.
   */
  selfTest?(): Promise<SelfTestReport>;
}
