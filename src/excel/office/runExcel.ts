/**
 * Excel.run with the failures a user meets turned into PortResults: cell-edit mode is waited
 * out and retried a few times, protected sheets, the 5 MB request limit and missing requirement
 * sets get their own codes. `return await` inside try, so async failures reach the catch.
 */
import { portFailure, type PortErrorCode } from "../portErrors";
import type { PortResult } from "../workbookPort";

/**
 * The OfficeExtension.Error codes we act on: values of Excel.ErrorCodes
 * (https://learn.microsoft.com/javascript/api/excel/excel.errorcodes), plus
 * RequestPayloadSizeLimitExceeded, which Excel on the web throws for a request over 5 MB
 * (https://learn.microsoft.com/office/dev/add-ins/excel/performance, "payload size"). A code no
 * Excel has is not listed (a test holds every key to those sources).
 *
 * ItemNotFound is "item-missing", not "no-table": the add-in asks for its tables with
 * *OrNullObject or catches the one getItem it expects to miss (locateTable.ts), so an
 * ItemNotFound that reaches here means something vanished while the batch ran.
 */
export const CODE_MAP: Readonly<Record<string, PortErrorCode>> = {
  InvalidOperationInCellEditMode: "cell-edit-mode",
  AccessDenied: "protected-sheet",
  RequestPayloadSizeLimitExceeded: "request-too-large",
  ResponsePayloadSizeLimitExceeded: "response-too-large",
  ApiNotFound: "unsupported",
  UnsupportedFeature: "unsupported",
  ItemNotFound: "item-missing",
  // worksheets.add with a name another sheet has: "A resource with the same name or identifier
  // already exists" (OfficeDev/office-scripts-docs #560).
  ItemAlreadyExists: "name-taken",
};

/** The stable port code for an error thrown inside Excel.run. */
export function portCodeOf(error: unknown): PortErrorCode {
  if (error instanceof TableChangedError) return "changed-meanwhile";
  const code =
    typeof error === "object" && error !== null && "code" in error
      ? String((error as { code: unknown }).code)
      : "";
  return CODE_MAP[code] ?? "unknown";
}

/** Thrown inside a batch when the table changed between read and write. */
export class TableChangedError extends Error {
  constructor() {
    super("table changed meanwhile");
    this.name = "TableChangedError";
  }
}

/** Waits between cell-edit-mode retries, in ms (tests set it to zeros). */
export const retrySettings = {
  delaysMs: [250, 500, 1000, 2000] as readonly number[],
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Where ExcelApi 1.11 is supported, a batch waits while the user edits a cell instead of failing
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit,
 * Excel.RunOptions.delayForCellEdit: https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
 * Older builds fail with InvalidOperationInCellEditMode, which runExcel waits out and retries.
 */
function runOptions(): Excel.RunOptions | null {
  // Without Office.context (a host page not yet initialised, a test's bare Excel) nothing is asked.
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return requirements?.isSetSupported("ExcelApi", "1.11") === true ? { delayForCellEdit: true } : null;
}

/**
 * Run a batch function in Excel and map failures. The batch returns its own PortResult (so it
 * can refuse, e.g. "name-taken", without throwing).
 */
export async function runExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<PortResult<T>>,
): Promise<PortResult<T>> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const options = runOptions();
      return await (options === null ? Excel.run(batch) : Excel.run(options, batch));
    } catch (error) {
      const code = portCodeOf(error);
      const delay = retrySettings.delaysMs[attempt];
      if (code === "cell-edit-mode" && delay !== undefined) {
        await sleep(delay);
        continue;
      }
      return portFailure<T>(code);
    }
  }
}
