/**
 * "Nästa års plan" in Excel: a new sheet with the new plan's table. Two syncs: one to learn the
 * names already taken (sheets and tables, and the workbook's date system), one to write. Loaded
 * on first use with the other table writes.
 */
import {
  TABLE_COLUMNS,
  TABLE_HEADER_ROW,
  TEXT_FORMAT,
  TIMELINE_SHEET_NAME,
  columnNumberFormat,
  extraColumns,
  planIdLabel,
  planYearLabel,
  tableHeaders,
  timelineTableValues,
} from "../../domain/table";
import { fitCellText } from "../../domain/excelLimits";
import { planIdentity } from "../../domain/ics/identity";
import { planSheetNames } from "../../domain/rollover/planSheetNames";
import type { Language, Timeline } from "../../domain/types";
import { columnLetters } from "../a1";
import { portOk } from "../portErrors";
import type { PlanSheetResult, PortResult } from "../workbookPort";
import { queueDateSystem, toWorkbookSerial } from "./dateSystem";
import { runExcel } from "./runExcel";
import { queueHighlight } from "./timelineTable";
import { queueWrite } from "./writeColumns";

/**
 * Create the sheet and table of another plan (next year's), leaving everything else alone: the
 * workbook's plan properties stay the old plan's, so the new identity is written on the sheet
 * (A3:B3), where planFrom reads it for a table of its own.
 *
 * Office.js behaviour relied on: WorksheetCollection.add(name) fails for a name Excel refuses or
 * one another sheet has (OfficeDev/office-scripts-docs #560), so the names are chosen from the
 * loaded ones first (../../domain/rollover/planSheetNames.ts cites the naming rules); a table
 * name must be unique in the whole workbook, not only on its sheet (OfficeDev/office-js #551),
 * so the new table is never called Tidsplan; load("items/name") on a collection reads every name
 * in the one sync (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load).
 */
export function createPlanSheet(timeline: Timeline, lang: Language): Promise<PortResult<PlanSheetResult>> {
  const rows = timelineTableValues(timeline, lang);
  const extra = extraColumns(timeline);
  const formats = [...TABLE_COLUMNS.map(columnNumberFormat), ...extra.map(() => TEXT_FORMAT)];
  const dateColumns = [TABLE_COLUMNS.indexOf("start"), TABLE_COLUMNS.indexOf("end")];
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const tables = context.workbook.tables.load("items/name");
    const dateSystem = queueDateSystem(context);
    await context.sync();
    const names = planSheetNames(
      `${TIMELINE_SHEET_NAME} ${timeline.plan.year}`,
      sheets.items.map((s) => s.name),
      tables.items.map((t) => t.name),
    );
    const system = dateSystem();
    const body =
      system === "1900"
        ? rows
        : rows.map((row) =>
            row.map((value, c) => (dateColumns.includes(c) ? toWorkbookSerial(value, system) : value)),
          );
    const sheet = context.workbook.worksheets.add(names.sheet);
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
      queueWrite(sheet, TABLE_HEADER_ROW + 1, 0, body, formats);
      const rowCount = Math.max(body.length, 1);
      const address = `A${TABLE_HEADER_ROW + 1}:${columnLetters(formats.length - 1)}${TABLE_HEADER_ROW + 1 + rowCount}`;
      const table = sheet.tables.add(address, true);
      table.name = names.table;
      queueHighlight(table.getDataBodyRange(), TABLE_COLUMNS.indexOf("check"), TABLE_HEADER_ROW + 1);
      sheet.freezePanes.freezeRows(TABLE_HEADER_ROW + 1);
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange("A1").format.font.size = 14;
      sheet.activate();
      await context.sync();
    } catch (error) {
      // Nothing half-written: remove the new sheet, then report the original failure.
      sheet.delete();
      await context.sync().catch(() => undefined);
      throw error;
    }
    return portOk(names);
  });
}
