/**
 * Reading and creating the Tidsplan table with Office.js. Reading is one sync (the table named
 * Tidsplan); creating a table of 10,000 rows is two or three (check names, write, finish).
 */
import {
  DATE_FORMAT,
  ERROR_MARKER,
  TABLE_COLUMNS,
  TABLE_HEADER_ROW,
  TEXT_FORMAT,
  TIMELINE_SHEET_NAME,
  TIMELINE_TABLE_NAME,
  WARNING_MARKER,
  columnNumberFormat,
  planYearLabel,
  rawRowsFromValues,
  tableHeaders,
  timelineTableValues,
  type CellScalar,
} from "../../domain/table";
import type { Language, Timeline } from "../../domain/types";
import { columnLetters } from "../a1";
import { portFailure, portOk } from "../portErrors";
import type { PortResult, TimelineTableRead } from "../workbookPort";
import { locateTimelineTable } from "./locateTable";
import { loadPlanProperties, planFrom, storePlanProperties } from "./planInfo";
import { runExcel } from "./runExcel";
import { CHUNK_ROWS, queueWrite } from "./writeColumns";

/** Estimated request bytes per sync before values go into a further sync (limit is 5 MB). */
export const SYNC_PAYLOAD_BYTES = 3_500_000;

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

/** Create the Tidsplan sheet and table from a timeline. */
export function createTimelineTable(timeline: Timeline, lang: Language): Promise<PortResult<void>> {
  const body = timelineTableValues(timeline, lang);
  const formats = TABLE_COLUMNS.map(columnNumberFormat);
  return runExcel(async (context) => {
    const existingSheet = context.workbook.worksheets.getItemOrNullObject(TIMELINE_SHEET_NAME);
    const existingTable = context.workbook.tables.getItemOrNullObject(TIMELINE_TABLE_NAME);
    await context.sync();
    if (!existingSheet.isNullObject || !existingTable.isNullObject) return portFailure("name-taken");

    const sheet = context.workbook.worksheets.add(TIMELINE_SHEET_NAME);
    try {
      const corner = sheet.getRange("A1:B2");
      corner.numberFormat = [
        [TEXT_FORMAT, "General"],
        [TEXT_FORMAT, "General"],
      ];
      corner.values = [
        [timeline.plan.title, ""],
        [planYearLabel(lang), timeline.plan.year],
      ];
      queueWrite(
        sheet,
        TABLE_HEADER_ROW,
        0,
        [tableHeaders(lang)],
        formats.map(() => TEXT_FORMAT),
      );
      // Values go in chunks of CHUNK_ROWS rows; a sync is added only when the request would grow too large.
      let bytes = 0;
      for (let start = 0; start < body.length; start += CHUNK_ROWS) {
        const chunk = body.slice(start, start + CHUNK_ROWS);
        const size = JSON.stringify(chunk).length + chunk.length * 60;
        if (bytes > 0 && bytes + size > SYNC_PAYLOAD_BYTES) {
          // Not a per-row sync: one flush per ~3.5 MB of values, so a request stays under Excel on
          // the web's 5 MB limit (10,000 typical rows need none; the 4-sync test counts them).
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          bytes = 0;
        }
        queueWrite(sheet, TABLE_HEADER_ROW + 1 + start, 0, chunk, formats);
        bytes += size;
      }
      const rowCount = Math.max(body.length, 1);
      const address = `A${TABLE_HEADER_ROW + 1}:${columnLetters(TABLE_COLUMNS.length - 1)}${TABLE_HEADER_ROW + 1 + rowCount}`;
      const table = sheet.tables.add(address, true);
      table.name = TIMELINE_TABLE_NAME;
      queueHighlight(table.getDataBodyRange(), TABLE_COLUMNS.indexOf("check"), TABLE_HEADER_ROW + 1);
      sheet.freezePanes.freezeRows(TABLE_HEADER_ROW + 1);
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange("A1").format.font.size = 14;
      storePlanProperties(context, timeline.plan);
      sheet.activate();
      await context.sync();
    } catch (error) {
      // Nothing half-written: remove the new sheet, then report the original failure.
      sheet.delete();
      await context.sync().catch(() => undefined);
      throw error;
    }
    return portOk(undefined);
  });
}

/** The number format of a column written by the add-in (Start/Slut dates, else text). */
export function addInColumnFormat(key: "id" | "start" | "end" | "category" | "check"): string {
  return key === "start" || key === "end" ? DATE_FORMAT : TEXT_FORMAT;
}

export type { CellScalar };
