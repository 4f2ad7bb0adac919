/**
 * Table body values (as Excel returns them) → RawRow. The values of a new table are in
 * tableValues.ts: they need the date parser, which reading a table does not.
 */
import { fromExcelSerial } from "../dates/excelSerial";
import { toIsoDate } from "../dates/plainDate";
import type { RawRow } from "../types";
import type { CellScalar } from "./checkWritePlan";
import type { HeaderMapping, TableColumnKey } from "./columns";

function cellText(value: CellScalar | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value.trim();
  return String(value);
}

/**
 * The rows of a table body. Blank rows are left out; `line` is the 1-based sheet row.
 * A När cell holding a number is an Excel date: its date is kept in `whenDate` and its text is
 * the ISO date.
 *
 * @example
 * rawRowsFromValues([["r1", "5 februari", "Budget"]], { columns: { id: 0, when: 1, event: 2 }, language: "sv" }, 5)
 * // → [{ line: 5, id: "r1", when: "5 februari", event: "Budget", owner: "", notes: "" }]
 */
export function rawRowsFromValues(
  body: readonly (readonly CellScalar[])[],
  mapping: HeaderMapping,
  firstLine: number,
): RawRow[] {
  const at = (row: readonly CellScalar[], key: TableColumnKey): CellScalar | undefined => {
    const index = mapping.columns[key];
    return index === undefined ? undefined : row[index];
  };
  const rows: RawRow[] = [];
  body.forEach((row, index) => {
    if (row.every((value) => cellText(value) === "")) return;
    const whenValue = at(row, "when");
    const whenDate = typeof whenValue === "number" ? fromExcelSerial(whenValue) : null;
    const id = cellText(at(row, "id"));
    const category = cellText(at(row, "category"));
    rows.push({
      line: firstLine + index,
      ...(id === "" ? {} : { id }),
      when: whenDate === null || whenDate === undefined ? cellText(whenValue) : toIsoDate(whenDate),
      event: cellText(at(row, "event")),
      owner: cellText(at(row, "owner")),
      notes: cellText(at(row, "notes")),
      ...(category === "" ? {} : { category }),
      ...(whenDate === null || whenDate === undefined ? {} : { whenDate }),
    });
  });
  return rows;
}
