/**
 * The workbook's date system. A workbook in the 1904 date system (an option in Excel, common in
 * files first made on a Mac) counts serial numbers from 1904-01-01, so every date written as a
 * 1900-system serial would be 1,462 days off. Office.js has no property for it, but
 * Excel.Functions.date (ExcelApi 1.2) computes DATE() in the workbook's own system: "year … from
 * 1900 or 1904 (depending on the workbook's date system)"
 * (https://learn.microsoft.com/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1));
 * DATE(1904,1,1) is 0 in a 1904 workbook and 1462 in a 1900 one. It is asked in the batch that
 * reads or writes dates, so it costs no sync. The domain works in 1900-system serials; the
 * adapter converts at the edge (toWorkbookSerial, fromWorkbookSerial).
 */
import type { ExcelDateSystem } from "../../domain/dates/excelSerial";
import type { CellScalar } from "../../domain/table";

/** Days between the two systems' day zero: 1904-01-01 is serial 1462 in the 1900 system. */
export const DAYS_1900_TO_1904 = 1462;

/** Queue the probe in the caller's batch; the function reads it after that batch's sync. */
export function queueDateSystem(context: Excel.RequestContext): () => ExcelDateSystem {
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  return () => (probe.value === 0 ? "1904" : "1900");
}

/** A 1900-system serial (as the domain computes it) as this workbook stores it; text stays. */
export function toWorkbookSerial(value: CellScalar, system: ExcelDateSystem): CellScalar {
  return system === "1904" && typeof value === "number" ? value - DAYS_1900_TO_1904 : value;
}

/** A serial as this workbook stores it, in the 1900 system the domain reads; text stays. */
export function fromWorkbookSerial(value: CellScalar, system: ExcelDateSystem): CellScalar {
  return system === "1904" && typeof value === "number" ? value + DAYS_1900_TO_1904 : value;
}
