/**
 * `tidsplan rollover <file> --to YYYY [--xlsx out.xlsx] [--json]`: next year's plan, made from
 * the same domain code as the pane's "Nästa års plan". The input file is only read.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { readRegler } from "../../domain/governance";
import { rolloverPlan, type RolloverResult } from "../../domain/rollover";
import { planIdentity } from "../../domain/ics/identity";
import {
  buildCalendarSheet,
  buildOwnersSheet,
  buildPrintPlan,
  buildTimelineTableSheet,
  calendarYears,
} from "../../domain/sheet";
import type { Bilingual, Finding, Language, OwnerRecord, Timeline } from "../../domain/types";
import { validateTimeline } from "../../domain/validate";
import { startCommand } from "../commandStart";
import { EXIT_OK, EXIT_UNUSABLE, type CliIo } from "../io";
import { say } from "../lang";
import { loadTimeline } from "../loadInput";
import { timelineJson } from "./importOutput";
import { exportText } from "./exportText";
import { ROLLOVER_USAGE, rolloverReport, rolloverText } from "./rolloverText";
import { readRulesCells } from "../rulesFile";

function byEntry(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const finding of findings) map.set(finding.entryId, [...(map.get(finding.entryId) ?? []), finding]);
  return map;
}

/** The new plan's workbook, as `tidsplan export --xlsx` writes one (Tidsplan, Ansvariga, calendars, print). */
async function workbookBytes(timeline: Timeline, owners: readonly OwnerRecord[] | undefined, lang: Language) {
  const findings = validateTimeline(timeline, { owners });
  const models = [
    buildTimelineTableSheet(timeline, byEntry(findings), lang),
    buildOwnersSheet(timeline, owners, lang),
    ...calendarYears(timeline)
      .sort((a, b) => a - b)
      .map((year) => buildCalendarSheet(timeline, { lang, owners, year })),
    buildPrintPlan(timeline, lang),
  ];
  // exceljs is loaded only when a workbook is written.
  const { renderWorkbook } = await import("../xlsx/renderWorkbook");
  return { bytes: await renderWorkbook(models), sheets: models.length };
}

/** The JSON of `--json`: the plan, the review and the new timeline. */
function rolloverJson(result: RolloverResult) {
  return {
    fromYear: result.fromYear,
    toYear: result.toYear,
    plan: { ...result.timeline.plan, id: planIdentity(result.timeline.plan) },
    review: result.review,
    titleOffers: result.titleOffers,
    timeline: timelineJson(result.timeline),
  };
}

/**
 * Runs `tidsplan rollover`. Exit 0 when the plan was made (and written), 2 for bad usage, an
 * unreadable input or a file that could not be written.
 *
 * @example
 * await runRollover(["examples/tidsplan-verksamhetsledning-2007.txt", "--to", "2008"], processIo); // 0
 */
export async function runRollover(argv: readonly string[], io: CliIo): Promise<number> {
  const start = startCommand(argv, io, {
    flags: ["to", "year", "xlsx", "json", "lang", "rules"],
    usage: ROLLOVER_USAGE,
    afterProblem: ROLLOVER_USAGE,
    separator: "\n",
    noFile: rolloverText.noFile,
  });
  if (!start.go) return start.code;
  const { lang, options, file } = start;
  const usage = (message: Bilingual): number => {
    io.stderr(`${say(message, lang)}\n${say(ROLLOVER_USAGE, lang)}\n`);
    return EXIT_UNUSABLE;
  };
  if (options.to === undefined) return usage(rolloverText.noYear);
  const input = resolve(io.cwd, file);
  const xlsx = options.xlsx === undefined ? undefined : resolve(io.cwd, options.xlsx);
  if (xlsx === input) return usage(rolloverText.sameAsInput);

  const loaded = await loadTimeline(
    input,
    { ...(options.year === undefined ? {} : { year: options.year }), lang },
    io,
  );
  if (!loaded.ok) {
    io.stderr(`${loaded.message}\n`);
    return EXIT_UNUSABLE;
  }
  if (loaded.timeline.plan.year === options.to) return usage(rolloverText.sameYear(options.to));
  // --rules wins over the workbook's own Regler table (klämdagar, rules turned off); else the law's defaults.
  let rules: readonly (readonly unknown[])[] | undefined = loaded.rules;
  if (options.rules !== undefined) {
    const read = await readRulesCells(options.rules, io);
    if (!Array.isArray(read)) {
      io.stderr(`${say(read, lang)}\n`);
      return EXIT_UNUSABLE;
    }
    rules = read;
  }
  const governance = rules === undefined ? undefined : readRegler(rules).settings;
  const result = rolloverPlan(loaded.timeline, options.to, governance === undefined ? {} : { governance });

  if (options.json === true) io.stdout(`${JSON.stringify(rolloverJson(result))}\n`);
  else io.stdout(rolloverReport(result, lang));
  if (xlsx === undefined) return EXIT_OK;
  try {
    const { bytes, sheets } = await workbookBytes(result.timeline, loaded.owners, lang);
    await writeFile(xlsx, bytes);
    (options.json === true ? io.stderr : io.stdout)(`${say(exportText.wroteXlsx(xlsx, sheets), lang)}\n`);
    return EXIT_OK;
  } catch (error) {
    io.stderr(
      `${say(exportText.writeFailed(xlsx, error instanceof Error ? error.message : String(error)), lang)}\n`,
    );
    return EXIT_UNUSABLE;
  }
}
