/**
 * Creating the Tidsplan sheet and table with Office.js: a table of 10,000 rows is two or three
 * syncs (check names, write, finish). A module of its own so that the task pane loads it (and
 * the table code it needs, e.g. the date parser) on the first create, not at start.
 */
import { TIMELINE_SHEET_NAME, TIMELINE_TABLE_NAME } from "../../domain/table";
import type { Language, Timeline } from "../../domain/types";
import { portFailure, portOk } from "../portErrors";
import type { PortResult } from "../workbookPort";
import { queueDateSystem } from "./dateSystem";
import { storePlanProperties } from "./planInfo";
import { runExcel } from "./runExcel";
import { writeTimelineSheet } from "./timelineSheet";

/** Create the Tidsplan sheet and table from a timeline. */
export function createTimelineTable(timeline: Timeline, lang: Language): Promise<PortResult<void>> {
  return runExcel(async (context) => {
    const existingSheet = context.workbook.worksheets.getItemOrNullObject(TIMELINE_SHEET_NAME);
    const existingTable = context.workbook.tables.getItemOrNullObject(TIMELINE_TABLE_NAME);
    const dateSystem = queueDateSystem(context);
    await context.sync();
    if (!existingSheet.isNullObject || !existingTable.isNullObject) return portFailure("name-taken");
    const sheet = context.workbook.worksheets.add(TIMELINE_SHEET_NAME);
    try {
      await writeTimelineSheet(context, sheet, timeline, lang, TIMELINE_TABLE_NAME, dateSystem());
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
