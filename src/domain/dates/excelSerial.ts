/**
 * The one place Excel serial numbers become plan dates and back.
 *
 * 1900 system (Windows default): serial 1 is 1900-01-01. Excel copied Lotus 1-2-3's bug of
 * treating 1900 as a leap year, so serial 60 is the non-existent 29 February 1900 and every serial
 * from 61 (1 March 1900) on is one more than the true day count. Serial 0 displays as
 * "1900-01-00"; we treat 0 and 60 as no date.
 *
 * 1904 system (old Mac workbooks): serial 0 is 1904-01-01, no quirk.
 */
import type { PlainDate } from "../types";
import { addDays, compareDates, daysBetween, isValidDate, plainDate } from "./plainDate";

export type ExcelDateSystem = "1900" | "1904";

/** Serial 0 in the 1900 system, counted as if 1900 had no leap day: 1899-12-31. */
const EPOCH_1900 = plainDate(1899, 12, 31);
const EPOCH_1904 = plainDate(1904, 1, 1);
const MARCH_1_1900 = plainDate(1900, 3, 1);
/** Excel's largest date, 9999-12-31. */
const MAX_DATE = plainDate(9999, 12, 31);

/**
 * The Excel serial number of a date.
 *
 * @example
 * toExcelSerial(plainDate(2007, 2, 5)); // 39118
 * toExcelSerial(plainDate(1900, 3, 1)); // 61
 * toExcelSerial(plainDate(2007, 2, 5), "1904"); // 37656
 */
export function toExcelSerial(d: PlainDate, system: ExcelDateSystem = "1900"): number {
  if (system === "1904") return daysBetween(EPOCH_1904, d);
  const days = daysBetween(EPOCH_1900, d);
  // From 1 March 1900 on, Excel counts the phantom 29 February.
  return compareDates(d, MARCH_1_1900) >= 0 ? days + 1 : days;
}

/**
 * The date of an Excel serial number; a fractional part (time of day) is dropped. Undefined for
 * serials that are no real date: NaN, negative, 0 and 60 in the 1900 system, beyond 9999-12-31.
 *
 * @example
 * fromExcelSerial(39118); // 2007-02-05
 * fromExcelSerial(39118.75); // 2007-02-05 (18:00 dropped)
 * fromExcelSerial(60); // undefined (29 February 1900 never existed)
 */
export function fromExcelSerial(n: number, system: ExcelDateSystem = "1900"): PlainDate | undefined {
  if (!Number.isFinite(n)) return undefined;
  const serial = Math.floor(n);
  if (serial < 0 || serial > 3_000_000) return undefined;
  let date: PlainDate;
  if (system === "1904") {
    date = addDays(EPOCH_1904, serial);
  } else {
    if (serial === 0 || serial === 60) return undefined;
    date = addDays(EPOCH_1900, serial < 60 ? serial : serial - 1);
  }
  if (compareDates(date, MAX_DATE) > 0) return undefined;
  return isValidDate(date.year, date.month, date.day) ? date : undefined;
}
