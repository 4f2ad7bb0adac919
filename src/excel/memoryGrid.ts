/**
 * The data of the in-memory workbook: sheets as sparse grids of cells (value + number format),
 * tables as rectangles on them (header row + body rows). Coordinates are 0-based.
 */
import { EXCEL_CELL_MAX_CHARS } from "../domain/excelLimits";
import type { CellScalar } from "../domain/table/checkWritePlan";

export interface MemoryCell {
  readonly value: CellScalar;
  readonly numberFormat: string;
  /** Name of the sheet-model style applied, when rendered from a model. */
  readonly style?: string;
}

export interface MemorySheet {
  readonly name: string;
  readonly cells: Map<string, MemoryCell>;
  /** Set on sheets the add-in generated from a sheet model. */
  generatedBy?: string;
  protected: boolean;
}

export interface MemoryTable {
  readonly name: string;
  readonly sheet: string;
  /** Header row. */
  readonly top: number;
  readonly left: number;
  columnCount: number;
  rowCount: number;
  /** The Ansvarig dropdown's source, when data validation was added. */
  ownerDropdown?: readonly string[];
  /** True when the Kontroll-driven highlight rules are on the body. */
  highlighted: boolean;
}

const key = (row: number, col: number): string => `${row},${col}`;

export class MemoryGrid {
  readonly sheets = new Map<string, MemorySheet>();
  readonly tables = new Map<string, MemoryTable>();

  /**
   * Add a sheet. As Excel: a name of 1–31 characters without : \ / ? * [ ] (else InvalidArgument;
   * Microsoft support, "Rename a worksheet"), not another sheet's, compared without case (else
   * ItemAlreadyExists: "A resource with the same name or identifier already exists",
   * OfficeDev/office-scripts-docs #560).
   */
  addSheet(name: string): MemorySheet {
    if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/u.test(name)) {
      throw Object.assign(new Error(`Excel refuses the sheet name "${name}".`), { code: "InvalidArgument" });
    }
    if ([...this.sheets.keys()].some((other) => other.toLowerCase() === name.toLowerCase())) {
      throw Object.assign(new Error(`A sheet "${name}" exists.`), { code: "ItemAlreadyExists" });
    }
    const sheet: MemorySheet = { name, cells: new Map(), protected: false };
    this.sheets.set(name, sheet);
    return sheet;
  }

  /**
   * Add a table. As Excel: a table name is unique in the whole workbook, not only on its sheet,
   * compared without case; a second one fails with InvalidArgument (OfficeDev/office-js #551).
   */
  addTable(table: MemoryTable): void {
    if ([...this.tables.keys()].some((other) => other.toLowerCase() === table.name.toLowerCase())) {
      throw Object.assign(new Error(`A table "${table.name}" exists.`), { code: "InvalidArgument" });
    }
    this.tables.set(table.name, table);
  }

  deleteSheet(name: string): void {
    this.sheets.delete(name);
    for (const [tableName, table] of this.tables) if (table.sheet === name) this.tables.delete(tableName);
  }

  get(sheet: string, row: number, col: number): MemoryCell | undefined {
    return this.sheets.get(sheet)?.cells.get(key(row, col));
  }

  /** Write a value; keeps the cell's number format unless one is given. */
  set(
    sheet: string,
    row: number,
    col: number,
    value: CellScalar,
    numberFormat?: string,
    style?: string,
  ): void {
    const cells = this.sheets.get(sheet)?.cells;
    if (cells === undefined) return;
    // As Excel: a cell holds at most 32,767 characters, and a longer write fails the request
    // (so a test on this workbook catches a text that was not fitted, see fitCellText).
    if (typeof value === "string" && value.length > EXCEL_CELL_MAX_CHARS) {
      throw Object.assign(new Error("A cell holds at most 32,767 characters."), { code: "InvalidArgument" });
    }
    const old = cells.get(key(row, col));
    cells.set(key(row, col), {
      value,
      numberFormat: numberFormat ?? old?.numberFormat ?? "General",
      ...(style === undefined ? {} : { style }),
    });
  }

  /** The values of a rectangle ("" for empty cells). */
  values(sheet: string, top: number, left: number, rows: number, cols: number): CellScalar[][] {
    const out: CellScalar[][] = [];
    for (let r = 0; r < rows; r += 1) {
      const row: CellScalar[] = [];
      for (let c = 0; c < cols; c += 1) row.push(this.get(sheet, top + r, left + c)?.value ?? "");
      out.push(row);
    }
    return out;
  }

  tableHeader(table: MemoryTable): string[] {
    return this.values(table.sheet, table.top, table.left, 1, table.columnCount)[0]?.map(String) ?? [];
  }

  tableBody(table: MemoryTable): CellScalar[][] {
    return this.values(table.sheet, table.top + 1, table.left, table.rowCount, table.columnCount);
  }

  /** Write one body column (0-based column index in the table) from body row `firstRow` on. */
  writeColumn(table: MemoryTable, col: number, firstRow: number, values: readonly CellScalar[]): void {
    values.forEach((value, i) =>
      this.set(table.sheet, table.top + 1 + firstRow + i, table.left + col, value),
    );
  }

  /** Reorder the body rows: new row i is old row order[i] (cells with their formats). */
  reorderRows(table: MemoryTable, order: readonly number[]): void {
    const sheet = this.sheets.get(table.sheet);
    if (sheet === undefined) return;
    const old: (MemoryCell | undefined)[][] = [];
    for (let r = 0; r < table.rowCount; r += 1) {
      const row: (MemoryCell | undefined)[] = [];
      for (let c = 0; c < table.columnCount; c += 1)
        row.push(this.get(table.sheet, table.top + 1 + r, table.left + c));
      old.push(row);
    }
    order.forEach((from, to) => {
      for (let c = 0; c < table.columnCount; c += 1) {
        const cell = old[from]?.[c];
        const at = key(table.top + 1 + to, table.left + c);
        if (cell === undefined) sheet.cells.delete(at);
        else sheet.cells.set(at, cell);
      }
    });
  }
}
