/**
 * A declarative model of a worksheet: what the calendar sheet, the printable plan and the
 * Tidsplan/Ansvariga tables look like, computed in the domain. Renderers (src/excel with
 * Office.js, src/cli with ExcelJS) only apply it; they make no layout decisions of their own.
 *
 * Coordinates are 0-based (row 0, column 0 is A1). Styles are referenced by name from
 * {@link SheetModel.styles} so that renderers can apply each style once per run of cells.
 */
import type { PlainDate } from "../types";

/** A cell value. Strings are always written as text, never as formulas (a leading "=" stays text). */
export type CellValue =
  | { readonly type: "text"; readonly text: string }
  | { readonly type: "number"; readonly value: number }
  | { readonly type: "date"; readonly date: PlainDate }
  | { readonly type: "empty" };

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly fontSize?: number;
  /** "#RRGGBB" */
  readonly fontColor?: string;
  /** "#RRGGBB" */
  readonly fill?: string;
  readonly horizontalAlignment?: "left" | "center" | "right";
  readonly verticalAlignment?: "top" | "center" | "bottom";
  readonly wrapText?: boolean;
  /** Thin border on all four sides, "#RRGGBB". */
  readonly border?: string;
  /** Excel number format, e.g. "yyyy-mm-dd" or "@" (text). */
  readonly numberFormat?: string;
}

export interface CellModel {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  /** Name of a style in {@link SheetModel.styles}. */
  readonly style?: string;
}

export interface MergeModel {
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
}

export interface PrintSetup {
  readonly paperSize: "A4" | "A3";
  readonly orientation: "portrait" | "landscape";
  /** Fit all columns on one page width (height unconstrained). */
  readonly fitToPageWidth: boolean;
  /** Rows (0-based, inclusive) repeated at the top of every printed page. */
  readonly printTitleRows?: { readonly first: number; readonly last: number };
  readonly centerHeader?: string;
}

/** An Excel table (ListObject) on the sheet: a header row and body rows, filterable by the user. */
export interface TableModel {
  /** Table name (unique in the workbook, no spaces), e.g. "Tidsplan". */
  readonly name: string;
  /** 0-based row and column of the header row's first cell. */
  readonly row: number;
  readonly col: number;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Built-in table style, e.g. "TableStyleMedium2". */
  readonly tableStyle?: string;
  /** Excel number format per column (by index in headers), e.g. "yyyy-mm-dd" for date columns. */
  readonly columnNumberFormats?: readonly (string | undefined)[];
}

export interface SheetModel {
  /** Worksheet name (at most 31 characters, none of : \ / ? * [ ]). */
  readonly name: string;
  readonly cells: readonly CellModel[];
  readonly styles: Readonly<Record<string, CellStyle>>;
  readonly merges: readonly MergeModel[];
  /** Column widths in characters of the default font, by 0-based column. */
  readonly columnWidths: readonly number[];
  /** Row heights in points, by 0-based row, where not default. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** Freeze this many top rows / left columns. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly print?: PrintSetup;
  /** Excel tables on the sheet; their cells are not repeated in {@link SheetModel.cells}. */
  readonly tables?: readonly TableModel[];
  /** Marker written by the add-in so it only ever replaces sheets it generated itself. */
  readonly generatedBy: string;
}
