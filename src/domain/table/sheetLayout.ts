/**
 * Where things sit on the Tidsplan sheet the add-in creates: title in A1, "Planår" and the
 * year in A2:B2, "Plan-ID" and the plan's identity in A3:B3, the table's header row on row 4. Number formats per column: text ("@") for
 * everything a user writes, so "5 februari" stays text and "=HYPERLINK(…)" never becomes a formula.
 */
import type { Language } from "../types";
import type { TableColumnKey } from "./columns";

export const TIMELINE_TABLE_NAME = "Tidsplan";
export const TIMELINE_SHEET_NAME = "Tidsplan";
/** 0-based sheet row of the table's header row (row 4 in Excel). */
export const TABLE_HEADER_ROW = 3;
export const DATE_FORMAT = "yyyy-mm-dd";
export const TEXT_FORMAT = "@";

/**
 * The label in A2 beside the plan year.
 *
 * @example
 * planYearLabel("sv") // → "Planår"
 */
export function planYearLabel(lang: Language): string {
  return lang === "sv" ? "Planår" : "Plan year";
}

/**
 * The label in A3 beside the plan's identity (calendar UIDs carry it).
 *
 * @example
 * planIdLabel("sv") // → "Plan-ID"
 */
export function planIdLabel(lang: Language): string {
  return lang === "sv" ? "Plan-ID" : "Plan ID";
}

/**
 * The number format of a table column.
 *
 * @example
 * columnNumberFormat("start") // → "yyyy-mm-dd"
 * columnNumberFormat("when")  // → "@"
 */
export function columnNumberFormat(column: TableColumnKey): string {
  return column === "start" || column === "end" ? DATE_FORMAT : TEXT_FORMAT;
}

/** The first character of a Kontroll line about an error / a warning (see kontrollLine). */
export const ERROR_MARKER = "✖";
export const WARNING_MARKER = "⚠";
