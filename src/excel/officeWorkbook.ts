/**
 * The Office.js implementation of {@link WorkbookPort}. Each operation lives in src/excel/office/
 * (the only place Excel.run and context.sync appear); this file only assembles them.
 */
import type { PlanInfo } from "../domain/types";
import { portOk } from "./portErrors";
import { readActiveSheet } from "./office/activeSheet";
import { checkTable } from "./office/checkTable";
import { clearCheck, writeCheckResults } from "./office/checkWrite";
import { createOwnersTable, readOwners } from "./office/ownersTable";
import { loadPlanProperties, planFrom, storePlanProperties } from "./office/planInfo";
import { insertPictureSheet } from "./office/pictureSheet";
import { renderSheetModel } from "./office/renderSheet";
import { runExcel } from "./office/runExcel";
import { applyFix, onTableChanged, selectCell } from "./office/tableEdits";
import { createTimelineTable, readTimelineTable } from "./office/timelineTable";
import type { PortResult, WorkbookPort } from "./workbookPort";

/** The plan info from the custom document properties: one sync. */
function getPlanInfo(): Promise<PortResult<PlanInfo | null>> {
  return runExcel(async (context) => {
    const properties = loadPlanProperties(context);
    await context.sync();
    return portOk(planFrom(properties));
  });
}

/** Store the plan info as custom document properties: one sync. */
function setPlanInfo(plan: PlanInfo): Promise<PortResult<void>> {
  return runExcel(async (context) => {
    storePlanProperties(context, plan);
    await context.sync();
    return portOk(undefined);
  });
}

/** The workbook port for the Excel the add-in runs in. */
export function createOfficeWorkbook(): WorkbookPort {
  return {
    kind: "excel",
    getPlanInfo,
    setPlanInfo,
    readTimelineTable,
    createTimelineTable,
    writeCheckResults,
    checkTable,
    clearCheck,
    applyFix,
    selectCell,
    readOwners,
    createOwnersTable,
    renderSheetModel,
    insertPictureSheet,
    onTableChanged,
    readActiveSheet,
  };
}
