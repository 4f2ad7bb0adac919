/**
 * For the browser tests: a port whose getPlanInfo, readTimelineTable and checkTable fail with a given Office
 * error code, so the pane's error MessageBar can be seen and tested without Excel.
 */
import { portFailure, type PortErrorCode } from "../excel/portErrors";
import type { WorkbookPort } from "../excel/workbookPort";

const CODES: readonly PortErrorCode[] = [
  "cell-edit-mode",
  "protected-sheet",
  "request-too-large",
  "response-too-large",
  "item-missing",
  "filtered-table",
  "unsupported",
  "changed-meanwhile",
  "no-table",
  "name-taken",
  "unknown",
];

export function isPortErrorCode(value: string | null): value is PortErrorCode {
  return value !== null && (CODES as readonly string[]).includes(value);
}

/** `port` with its reads failing as Excel would with `code`. */
export function failingReads(port: WorkbookPort, code: PortErrorCode): WorkbookPort {
  return {
    ...port,
    getPlanInfo: () => Promise.resolve(portFailure(code)),
    readTimelineTable: () => Promise.resolve(portFailure(code)),
    checkTable: () => Promise.resolve(portFailure(code)),
  };
}
