/**
 * What the browser bundles (task pane, ribbon commands) use instead of holidayLibrarySE.ts:
 * webpack.config.js aliases that module to this one, so date-holidays, moment-timezone and
 * astronomia (~200 KB gzipped) are not shipped to Excel.
 *
 * The limit this sets: in the add-in, Swedish holidays are known for the years of the written-out
 * table (holidayTableSE.ts, SWEDISH_HOLIDAY_FIRST_YEAR and the 300 years after it, 1900–2200);
 * for a year outside it there is no holiday known, so a date there is never flagged as a holiday
 * and calendars show none. The CLI (Node) keeps the library and knows every year 1–9999.
 */
import type { SwedishHoliday } from "./holidays";

/** No holidays: a year outside the table has none known in the browser. */
export function swedishHolidaysFromLibrary(_year: number): readonly SwedishHoliday[] {
  return [];
}
