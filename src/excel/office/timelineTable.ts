/**
 * Reading the Tidsplan table with Office.js: one sync (the table named Tidsplan). Creating it is
 * in createTable.ts, loaded on first use.
 */
import {
  DATE_FORMAT,
  ERROR_MARKER,
  TEXT_FORMAT,
  WARNING_MARKER,
  rawRowsFromValues,
  type CellScalar,
} from "../../domain/table";
import { columnLetters } from "../a1";
import { portOk } from "../portErrors";
import type { PortResult, TimelineTableRead } from "../workbookPort";
import { locateTimelineTable } from "./locateTable";
import { loadPlanProperties, planFrom } from "./planInfo";
import { runExcel } from "./runExcel";

/** Read the timeline table: one sync when it is named Tidsplan. */
export function readTimelineTable(): Promise<PortResult<TimelineTableRead | null>> {
  return runExcel(async (context) => {
    let properties = loadPlanProperties(context);
    const located = await locateTimelineTable(context, () => {
      properties = loadPlanProperties(context);
    });
    if (located === null) return portOk(null);
    return portOk({
      rows: rawRowsFromValues(located.body, located.mapping, located.bodyRow + 1),
      plan: planFrom(properties, located.corner),
      headerLanguage: located.mapping.language,
    });
  });
}

/**
 * Queue the highlight rules on a table body: red fill where Kontroll starts with the error
 * marker, amber for a warning. Formula-based conditional formats leave the user's fills alone.
 */
export function queueHighlight(body: Excel.Range, checkColumn: number, firstRow: number): void {
  const cell = `$${columnLetters(checkColumn)}${firstRow + 1}`;
  const rules: ReadonlyArray<[string, string]> = [
    [ERROR_MARKER, "#FFC7CE"],
    [WARNING_MARKER, "#FFEB9C"],
  ];
  for (const [marker, fill] of rules) {
    const format = body.conditionalFormats.add("Custom");
    format.custom.rule.formula = `=LEFT(${cell},1)="${marker}"`;
    format.custom.format.fill.color = fill;
  }
}

/** The number format of a column written by the add-in (Start/Slut dates, else text). */
export function addInColumnFormat(key: "id" | "start" | "end" | "category" | "check"): string {
  return key === "start" || key === "end" ? DATE_FORMAT : TEXT_FORMAT;
}

export type { CellScalar };
