/**
 * Creating the Tidsplan sheet and table with Office.js: a table of 10,000 rows is two or three
 * syncs (check names, write, finish). A module of its own so that the task pane loads it (and
 * the table code it needs, e.g. the date parser) on the first create, not at start.
 */
import {
  TABLE_COLUMNS,
  TABLE_HEADER_ROW,
  TEXT_FORMAT,
  TIMELINE_SHEET_NAME,
  TIMELINE_TABLE_NAME,
  columnNumberFormat,
  extraColumns,
  planIdLabel,
  planYearLabel,
  tableHeaders,
  timelineTableValues,
} from "../../domain/table";
import { fitCellText } from "../../domain/excelLimits";
import { planIdentity } from "../../domain/ics/identity";
import type { Language, Timeline } from "../../domain/types";
import { columnLetters } from "../a1";
import { portFailure, portOk } from "../portErrors";
import type { PortResult } from "../workbookPort";
import { storePlanProperties } from "./planInfo";
import { runExcel } from "./runExcel";
import { queueHighlight } from "./timelineTable";
import { CHUNK_ROWS, queueWrite } from "./writeColumns";
import { queueDateSystem, toWorkbookSerial } from "./dateSystem";

/** Estimated request bytes per sync before values go into a further sync (limit is 5 MB). */
export const SYNC_PAYLOAD_BYTES = 3_500_000;

/** Create the Tidsplan sheet and table from a timeline. */
export function createTimelineTable(timeline: Timeline, lang: Language): Promise<PortResult<void>> {
  const rows = timelineTableValues(timeline, lang);
  // The document's own columns ("Plats") follow Tidsplan's, as text.
  const extra = extraColumns(timeline);
  const formats = [...TABLE_COLUMNS.map(columnNumberFormat), ...extra.map(() => TEXT_FORMAT)];
  return runExcel(async (context) => {
    const existingSheet = context.workbook.worksheets.getItemOrNullObject(TIMELINE_SHEET_NAME);
    const existingTable = context.workbook.tables.getItemOrNullObject(TIMELINE_TABLE_NAME);
    const dateSystem = queueDateSystem(context);
    await context.sync();
    if (!existingSheet.isNullObject || !existingTable.isNullObject) return portFailure("name-taken");
    const system = dateSystem();
    // Start and Slut as this workbook counts dates (dateSystem.ts).
    const dateColumns = [TABLE_COLUMNS.indexOf("start"), TABLE_COLUMNS.indexOf("end")];
    const body =
      system === "1900"
        ? rows
        : rows.map((row) =>
            row.map((value, c) => (dateColumns.includes(c) ? toWorkbookSerial(value, system) : value)),
          );

    const sheet = context.workbook.worksheets.add(TIMELINE_SHEET_NAME);
    try {
      const corner = sheet.getRange("A1:B3");
      corner.numberFormat = [
        [TEXT_FORMAT, "General"],
        [TEXT_FORMAT, "General"],
        [TEXT_FORMAT, TEXT_FORMAT],
      ];
      corner.values = [
        [fitCellText(timeline.plan.title), ""],
        [planYearLabel(lang), timeline.plan.year],
        [planIdLabel(lang), planIdentity(timeline.plan)],
      ];
      queueWrite(
        sheet,
        TABLE_HEADER_ROW,
        0,
        [tableHeaders(lang, extra)],
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
      const address = `A${TABLE_HEADER_ROW + 1}:${columnLetters(formats.length - 1)}${TABLE_HEADER_ROW + 1 + rowCount}`;
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
