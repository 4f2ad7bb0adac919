/**
 * "Nästa års plan" between the pane and the workbook: read the plan (with the Regler table's
 * settings), propose next year's plan, and write it with the user's edits on a sheet of its own.
 * No React and no Office.js here, only the {@link WorkbookPort}.
 */
import { readRegler } from "../domain/governance";
import {
  applyRolloverEdits,
  rolloverPlan,
  type RolloverEdits,
  type RolloverResult,
} from "../domain/rollover";
import type { Bilingual, Language, Timeline } from "../domain/types";
import type { PlanSheetResult, PortResult, WorkbookPort } from "../excel/workbookPort";
import { readWorkbookTimeline } from "./workbookTimeline";

const NO_TABLE: Bilingual = {
  sv: "Det finns ingen Tidsplan-tabell att göra nästa års plan av.",
  en: "There is no Tidsplan table to make next year's plan from.",
};

/** True when the port can write a plan on a sheet of its own. */
export function canRollOver(port: WorkbookPort): boolean {
  return port.createPlanSheet !== undefined;
}

/**
 * The workbook's plan rolled to `toYear`, with the Regler table's settings when there is one.
 *
 * @example
 * const proposal = await proposeRollover(port, 2008);
 * if (proposal.ok) proposal.value.review.length; // 36 for the seed
 */
export async function proposeRollover(
  port: WorkbookPort,
  toYear: number,
): Promise<PortResult<{ readonly source: Timeline; readonly result: RolloverResult }>> {
  const read = await readWorkbookTimeline(port);
  if (!read.ok) return read;
  if (read.value === null) return { ok: false, code: "no-table", message: NO_TABLE };
  const rules = port.readRules === undefined ? undefined : await port.readRules();
  if (rules !== undefined && !rules.ok) return rules;
  const governance =
    rules === undefined || rules.value === null ? undefined : readRegler(rules.value).settings;
  const source = read.value.timeline;
  return {
    ok: true,
    value: { source, result: rolloverPlan(source, toYear, governance === undefined ? {} : { governance }) },
  };
}

/**
 * Write the proposal with the user's edits (and title, when given) as a new sheet and table; the
 * old plan is not touched.
 *
 * @example
 * await writeRollover(port, result, { "t-fe5028": { when: "6 februari" } }, "sv"); // { ok: true, value: { sheet: "Tidsplan 2008", … } }
 */
export async function writeRollover(
  port: WorkbookPort,
  result: RolloverResult,
  edits: RolloverEdits,
  lang: Language,
  title?: string,
): Promise<PortResult<PlanSheetResult & { readonly rows: number }>> {
  if (port.createPlanSheet === undefined) {
    return {
      ok: false,
      code: "unsupported",
      message: {
        sv: "Den här arbetsboken kan inte få ett nytt planblad.",
        en: "This workbook cannot take a new plan sheet.",
      },
    };
  }
  const { timeline } = applyRolloverEdits(result, edits, title);
  const written = await port.createPlanSheet(timeline, lang);
  return written.ok ? { ok: true, value: { ...written.value, rows: timeline.entries.length } } : written;
}
