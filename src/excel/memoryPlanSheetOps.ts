/**
 * "Nästa års plan" in the in-memory workbook: the same names and cells as the Office adapter
 * (office/planSheet.ts), and the same refusals (MemoryGrid.addSheet / addTable refuse what Excel
 * refuses).
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
} from "../domain/table";
import { fitCellText } from "../domain/excelLimits";
import { planIdentity } from "../domain/ics/identity";
import { planSheetNames } from "../domain/rollover/planSheetNames";
import type { Language, Timeline } from "../domain/types";
import type { MemoryGrid } from "./memoryGrid";
import { portOk } from "./portErrors";
import type { PlanSheetResult, PortResult } from "./workbookPort";

/**
 * Create the new plan's sheet and table; the stored plan (the old one's) is not changed.
 *
 * @example
 * createMemoryPlanSheet(grid, next, "sv"); // { ok: true, value: { sheet: "Tidsplan 2008", table: "Tidsplan_2008" } }
 */
export function createMemoryPlanSheet(
  grid: MemoryGrid,
  timeline: Timeline,
  lang: Language,
): PortResult<PlanSheetResult> {
  const names = planSheetNames(
    `${TIMELINE_SHEET_NAME} ${timeline.plan.year}`,
    [...grid.sheets.keys()],
    [...grid.tables.keys()],
  );
  const sheet = names.sheet;
  grid.addSheet(sheet);
  try {
    grid.set(sheet, 0, 0, fitCellText(timeline.plan.title), TEXT_FORMAT);
    grid.set(sheet, 1, 0, planYearLabel(lang), TEXT_FORMAT);
    grid.set(sheet, 1, 1, timeline.plan.year);
    grid.set(sheet, 2, 0, planIdLabel(lang), TEXT_FORMAT);
    grid.set(sheet, 2, 1, planIdentity(timeline.plan), TEXT_FORMAT);
    const extra = extraColumns(timeline);
    tableHeaders(lang, extra).forEach((header, c) =>
      grid.set(sheet, TABLE_HEADER_ROW, c, header, TEXT_FORMAT),
    );
    timelineTableValues(timeline, lang).forEach((row, r) =>
      row.forEach((value, c) =>
        grid.set(sheet, TABLE_HEADER_ROW + 1 + r, c, value, columnNumberFormat(TABLE_COLUMNS[c] ?? "notes")),
      ),
    );
    grid.addTable({
      name: names.table,
      sheet,
      top: TABLE_HEADER_ROW,
      left: 0,
      columnCount: TABLE_COLUMNS.length + extra.length,
      rowCount: timeline.entries.length,
      highlighted: true,
    });
  } catch (error) {
    // As the Office adapter: nothing half-written.
    grid.deleteSheet(sheet);
    throw error;
  }
  return portOk(names);
}
