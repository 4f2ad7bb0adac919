/**
 * The self-test (src/excel/selfTest.ts) with Office.js: each path the add-in uses, once, on a
 * scratch sheet of its own name, one Excel.run per path so one failure does not hide the rest.
 * The user's sheets are never written; the selection is put back; the scratch sheet is removed
 * (tried again at the end if its own step failed). Requirement sets are feature-detected as the
 * add-in does (https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime):
 * a path whose set is missing is "skipped", naming the set.
 */
import { headerText } from "../../domain/sheet/headerText";
import {
  SELF_TEST_REQUIREMENT_SETS,
  type SelfTestPath,
  type SelfTestReport,
  type SelfTestStep,
} from "../selfTest";

/** A 1 × 1 transparent PNG, for the picture path. */
const TINY_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

type Step = (context: Excel.RequestContext, sheet: Excel.Worksheet) => Promise<string | void>;

const supports = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);

function codeOf(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error) return String(error.code);
  return error instanceof Error ? error.message : String(error);
}

/** Runs `step` in an Excel.run of its own; ok, or failed with the Office error code. */
async function runStep(
  path: SelfTestPath,
  scratch: string,
  step: Step,
  needs?: string,
): Promise<SelfTestStep> {
  if (needs !== undefined && !supports(needs))
    return { path, outcome: "skipped", detail: `ExcelApi ${needs}` };
  try {
    const detail = await Excel.run(async (context) =>
      step(context, context.workbook.worksheets.getItem(scratch)),
    );
    return detail === undefined || detail === "" ? { path, outcome: "ok" } : { path, outcome: "ok", detail };
  } catch (error) {
    return { path, outcome: "failed", detail: codeOf(error) };
  }
}

/** Run every path and report; never throws. */
export async function runSelfTest(): Promise<SelfTestReport> {
  const diagnostics = Office.context.diagnostics;
  const requirementSets = SELF_TEST_REQUIREMENT_SETS.map(([name, version]) => ({
    name: `${name} ${version}`,
    supported: Office.context.requirements.isSetSupported(name, version),
  }));
  const scratch = `Tidsplan självtest ${Date.now().toString(36).slice(-5)}`;
  const tableName = `TidsplanSjalvtest${Date.now().toString(36).slice(-5)}`;
  const steps: SelfTestStep[] = [];
  const selection: { sheet?: string; address?: string } = {};
  const step = async (path: SelfTestPath, body: Step, needs?: string) => {
    steps.push(await runStep(path, scratch, body, needs));
  };

  // The scratch sheet, and the user's selection remembered first (put back at the end).
  steps.push(
    await (async (): Promise<SelfTestStep> => {
      try {
        await Excel.run(async (context) => {
          const range = context.workbook.getSelectedRange().load("address");
          const taken = context.workbook.worksheets.getItemOrNullObject(scratch);
          await context.sync();
          const [sheet, address] = range.address.includes("!")
            ? range.address.split("!")
            : [undefined, undefined];
          if (sheet !== undefined && address !== undefined)
            Object.assign(selection, { sheet: sheet.replace(/^'|'$/g, ""), address });
          if (!taken.isNullObject)
            throw Object.assign(new Error("ItemAlreadyExists"), { code: "ItemAlreadyExists" });
          context.workbook.worksheets.add(scratch);
          await context.sync();
        });
        return { path: "scratch-sheet", outcome: "ok" };
      } catch (error) {
        return { path: "scratch-sheet", outcome: "failed", detail: codeOf(error) };
      }
    })(),
  );
  if (steps[0]?.outcome !== "ok") return { ...host(diagnostics), requirementSets, steps };

  const grid = [
    ["Datum", "Händelse", "Ansvarig"],
    ["2007-03-01", "Självtest & kontroll", "KS"],
    ["2007-02-05", "Budgetdialog", "FG"],
  ];
  await step("write-values", async (context, sheet) => {
    sheet.getRange("A1:C3").values = grid;
    await context.sync();
  });
  await step("read-values", async (context, sheet) => {
    const range = sheet.getRange("A1:C3").load("values");
    await context.sync();
    if (JSON.stringify(range.values.map((row) => row.map(String))) !== JSON.stringify(grid))
      return "values differ";
  });
  await step("number-formats", async (context, sheet) => {
    const range = sheet.getRange("D2:D3");
    range.numberFormat = [["@"], ["yyyy-mm-dd"]];
    range.values = [["=1+1"], [39114]];
    await context.sync();
  });
  await step("table-create", async (context, sheet) => {
    const table = sheet.tables.add("A1:C3", true);
    table.name = tableName;
    await context.sync();
  });
  await step("null-object", async (context) => {
    const missing = context.workbook.tables.getItemOrNullObject(`${tableName}_saknas`);
    await context.sync();
    if (!missing.isNullObject) return "not a null object";
  });
  await step("filter-state", async (context) => {
    const body = context.workbook.tables.getItem(tableName).getDataBodyRange().load("rowHidden");
    await context.sync();
    return `rowHidden ${String(body.rowHidden)}`;
  });
  await step("table-sort", async (context) => {
    context.workbook.tables.getItem(tableName).sort.apply([{ key: 0, ascending: true }]);
    await context.sync();
  });
  await step(
    "table-changed-event",
    async (context) => {
      const added = context.workbook.tables.getItem(tableName).onChanged.add(async () => undefined);
      await context.sync();
      added.remove();
      await context.sync();
    },
    "1.7",
  );
  await step("document-properties", async (context) => {
    const key = `${tableName}_egenskap`;
    context.workbook.properties.custom.add(key, "1");
    await context.sync();
    context.workbook.properties.custom.getItem(key).delete();
    await context.sync();
  });
  await step(
    "sheet-properties",
    async (context, sheet) => {
      sheet.customProperties.add("TidsplanSjalvtest", "1");
      await context.sync();
    },
    "1.12",
  );
  await step("date-system", async (context) => {
    const probe = context.workbook.functions.date(1904, 1, 1).load("value");
    await context.sync();
    return probe.value === 0 ? "1904" : "1900";
  });
  await step(
    "conditional-format",
    async (context, sheet) => {
      const format = sheet.getRange("A2:C3").conditionalFormats.add("Custom");
      format.custom.rule.formula = "=FALSE()";
      format.custom.format.fill.color = "#FDE7E9";
      await context.sync();
    },
    "1.6",
  );
  await step(
    "data-validation",
    async (context, sheet) => {
      sheet.getRange("C2:C3").dataValidation.rule = { list: { inCellDropDown: true, source: "KS,FG" } };
      await context.sync();
    },
    "1.8",
  );
  await step(
    "page-layout",
    async (context, sheet) => {
      sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = headerText("Tidsplan & självtest");
      await context.sync();
    },
    "1.9",
  );
  await step("freeze-panes", async (context, sheet) => {
    sheet.freezePanes.freezeRows(1);
    await context.sync();
  });
  await step(
    "picture",
    async (context, sheet) => {
      sheet.shapes.addImage(TINY_PNG);
      await context.sync();
    },
    "1.9",
  );
  await step("select-and-restore", async (context, sheet) => {
    sheet.getRange("A1").select();
    await context.sync();
    if (selection.sheet === undefined || selection.address === undefined) return "no selection to restore";
    context.workbook.worksheets.getItem(selection.sheet).getRange(selection.address).select();
    await context.sync();
  });
  await step("remove-scratch-sheet", async (context, sheet) => {
    sheet.delete();
    await context.sync();
  });
  return { ...host(diagnostics), requirementSets, steps };
}

function host(
  diagnostics: Office.ContextInformation | undefined,
): Pick<SelfTestReport, "host" | "platform" | "version"> {
  return {
    host: String(diagnostics?.host ?? "?"),
    platform: String(diagnostics?.platform ?? "?"),
    version: String(diagnostics?.version ?? "?"),
  };
}
