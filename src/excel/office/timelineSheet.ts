/**
 * Writing a timeline's sheet with Office.js: the plan corner (A1:B3), the header row, the body in
 * chunks, the table, its Kontroll highlight and the frozen header. One function for the Tidsplan
 * table ({@link ./createTable}) and another plan's sheet ({@link ./planSheet}), so that both keep
 * Excel on the web's 5 MB request limit and write the same cells.
 */
import {
  TABLE_COLUMNS,
  TABLE_HEADER_ROW,
  TEXT_FORMAT,
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
import type { ExcelDateSystem } from "../../domain/dates/excelSerial";
import { toWorkbookSerial } from "./dateSystem";
import { queueHighlight } from "./timelineTable";
import { CHUNK_ROWS, queueWrite } from "./writeColumns";

/** Estimated request bytes per sync before values go into a further sync (limit is 5 MB). */
export const SYNC_PAYLOAD_BYTES = 3_500_000;

/**
 * Queue (and, for a very large body, flush in parts) the writes of `timeline` on the new, empty
 * `sheet` as table `tableName`. The caller syncs at the end and deletes the sheet on failure.
 *
 * Excel on the web refuses a request over 5 MB ("RequestPayloadSizeLimitExceeded";
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * so values go in chunks of CHUNK_ROWS rows and a sync is added only when the request would
 * grow past {@link SYNC_PAYLOAD_BYTES}.
 */
export async function writeTimelineSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  timeline: Timeline,
  lang: Language,
  tableName: string,
  system: ExcelDateSystem,
): Promise<Excel.Table> {
  const rows = timelineTableValues(timeline, lang);
  // The document's own columns ("Plats") follow Tidsplan's, as text.
  const extra = extraColumns(timeline);
  const formats = [...TABLE_COLUMNS.map(columnNumberFormat), ...extra.map(() => TEXT_FORMAT)];
  // Start and Slut as this workbook counts dates (dateSystem.ts).
  const dateColumns = [TABLE_COLUMNS.indexOf("start"), TABLE_COLUMNS.indexOf("end")];
  const body =
    system === "1900"
      ? rows
      : rows.map((row) =>
          row.map((value, c) => (dateColumns.includes(c) ? toWorkbookSerial(value, system) : value)),
        );

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
  // Rows go in runs of at most CHUNK_ROWS rows and SYNC_PAYLOAD_BYTES bytes; a sync is added
  // only when the request would grow too large (a row is at most 32,767 characters a cell).
  let bytes = 0;
  let start = 0;
  while (start < body.length) {
    let end = start;
    let size = 0;
    while (end < body.length && end - start < CHUNK_ROWS) {
      const rowSize = JSON.stringify(body[end]).length + 60;
      if (end > start && size + rowSize > SYNC_PAYLOAD_BYTES) break;
      size += rowSize;
      end += 1;
    }
    if (bytes > 0 && bytes + size > SYNC_PAYLOAD_BYTES) {
      // Not a per-row sync: one flush per ~3.5 MB of values, so a request stays under Excel on
      // the web's 5 MB limit (10,000 typical rows need none; the 4-sync test counts them).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one flush per ~3.5 MB, not per row (see above)
      await context.sync();
      bytes = 0;
    }
    queueWrite(sheet, TABLE_HEADER_ROW + 1 + start, 0, body.slice(start, end), formats);
    bytes += size;
    start = end;
  }
  const rowCount = Math.max(body.length, 1);
  const address = `A${TABLE_HEADER_ROW + 1}:${columnLetters(formats.length - 1)}${TABLE_HEADER_ROW + 1 + rowCount}`;
  const table = sheet.tables.add(address, true);
  table.name = tableName;
  queueHighlight(table.getDataBodyRange(), TABLE_COLUMNS.indexOf("check"), TABLE_HEADER_ROW + 1);
  sheet.freezePanes.freezeRows(TABLE_HEADER_ROW + 1);
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange("A1").format.font.size = 14;
  return table;
}
