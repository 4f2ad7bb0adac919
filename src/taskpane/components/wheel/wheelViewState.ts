/** The wheel view's own state: its choices, the drawn SVG and what it is doing. */
import type { Bilingual } from "../../../domain/types";
import type { RingMode } from "../../../domain/wheel";
import type { WheelData } from "../../../workflows/wheel";
import type { WheelMessageKey } from "../../i18n/wheelMessages";

export interface WheelViewState {
  readonly rings: RingMode;
  readonly startMonth: number;
  readonly data: WheelData | null;
  readonly busy: "reading" | "inserting" | null;
  /** A message key of the catalogue, or null. */
  readonly status: WheelMessageKey | null;
  /** Appended to the status (the sheet's name after an insert). */
  readonly statusDetail: string;
  readonly error: Bilingual | null;
}

export type WheelViewAction =
  | { readonly type: "rings"; readonly rings: RingMode }
  | { readonly type: "startMonth"; readonly startMonth: number }
  | { readonly type: "readStarted" }
  | { readonly type: "read"; readonly data: WheelData | null }
  | { readonly type: "insertStarted" }
  | { readonly type: "inserted"; readonly sheet: string }
  | { readonly type: "failed"; readonly message: Bilingual }
  | { readonly type: "dismissError" };

export const initialWheelViewState: WheelViewState = {
  rings: "owner",
  startMonth: 1,
  data: null,
  busy: null,
  status: null,
  statusDetail: "",
  error: null,
};

export function wheelViewReducer(state: WheelViewState, action: WheelViewAction): WheelViewState {
  switch (action.type) {
    case "rings":
      return { ...state, rings: action.rings };
    case "startMonth":
      return { ...state, startMonth: action.startMonth };
    case "readStarted":
      return { ...state, busy: "reading", status: "reading", statusDetail: "", error: null };
    case "read":
      return { ...state, busy: null, data: action.data, status: action.data === null ? "noTable" : "drawn" };
    case "insertStarted":
      return { ...state, busy: "inserting", status: "inserting", statusDetail: "", error: null };
    case "inserted":
      return { ...state, busy: null, status: "inserted", statusDetail: action.sheet };
    case "failed":
      return { ...state, busy: null, status: null, error: action.message };
    case "dismissError":
      return { ...state, error: null };
  }
}
