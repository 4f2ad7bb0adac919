/**
 * Creating the Ansvariga table (or adding new names to it) and the in-cell dropdown on the
 * Ansvarig column (data validation, ExcelApi 1.8: feature-detected; without it the rest works).
 * A module of its own, loaded on first use rather than at the task pane's start.
 */
import {
  OWNERS_TABLE_NAME,
  OWNER_HEADERS,
  TEXT_FORMAT,
  mergeOwners,
  ownersFromValues,
  ownersToValues,
  type CellScalar,
} from "../../domain/table";
import type { Language, OwnerRecord } from "../../domain/types";
import { portFailure, portOk } from "../portErrors";
import type { OwnersTableResult, PortResult } from "../workbookPort";
import { locateTimelineTable } from "./locateTable";
import { runExcel } from "./runExcel";
import { queueWrite } from "./writeColumns";

function messageOf(code: "unsupported" | "no-table") {
  const failure = portFailure<never>(code);
  return failure.ok ? { sv: "", en: "" } : failure.message;
}

/** Create the Ansvariga table (or add the new names to it) and the Ansvarig dropdown. */
export function createOwnersTable(owners: readonly OwnerRecord[]): Promise<PortResult<OwnersTableResult>> {
  return runExcel(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(OWNERS_TABLE_NAME);
    const sheet = context.workbook.worksheets.getItemOrNullObject(OWNERS_TABLE_NAME);
    await context.sync();
    let lang: Language = "sv";
    if (table.isNullObject) {
      if (!sheet.isNullObject) return portFailure("name-taken");
      const created = context.workbook.worksheets.add(OWNERS_TABLE_NAME);
      const rows: CellScalar[][] = [[...OWNER_HEADERS.sv], ...ownersToValues(mergeOwners([], owners))];
      queueWrite(
        created,
        0,
        0,
        rows,
        OWNER_HEADERS.sv.map(() => TEXT_FORMAT),
      );
      const added = created.tables.add(`A1:D${Math.max(rows.length, 2)}`, true);
      added.name = OWNERS_TABLE_NAME;
    } else {
      const range = table.getRange().load("values");
      const protection = table.worksheet.protection.load("protected");
      await context.sync();
      if (protection.protected) return portFailure("protected-sheet");
      const existing = ownersFromValues(range.values as CellScalar[][]) ?? [];
      const header = String(range.values[0]?.[0] ?? "");
      if (header.toLowerCase() === "name") lang = "en";
      const fresh = mergeOwners(existing, owners).slice(existing.length);
      if (fresh.length > 0) table.rows.add(undefined, ownersToValues(fresh));
    }
    await context.sync();
    if (!Office.context.requirements.isSetSupported("ExcelApi", "1.8")) {
      return portOk({ dropdown: false, dropdownMessage: messageOf("unsupported") });
    }
    const timeline = await locateTimelineTable(context);
    const ownerColumn = timeline?.mapping.columns.owner;
    if (timeline === null || ownerColumn === undefined || timeline.body.length === 0) {
      return portOk({ dropdown: false, dropdownMessage: messageOf("no-table") });
    }
    if (timeline.protected) return portFailure("protected-sheet");
    const cells = timeline.sheet.getRangeByIndexes(
      timeline.bodyRow,
      timeline.left + ownerColumn,
      timeline.body.length,
      1,
    );
    cells.dataValidation.clear();
    cells.dataValidation.rule = {
      list: {
        inCellDropDown: true,
        source: `=INDIRECT("${OWNERS_TABLE_NAME}[${OWNER_HEADERS[lang][0] ?? "Namn"}]")`,
      },
    };
    // A name not (yet) in the register is allowed: the check reports it, Excel should not block it.
    cells.dataValidation.errorAlert = { showAlert: false, style: "Information", title: "", message: "" };
    await context.sync();
    return portOk({ dropdown: true });
  });
}
