/**
 * The one small interface the task pane and the ribbon commands use to reach the workbook.
 * Two implementations: {@link ./officeWorkbook} (Office.js, the only place Excel.run appears)
 * and {@link ./memoryWorkbook} (an in-memory workbook for the browser tests and the harness).
 *
 * Every method resolves to a {@link PortResult}; Office errors become a bilingual message with
 * what happened and what to do, never an exception the UI has to catch.
 */
import type { Bilingual, PlanInfo } from "../domain/types";

export type PortResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      /** Stable code: "cell-edit-mode", "protected-sheet", "request-too-large", "unsupported", "changed-meanwhile", "no-table", "unknown". */
      readonly code: string;
      readonly message: Bilingual;
    };

export interface WorkbookPort {
  /** "excel" for Office.js, "memory" for the in-memory workbook. */
  readonly kind: "excel" | "memory";
  /** The plan title and year stored in the workbook, or null when none is stored yet. */
  getPlanInfo(): Promise<PortResult<PlanInfo | null>>;
  /** Store the plan title and year in the workbook (travels with the file). */
  setPlanInfo(plan: PlanInfo): Promise<PortResult<void>>;
}
