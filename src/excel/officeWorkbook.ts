/**
 * The Office.js implementation of {@link WorkbookPort}. Each operation lives in src/excel/office/
 * (the only place Excel.run and context.sync appear); this file only assembles them.
 *
 * What the task pane needs at start (read, check, select, plan info) is imported here; the
 * write and render paths (create the tables, apply a fix, render a sheet, insert a picture) are
 * loaded with import() on their first call, so their code (e.g. the date parser the table
 * writer needs) stays out of the pane's start chunks. A chunk that cannot be loaded (the
 * network dropped) is a failed PortResult, never a throw.
 */
import type { Bilingual, PlanInfo } from "../domain/types";
import { portFailure, portOk } from "./portErrors";
import { readActiveSheet } from "./office/activeSheet";
import { checkTable } from "./office/checkTable";
// writeCheckResults is a thin wrapper over checkWrite's writeOnce, which checkTable needs at
// start anyway: loading it later would save nothing.
import { clearCheck, writeCheckResults } from "./office/checkWrite";
import { readOwners } from "./office/ownersTable";
import { createRulesTable, readRules } from "./office/rulesTable";
import { loadPlanProperties, planFrom, storePlanProperties } from "./office/planInfo";
import { runExcel } from "./office/runExcel";
import { onTableChanged, selectCell } from "./office/tableEdits";
import { readTimelineTable } from "./office/timelineTable";
import type { PortResult, WorkbookPort } from "./workbookPort";

const NOT_LOADED: Bilingual = {
  sv: "en del av tillägget kunde inte laddas; kontrollera nätverksanslutningen",
  en: "part of the add-in could not be loaded; check the network connection",
};

/** Load an operation's module, then run it; a module that fails to load gives "unknown". */
async function onFirstUse<M, T>(
  load: () => Promise<M>,
  run: (module: M) => Promise<PortResult<T>>,
): Promise<PortResult<T>> {
  let module: M;
  try {
    module = await load();
  } catch {
    return portFailure<T>("unknown", NOT_LOADED);
  }
  return run(module);
}

// One chunk for the table writes, one for the sheets the export and årshjul views render.
const tableWrites = () => import(/* webpackChunkName: "excel-table-write" */ "./office/tableWrites");
const sheetWrites = () => import(/* webpackChunkName: "excel-sheet-write" */ "./office/sheetWrites");
const exportMemory = () => import(/* webpackChunkName: "excel-export-memory" */ "./office/exportMemory");
const derivedRows = () => import(/* webpackChunkName: "excel-derived-rows" */ "./office/derivedRows");

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
    createTimelineTable: (timeline, lang) =>
      onFirstUse(tableWrites, (m) => m.createTimelineTable(timeline, lang)),
    writeCheckResults,
    checkTable,
    clearCheck,
    applyFix: (fix) => onFirstUse(tableWrites, (m) => m.applyFix(fix)),
    selectCell,
    readOwners,
    createOwnersTable: (owners) => onFirstUse(tableWrites, (m) => m.createOwnersTable(owners)),
    createPlanSheet: (timeline, lang) => onFirstUse(tableWrites, (m) => m.createPlanSheet(timeline, lang)),
    renderSheetModel: (model) => onFirstUse(sheetWrites, (m) => m.renderSheetModel(model)),
    readExportMemory: (scope) => onFirstUse(exportMemory, (m) => m.readExportMemory(scope)),
    writeExportMemory: (scope, events) => onFirstUse(exportMemory, (m) => m.writeExportMemory(scope, events)),
    insertPictureSheet: (name, base64Png, marker) =>
      onFirstUse(sheetWrites, (m) => m.insertPictureSheet(name, base64Png, marker)),
    applyDerivedRows: (adds, updates) => onFirstUse(derivedRows, (m) => m.applyDerivedRows(adds, updates)),
    onTableChanged,
    readActiveSheet,
    readRules,
    createRulesTable,
    selfTest: () =>
      import(/* webpackChunkName: "excel-self-test" */ "./office/selfTest").then((m) => m.runSelfTest()),
  };
}
