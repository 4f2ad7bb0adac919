/**
 * The Regler table as a sheet model, so a workbook written by `tidsplan derive --xlsx` carries the
 * chains it was derived with (and the next derive from it uses them again).
 */
import type { SheetModel } from "../sheet/sheetModel";

function text(cell: unknown): string {
  if (typeof cell === "string") return cell;
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  return "";
}

/**
 * A sheet "Regler" with the table "Regler" holding `cells` (header row first).
 *
 * @example
 * reglerSheet([["Regel", "På/Av", "Värde", "Kommentar"], ["Kedja: KS", "På", "kallelse 5 dagar före", ""]]).tables?.[0]?.name;
 * // "Regler"
 */
export function reglerSheet(cells: readonly (readonly unknown[])[]): SheetModel {
  const [header = ["Regel", "På/Av", "Värde", "Kommentar"], ...body] = cells;
  const width = Math.max(4, header.length);
  const row = (cells: readonly unknown[]) =>
    Array.from({ length: width }, (_, i) => ({ type: "text" as const, text: text(cells[i]) }));
  return {
    name: "Regler",
    cells: [],
    styles: {},
    merges: [],
    columnWidths: [46, 8, 70, 50],
    tables: [
      {
        name: "Regler",
        row: 0,
        col: 0,
        headers: row(header).map((cell, i) => (cell.text === "" ? `Kolumn ${i + 1}` : cell.text)),
        rows: body.map(row),
        tableStyle: "TableStyleLight9",
      },
    ],
    generatedBy: "tidsplan:regler",
  };
}
