/**
 * "Nästa års plan" in Excel: a new sheet with the new plan's table. Two syncs: one to learn the
 * names already taken (sheets and tables, and the workbook's date system), one to write (plus one
 * per ~3.5 MB of values for a very large plan, as timelineSheet.ts says). Loaded on first use with
 * the other table writes.
 */
import { TIMELINE_SHEET_NAME } from "../../domain/table";
import { planSheetNames } from "../../domain/rollover/planSheetNames";
import type { Language, Timeline } from "../../domain/types";
import { portOk } from "../portErrors";
import type { PlanSheetResult, PortResult } from "../workbookPort";
import { queueDateSystem } from "./dateSystem";
import { runExcel } from "./runExcel";
import { writeTimelineSheet } from "./timelineSheet";

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
    const sheet = context.workbook.worksheets.add(names.sheet);
    try {
      await writeTimelineSheet(context, sheet, timeline, lang, names.table, dateSystem());
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
