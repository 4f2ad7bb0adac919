/**
 * The in-memory workbook's owner register (Ansvariga) and generated sheets, on a
 * {@link MemoryGrid}: same rules as the Office implementation (see {@link ./memoryTimelineOps}).
 */
import { toExcelSerial } from "../domain/dates/excelSerial";
import type { SheetModel } from "../domain/sheet/sheetModel";
import {
  OWNERS_TABLE_NAME,
  OWNER_HEADERS,
  TEXT_FORMAT,
  mapHeaders,
  mergeOwners,
  ownersFromValues,
  ownersToValues,
} from "../domain/table";
import type { Language, OwnerRecord } from "../domain/types";
import type { MemoryGrid, MemoryTable } from "./memoryGrid";
import { portFailure, portOk } from "./portErrors";
import type { OwnersTableResult, PortResult } from "./workbookPort";

function portFailureMessage(code: "unsupported" | "no-table") {
  const failure = portFailure<never>(code);
  return failure.ok ? { sv: "", en: "" } : failure.message;
}

/** readOwners, createOwnersTable and renderSheetModel over one grid. */
export function memorySheetOps(
  grid: MemoryGrid,
  hooks: { readonly dataValidation: boolean },
  findTimelineTable: () => MemoryTable | undefined,
) {
  const isProtected = (sheet: string): boolean => grid.sheets.get(sheet)?.protected === true;

  const readOwners = (): PortResult<OwnerRecord[] | null> => {
    const table = grid.tables.get(OWNERS_TABLE_NAME);
    if (table === undefined) return portOk(null);
    return portOk(
      ownersFromValues(
        grid.values(table.sheet, table.top, table.left, table.rowCount + 1, table.columnCount),
      ),
    );
  };

  const createOwnersTable = (owners: readonly OwnerRecord[]): PortResult<OwnersTableResult> => {
    const existing = grid.tables.get(OWNERS_TABLE_NAME);
    if (existing === undefined && grid.sheets.has(OWNERS_TABLE_NAME)) return portFailure("name-taken");
    if (existing !== undefined && isProtected(existing.sheet)) return portFailure("protected-sheet");
    const before = readOwners();
    const merged = mergeOwners(before.ok ? (before.value ?? []) : [], owners);
    if (existing === undefined) grid.addSheet(OWNERS_TABLE_NAME);
    const sheet = existing?.sheet ?? OWNERS_TABLE_NAME;
    const top = existing?.top ?? 0;
    const left = existing?.left ?? 0;
    const timeline = findTimelineTable();
    const lang: Language = (timeline && mapHeaders(grid.tableHeader(timeline))?.language) || "sv";
    [OWNER_HEADERS[lang], ...ownersToValues(merged)].forEach((row, r) =>
      row.forEach((value, c) => grid.set(sheet, top + r, left + c, value, TEXT_FORMAT)),
    );
    grid.tables.set(OWNERS_TABLE_NAME, {
      name: OWNERS_TABLE_NAME,
      sheet,
      top,
      left,
      columnCount: 4,
      rowCount: merged.length,
      highlighted: false,
    });
    if (!hooks.dataValidation) {
      return portOk({
        dropdown: false,
        dropdownMessage: portFailureMessage("unsupported"),
      });
    }
    if (timeline === undefined)
      return portOk({
        dropdown: false,
        dropdownMessage: portFailureMessage("no-table"),
      });
    timeline.ownerDropdown = merged.map((owner) => owner.name);
    return portOk({ dropdown: true });
  };

  const renderSheetModel = (model: SheetModel): PortResult<void> => {
    const existing = grid.sheets.get(model.name);
    if (existing !== undefined && existing.generatedBy === undefined) return portFailure("name-taken");
    if (existing?.protected === true) return portFailure("protected-sheet");
    if (existing !== undefined) grid.deleteSheet(model.name);
    const sheet = grid.addSheet(model.name);
    sheet.generatedBy = model.generatedBy;
    for (const cell of model.cells) {
      const style = cell.style === undefined ? undefined : model.styles[cell.style];
      const v = cell.value;
      if (v.type === "empty") continue;
      const value = v.type === "text" ? v.text : v.type === "number" ? v.value : toExcelSerial(v.date);
      const format =
        style?.numberFormat ??
        (v.type === "text" ? TEXT_FORMAT : v.type === "date" ? "yyyy-mm-dd" : "General");
      grid.set(model.name, cell.row, cell.col, value, format, cell.style);
    }
    return portOk(undefined);
  };

  return { readOwners, createOwnersTable, renderSheetModel };
}
