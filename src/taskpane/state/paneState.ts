/**
 * The pane's state: one reducer, no Redux. Later views (import preview, findings, export)
 * add their own fields and actions here.
 */
import type { Bilingual, PlanInfo } from "../../domain/types";

export type TableState =
  | { readonly kind: "unknown" }
  | { readonly kind: "searching" }
  | { readonly kind: "none" }
  | { readonly kind: "found"; readonly rows: number };

export interface PaneState {
  readonly loading: boolean;
  readonly plan: PlanInfo | null;
  readonly table: TableState;
  /** The last failure, shown as a MessageBar until dismissed. */
  readonly error: Bilingual | null;
  /** Announced in the aria-live region. */
  readonly status: Bilingual | null;
}

export type PaneAction =
  | { readonly type: "loaded"; readonly plan: PlanInfo | null }
  | { readonly type: "failed"; readonly message: Bilingual }
  | { readonly type: "dismissError" }
  | { readonly type: "tableSearchStarted"; readonly status: Bilingual }
  | { readonly type: "tableSearched"; readonly table: TableState; readonly status: Bilingual }
  /** A status to announce in the aria-live region (check results, a created table …). */
  | { readonly type: "status"; readonly status: Bilingual }
  /** The plan title and year were stored in the workbook. */
  | { readonly type: "planStored"; readonly plan: PlanInfo };

export const initialPaneState: PaneState = {
  loading: true,
  plan: null,
  table: { kind: "unknown" },
  error: null,
  status: null,
};

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "loaded":
      return { ...state, loading: false, plan: action.plan };
    case "failed":
      return { ...state, loading: false, error: action.message, status: action.message };
    case "dismissError":
      return { ...state, error: null };
    case "tableSearchStarted":
      return { ...state, table: { kind: "searching" }, error: null, status: action.status };
    case "tableSearched":
      return { ...state, table: action.table, status: action.status };
    case "status":
      return { ...state, status: action.status };
    case "planStored":
      return { ...state, plan: action.plan };
  }
}
