import { createContext, useContext, useMemo, useReducer, type Dispatch } from "react";
import type { WorkbookPort } from "../../excel/workbookPort";
import { initialPaneState, paneReducer, type PaneAction, type PaneState } from "./paneState";

interface PaneContextValue {
  readonly state: PaneState;
  readonly dispatch: Dispatch<PaneAction>;
  /** The workbook: Office.js in Excel, in memory in the harness. */
  readonly port: WorkbookPort;
}

const PaneContext = createContext<PaneContextValue | null>(null);

/** Holds the pane's state and the workbook port for every component below. */
export function PaneProvider(props: { port: WorkbookPort; children: React.ReactNode }) {
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);
  const value = useMemo(() => ({ state, dispatch, port: props.port }), [state, props.port]);
  return <PaneContext.Provider value={value}>{props.children}</PaneContext.Provider>;
}

/** The pane's state, its dispatch, and the workbook port. */
export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (value === null) throw new Error("usePane() outside <PaneProvider>");
  return value;
}
