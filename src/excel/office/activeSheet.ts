/**
 * Reading the active sheet's cells as displayed text (for converting a timeline in document
 * layout into a Tidsplan table): one sync, nothing written.
 */
import { portOk } from "../portErrors";
import type { ActiveSheetRead, PortResult } from "../workbookPort";
import { runExcel } from "./runExcel";

/**
 * The active sheet's name and the displayed text of its used range, padded with empty rows and
 * columns above and left of it so that values[r][c] is sheet cell (r, c).
 */
export function readActiveSheet(): Promise<PortResult<ActiveSheetRead>> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(["text", "rowIndex", "columnIndex"]);
    await context.sync();
    if (used.isNullObject) return portOk({ name: sheet.name, values: [] });
    const lead: string[] = new Array<string>(used.columnIndex).fill("");
    const values: string[][] = [
      ...Array.from({ length: used.rowIndex }, () => []),
      ...used.text.map((row) => [...lead, ...row.map(String)]),
    ];
    return portOk({ name: sheet.name, values });
  });
}
