/**
 * The sheet and table names of a new plan ("Tidsplan 2008" holding the table "Tidsplan_2008"),
 * chosen so that Excel accepts them:
 * - a sheet name is 1–31 characters, without : \ / ? * [ ], not starting or ending with an
 *   apostrophe, not "History", and unique among the sheets, compared without case (Microsoft
 *   support, "Rename a worksheet" https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9;
 *   the same rules quoted by Bizzdesign's "Limitations on names of Excel mappings" and
 *   Infragistics' WorksheetCollection.Add, found with the project's search);
 * - a table name starts with a letter or "_", holds letters, digits, "_" and ".", no spaces, at
 *   most 255 characters, and is unique in the whole workbook, not just the sheet, compared without
 *   case (Microsoft support, "Rename an Excel table" https://support.microsoft.com/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114;
 *   DevExpress' Table.Name "Syntax Rules for Names"). So the new plan's table cannot be called
 *   Tidsplan while the old one is.
 */

/** The names a new plan's sheet and table get. */
export interface PlanSheetNames {
  readonly sheet: string;
  readonly table: string;
}

const SHEET_MAX = 31;
const FORBIDDEN = /[:\\/?*[\]]/gu;

/** A sheet name Excel accepts, cut to 31 characters with room for a " (n)". */
function sheetBase(name: string): string {
  const clean = name
    .replace(FORBIDDEN, " ")
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/^'+|'+$/gu, "");
  return clean === "" || clean.toLowerCase() === "history" ? "Tidsplan" : clean;
}

/** A table name Excel accepts: letters, digits, "_" and "." only, starting with a letter or "_". */
function tableBase(name: string): string {
  const clean = name.replace(/[^\p{L}\p{N}_.]+/gu, "_").replace(/^_+|_+$/gu, "");
  const safe = /^[\p{L}_]/u.test(clean) ? clean : `_${clean}`;
  return safe.slice(0, 200);
}

/**
 * Free names for the sheet and table of the plan titled `base` (e.g. "Tidsplan 2008") in a
 * workbook that has `sheets` and `tables`: the base, else "Tidsplan 2008 (2)" and "Tidsplan_2008_2",
 * and so on.
 *
 * @example
 * planSheetNames("Tidsplan 2008", ["Tidsplan"], ["Tidsplan"]); // { sheet: "Tidsplan 2008", table: "Tidsplan_2008" }
 * planSheetNames("Tidsplan 2008", ["tidsplan 2008"], ["Tidsplan_2008"]); // { sheet: "Tidsplan 2008 (2)", table: "Tidsplan_2008_2" }
 */
export function planSheetNames(
  base: string,
  sheets: readonly string[],
  tables: readonly string[],
): PlanSheetNames {
  const takenSheets = new Set(sheets.map((s) => s.toLowerCase()));
  const takenTables = new Set(tables.map((t) => t.toLowerCase()));
  const sheetRoot = sheetBase(base);
  const tableRoot = tableBase(sheetRoot);
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const sheet = `${sheetRoot.slice(0, SHEET_MAX - suffix.length).trimEnd()}${suffix}`;
    const table = n === 1 ? tableRoot : `${tableRoot}_${n}`;
    if (!takenSheets.has(sheet.toLowerCase()) && !takenTables.has(table.toLowerCase()))
      return { sheet, table };
  }
}
