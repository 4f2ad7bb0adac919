/**
 * The table cells of a derived row, by column of the user's Tidsplan table (whatever its order,
 * language and extra columns): what the Excel and the in-memory adapters write for Härled datum.
 */
import { toExcelSerial } from "../dates/excelSerial";
import { fitCellText } from "../excelLimits";
import { inferKind } from "../import/inferKind";
import type { CellScalar } from "../table/checkWritePlan";
import type { HeaderMapping, TableColumnKey } from "../table/columns";
import { kindLabel } from "../table/kindLabels";
import type { DerivedCells } from "./deriveChains";

/** The cells Härled datum writes into an existing derived row (the rest is the user's or the check's). */
export const UPDATED_COLUMNS: readonly TableColumnKey[] = ["when", "start", "end", "event", "notes"];

/**
 * The value of one column for a derived row; Start and Slut as 1900-system Excel serials (the
 * Office adapter converts for a 1904 workbook).
 *
 * @example
 * derivedCell(add, "start"); // 46471 (2027-03-25)
 */
export function derivedCell(cells: DerivedCells, key: TableColumnKey, mapping: HeaderMapping): CellScalar {
  switch (key) {
    case "id":
      return cells.id;
    case "when":
      return fitCellText(cells.when);
    case "start":
    case "end":
      return toExcelSerial(cells.date);
    case "event":
      return fitCellText(cells.event);
    case "owner":
      return fitCellText(cells.owner);
    case "notes":
      return fitCellText(cells.notes);
    case "category":
      return kindLabel(inferKind(cells.event), mapping.language);
    case "check":
      return "";
  }
}

/**
 * A whole new row of `width` cells in the table's own column order (unknown columns empty).
 *
 * @example
 * derivedRowValues(add, { columns: { when: 0, event: 1 }, language: "sv" }, 3); // ["senast 25 mars", "Kallelse – …", ""]
 */
export function derivedRowValues(cells: DerivedCells, mapping: HeaderMapping, width: number): CellScalar[] {
  const row: CellScalar[] = new Array<CellScalar>(width).fill("");
  for (const [key, index] of Object.entries(mapping.columns) as [TableColumnKey, number][])
    if (index < width) row[index] = derivedCell(cells, key, mapping);
  return row;
}
