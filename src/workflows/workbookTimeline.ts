/**
 * Reading the workbook's timeline as the domain sees it: the Tidsplan table imported with the
 * stored plan, the owner register, and the findings. Shared by the pane and the ribbon commands;
 * no React and no Office.js here, only the {@link WorkbookPort}.
 */
import { importRows } from "../domain/import";
import type { Finding, OwnerRecord, PlanInfo, Timeline } from "../domain/types";
import { validateTimeline } from "../domain/validate";
import { readRegler } from "../domain/governance";
import type { PortResult, TimelineTableRead, WorkbookPort } from "../excel/workbookPort";

/** The workbook's timeline, checked. */
export interface WorkbookTimeline {
  readonly timeline: Timeline;
  /** The Ansvariga table's owners; null when the workbook has none. */
  readonly owners: OwnerRecord[] | null;
  readonly findings: Finding[];
}

/** What {@link readWorkbookTimeline} also keeps for callers that write back (the check). */
export interface WorkbookTimelineRead extends WorkbookTimeline {
  readonly read: TimelineTableRead;
}

/**
 * The plan to read a table with when the workbook stores none: the title "Tidsplan" and the
 * current year (dates without a written year then land in this year, as a planner expects).
 */
export function fallbackPlan(today: Date = new Date()): PlanInfo {
  return { title: "Tidsplan", year: today.getUTCFullYear() };
}

/** As {@link readWorkbookTimeline}, keeping the raw table read for writing results back. */
export async function readWorkbookTimelineWithRows(
  port: WorkbookPort,
): Promise<PortResult<WorkbookTimelineRead | null>> {
  const read = await port.readTimelineTable();
  if (!read.ok) return read;
  if (read.value === null) return { ok: true, value: null };
  const plan = read.value.plan ?? fallbackPlan();
  const timeline = importRows(read.value.rows, plan);
  const owners = await port.readOwners();
  if (!owners.ok) return owners;
  // The Regler table, when the port can read it (docs/GOVERNANCE-RULES.md); else the law's defaults.
  const rules = port.readRules === undefined ? undefined : await port.readRules();
  if (rules !== undefined && !rules.ok) return rules;
  const governance =
    rules?.value === null || rules === undefined ? undefined : readRegler(rules.value).settings;
  const findings = validateTimeline(timeline, {
    ...(owners.value === null ? {} : { owners: owners.value }),
    ...(governance === undefined ? {} : { governance }),
  });
  return { ok: true, value: { timeline, owners: owners.value, findings, read: read.value } };
}

/**
 * Read the Tidsplan table, import it with the stored plan (or {@link fallbackPlan}), read the
 * owner register and validate. Resolves to null when the workbook has no Tidsplan table.
 */
export async function readWorkbookTimeline(port: WorkbookPort): Promise<PortResult<WorkbookTimeline | null>> {
  const result = await readWorkbookTimelineWithRows(port);
  if (!result.ok) return result;
  if (result.value === null) return { ok: true, value: null };
  const { timeline, owners, findings } = result.value;
  return { ok: true, value: { timeline, owners, findings } };
}
