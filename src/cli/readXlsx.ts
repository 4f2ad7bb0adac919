/**
 * Reading a Tidsplan workbook (.xlsx) with ExcelJS: the "Tidsplan" table (or a sheet whose
 * header row names När and Händelse), the plan title (A1) and year (B2), the "Ansvariga"
 * owner register and the "Regler" table. Cells become text the way Excel shows them; date cells in När keep their date.
 */
import ExcelJS from "exceljs";
import { fromExcelSerial, plainDate, toIsoDate } from "../domain/dates";
import { mapHeaderRow, type ColumnMap } from "../domain/import";
import type { Bilingual, OwnerRecord, PlainDate, RawRow } from "../domain/types";

/** What a workbook gave. */
export type XlsxRead =
  | {
      readonly ok: true;
      readonly rows: readonly RawRow[];
      readonly title?: string;
      readonly year?: number;
      /** The plan identity in B3 beside "Plan-ID" (written by `tidsplan export --xlsx`). */
      readonly planId?: string;
      readonly owners?: readonly OwnerRecord[];
      /** The Regler table's cells as text, header row first (docs/GOVERNANCE-RULES.md). */
      readonly rules?: readonly (readonly string[])[];
    }
  | { readonly ok: false; readonly message: Bilingual };

/** A cell's value: its text, and its date when it is a date (or a date serial in När). */
interface CellRead {
  readonly text: string;
  readonly date?: PlainDate;
}

function dateOf(value: Date): PlainDate {
  // ExcelJS represents a serial as the UTC instant of that day's midnight.
  return plainDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}

function readValue(value: unknown, date1904: boolean): CellRead {
  if (value === null || value === undefined) return { text: "" };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { text: "" };
    const date = dateOf(value);
    return { text: toIsoDate(date), date };
  }
  if (typeof value === "number") {
    // A bare 2027 in När is a year heading, not 19 July 1905.
    if (Number.isInteger(value) && value >= 1900 && value < 2200) return { text: String(value) };
    const date = value > 0 ? fromExcelSerial(Math.floor(value), date1904 ? "1904" : "1900") : undefined;
    return date === undefined ? { text: String(value) } : { text: String(value), date };
  }
  if (typeof value === "string") return { text: value };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE" };
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if ("error" in record) return { text: String(record.error) };
    if ("result" in record) return readValue(record.result, date1904);
    if ("formula" in record || "sharedFormula" in record) return { text: "" };
    if (Array.isArray(record.richText)) {
      const parts = record.richText as readonly { text?: unknown }[];
      return { text: parts.map((p) => (typeof p.text === "string" ? p.text : "")).join("") };
    }
    if (typeof record.text === "string") return { text: record.text };
  }
  return { text: "" };
}

function cellRead(sheet: ExcelJS.Worksheet, row: number, col: number, date1904: boolean): CellRead {
  const cell = sheet.getRow(row).getCell(col);
  // ExcelJS gives every cell of a merged range the value of its top-left cell; Excel shows it
  // once. A month heading merged over A:C must stay one När cell, not become Händelse and Ansvar too.
  if (cell.isMerged && cell.master.address !== cell.address) return { text: "" };
  return readValue(cell.value, date1904);
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Area of a table on its sheet, from its "A3:I40" reference. */
interface Area {
  readonly sheet: ExcelJS.Worksheet;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function tableArea(workbook: ExcelJS.Workbook, name: string): Area | undefined {
  for (const sheet of workbook.worksheets) {
    const tables = sheet.getTables() as unknown as readonly unknown[];
    for (const table of tables) {
      const model = (table as { model?: { name?: unknown; tableRef?: unknown; ref?: unknown } }).model;
      if (typeof model?.name !== "string" || model.name.toLowerCase() !== name.toLowerCase()) continue;
      const ref =
        typeof model.tableRef === "string" ? model.tableRef : typeof model.ref === "string" ? model.ref : "";
      const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
      if (m?.[1] === undefined || m[2] === undefined || m[3] === undefined || m[4] === undefined) continue;
      return {
        sheet,
        left: columnNumber(m[1]),
        top: Number(m[2]),
        right: columnNumber(m[3]),
        bottom: Number(m[4]),
      };
    }
  }
  return undefined;
}

function rowTexts(area: Area, row: number, date1904: boolean): string[] {
  const texts: string[] = [];
  for (let col = area.left; col <= area.right; col += 1)
    texts.push(cellRead(area.sheet, row, col, date1904).text);
  return texts;
}

/** The first area (of `sheets`) whose first row is a header that `accept` recognises. */
function sheetArea(
  sheets: readonly ExcelJS.Worksheet[],
  accept: (cells: string[]) => boolean,
  date1904: boolean,
): Area | undefined {
  for (const sheet of sheets) {
    const right = Math.max(1, sheet.columnCount);
    const bottom = sheet.rowCount;
    for (let top = 1; top <= Math.min(bottom, 20); top += 1) {
      const area: Area = { sheet, top, left: 1, right, bottom };
      if (accept(rowTexts(area, top, date1904))) return area;
    }
  }
  return undefined;
}

/** Every sheet, the one named `name` first. */
function sheetsPreferring(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet[] {
  return [...workbook.worksheets].sort((a, b) => Number(b.name === name) - Number(a.name === name));
}

function readRows(area: Area, columns: ColumnMap, date1904: boolean): RawRow[] {
  const rows: RawRow[] = [];
  const at = (row: number, column: number | undefined): CellRead =>
    column === undefined ? { text: "" } : cellRead(area.sheet, row, area.left + column, date1904);
  for (let row = area.top + 1; row <= area.bottom; row += 1) {
    const when = at(row, columns.when);
    const id = at(row, columns.id).text.trim();
    rows.push({
      line: row,
      ...(id !== "" ? { id } : {}),
      when: when.text,
      ...(when.date !== undefined ? { whenDate: when.date } : {}),
      event: at(row, columns.event).text,
      owner: [at(row, columns.mixed).text, at(row, columns.owner).text]
        .filter((t) => t.trim() !== "")
        .join(" "),
      notes: at(row, columns.notes).text,
      ...(columns.category !== undefined ? { category: at(row, columns.category).text } : {}),
    });
  }
  return rows;
}

const OWNER_HEADERS: Readonly<Record<string, keyof OwnerRecord>> = {
  namn: "name",
  name: "name",
  alias: "aliases",
  aliases: "aliases",
  färg: "color",
  color: "color",
  colour: "color",
  "e-post": "email",
  epost: "email",
  email: "email",
  "e-mail": "email",
};

function ownerColumns(cells: readonly string[]): Partial<Record<keyof OwnerRecord, number>> {
  const map: Partial<Record<keyof OwnerRecord, number>> = {};
  cells.forEach((cell, index) => {
    const key = OWNER_HEADERS[cell.trim().toLowerCase()];
    if (key !== undefined && map[key] === undefined) map[key] = index;
  });
  return map;
}

function readOwners(workbook: ExcelJS.Workbook, date1904: boolean): OwnerRecord[] | undefined {
  const sheet = workbook.worksheets.find((w) => w.name.toLowerCase() === "ansvariga");
  const area =
    tableArea(workbook, "Ansvariga") ??
    (sheet === undefined
      ? undefined
      : sheetArea([sheet], (cells) => ownerColumns(cells).name !== undefined, date1904));
  if (area === undefined) return undefined;
  const columns = ownerColumns(rowTexts(area, area.top, date1904));
  const owners: OwnerRecord[] = [];
  const text = (row: number, column: number | undefined): string =>
    column === undefined ? "" : cellRead(area.sheet, row, area.left + column, date1904).text.trim();
  for (let row = area.top + 1; row <= area.bottom; row += 1) {
    const name = text(row, columns.name);
    if (name === "") continue;
    owners.push({
      name,
      aliases: text(row, columns.aliases)
        .split(";")
        .map((a) => a.trim())
        .filter((a) => a !== ""),
      color: text(row, columns.color),
      email: text(row, columns.email),
    });
  }
  return owners;
}

/** The Regler table (or a sheet "Regler" whose header row starts with Regel/Rule), as text. */
function readRules(workbook: ExcelJS.Workbook, date1904: boolean): string[][] | undefined {
  const sheet = workbook.worksheets.find((w) => w.name.toLowerCase() === "regler");
  const isHeader = (cells: string[]): boolean => /^(?:regel|rule)$/i.test(cells[0]?.trim() ?? "");
  const area =
    tableArea(workbook, "Regler") ??
    (sheet === undefined ? undefined : sheetArea([sheet], isHeader, date1904));
  if (area === undefined) return undefined;
  const rows: string[][] = [];
  for (let row = area.top; row <= area.bottom; row += 1) rows.push(rowTexts(area, row, date1904));
  return rows;
}

/**
 * Only the Regler table of a workbook (for `validate --rules rules.xlsx`): its cells as text,
 * header first; undefined when the file is no workbook or has no Regler table or sheet.
 *
 * @example
 * await readXlsxRules(bytes); // [["Regel", "På/Av", "Värde", "Kommentar"], ["Söndagsregeln", "Av", "", ""]]
 */
export async function readXlsxRules(bytes: Uint8Array): Promise<string[][] | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    return undefined;
  }
  return readRules(workbook, workbook.properties.date1904 === true);
}

/**
 * Read a workbook's timeline rows. Never throws: a file ExcelJS cannot open, or one with no
 * timeline table, gives `{ ok: false, message }`.
 *
 * @example
 * const read = await readXlsx(await fs.readFile("plan.xlsx"));
 * if (read.ok) importRows(read.rows, { title: read.title ?? "Tidsplan", year: read.year ?? 2027 });
 */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxRead> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    return {
      ok: false,
      message: {
        sv: "Filen går inte att läsa som Excel-arbetsbok (.xlsx).",
        en: "The file cannot be read as an Excel workbook (.xlsx).",
      },
    };
  }
  const date1904 = workbook.properties.date1904 === true;
  const area =
    tableArea(workbook, "Tidsplan") ??
    sheetArea(sheetsPreferring(workbook, "Tidsplan"), (cells) => mapHeaderRow(cells) !== null, date1904);
  if (area === undefined) {
    return {
      ok: false,
      message: {
        sv: "Arbetsboken har ingen tabell Tidsplan och inget blad med rubrikerna När och Händelse.",
        en: "The workbook has no Tidsplan table and no sheet with the headers När/When and Händelse/Event.",
      },
    };
  }
  const columns = mapHeaderRow(rowTexts(area, area.top, date1904)) ?? {};
  const rows = readRows(area, columns, date1904);
  const title = area.top > 1 ? cellRead(area.sheet, 1, 1, date1904).text.trim() : "";
  const yearText = area.top > 2 ? cellRead(area.sheet, 2, 2, date1904).text.trim() : "";
  const planIdLabel = area.top > 3 ? cellRead(area.sheet, 3, 1, date1904).text.trim().toLowerCase() : "";
  const planId =
    planIdLabel === "plan-id" || planIdLabel === "plan id"
      ? cellRead(area.sheet, 3, 2, date1904).text.trim()
      : "";
  const owners = readOwners(workbook, date1904);
  const rules = readRules(workbook, date1904);
  return {
    ok: true,
    rows,
    ...(title !== "" ? { title } : {}),
    ...(/^\d{4}$/.test(yearText) ? { year: Number(yearText) } : {}),
    ...(planId !== "" ? { planId } : {}),
    ...(owners !== undefined ? { owners } : {}),
    ...(rules !== undefined ? { rules } : {}),
  };
}
