/**
 * Whether this Excel can put a picture on a sheet (Worksheet.shapes.addImage, ExcelApi 1.9).
 * The in-memory workbook of the harness always can. Without a host (office.js loaded outside
 * Excel) there is no requirement set to ask, so the answer is no.
 */
import type { WorkbookPort } from "../../../excel/workbookPort";

export function pictureInsertSupported(port: WorkbookPort): boolean {
  if (port.kind === "memory") return true;
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.9");
  } catch {
    // Office.context is undefined before Office.onReady or outside a host.
    return false;
  }
}
