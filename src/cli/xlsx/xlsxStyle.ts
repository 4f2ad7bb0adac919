/**
 * Translates a sheet model's {@link CellStyle} into ExcelJS style objects.
 */
import type ExcelJS from "exceljs";
import type { CellStyle } from "../../domain/sheet/sheetModel";

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

/**
 * The ExcelJS style of a model style.
 *
 * @example
 * toExcelStyle({ bold: true, fill: "#FFF2CC" }).fill; // { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } }
 */
export function toExcelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const result: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  if (Object.keys(font).length > 0) result.font = font;
  if (style.fill) result.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.horizontalAlignment) alignment.horizontal = style.horizontalAlignment;
  if (style.verticalAlignment)
    alignment.vertical = style.verticalAlignment === "center" ? "middle" : style.verticalAlignment;
  if (style.wrapText) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) result.alignment = alignment;
  if (style.border) {
    const side: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb(style.border) } };
    result.border = { top: side, left: side, bottom: side, right: side };
  }
  if (style.numberFormat) result.numFmt = style.numberFormat;
  return result;
}
