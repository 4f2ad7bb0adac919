/**
 * `tidsplan export <file> [--ics out.ics] [--xlsx out.xlsx] …`: the same domain code as the
 * add-in, files in, files out. Writes nothing unless asked, and never overwrites its input.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  buildCalendarSheet,
  buildOwnersSheet,
  buildPrintPlan,
  buildTimelineTableSheet,
  calendarYears,
} from "../../domain/sheet";
import type { SheetModel } from "../../domain/sheet/sheetModel";
import type { Bilingual, Finding, Language, OwnerRecord, Timeline } from "../../domain/types";
import { validateTimeline } from "../../domain/validate";
import { buildWheelSvg } from "../../domain/wheel";
import { startCommand } from "../commandStart";
import type { CliOptions } from "../args";
import { EXIT_OK, EXIT_UNUSABLE } from "../io";
import type { CliIo } from "../io";
import { say } from "../lang";
import { loadTimeline } from "../loadInput";
import { writeIcsFile, writeOwnerFiles } from "./exportCalendar";
import { EXPORT_USAGE, exportText } from "./exportText";

const FLAGS = [
  "year",
  "ics",
  "xlsx",
  "svg",
  "owner",
  "profile",
  "lang",
  "rings",
  "startMonth",
  "allDay",
  "reminders",
  "previous",
  "refresh",
  "splitBy",
  "icsDir",
] as const;

function findingsByEntry(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.entryId === "") continue;
    const list = map.get(finding.entryId) ?? [];
    list.push(finding);
    map.set(finding.entryId, list);
  }
  return map;
}

async function tryWrite(path: string, data: string | Buffer): Promise<string | undefined> {
  try {
    await writeFile(path, data);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

interface Outputs {
  readonly ics?: string;
  readonly icsDir?: string;
  readonly xlsx?: string;
  readonly svg?: string;
}

/** The checked output paths, or the problem with them. */
function checkOutputs(input: string, options: CliOptions, cwd: string): Outputs | Bilingual {
  if (
    options.ics === undefined &&
    options.icsDir === undefined &&
    options.xlsx === undefined &&
    options.svg === undefined
  )
    return exportText.noOutput;
  if (options.splitBy !== undefined && options.icsDir === undefined) return exportText.splitNeedsDir;
  if (options.icsDir !== undefined && options.splitBy === undefined) return exportText.dirNeedsSplit;
  const ics = options.ics === undefined ? undefined : resolve(cwd, options.ics);
  const xlsx = options.xlsx === undefined ? undefined : resolve(cwd, options.xlsx);
  const svg = options.svg === undefined ? undefined : resolve(cwd, options.svg);
  if (ics === input) return exportText.sameAsInput("--ics");
  if (xlsx === input) return exportText.sameAsInput("--xlsx");
  if (svg === input) return exportText.sameAsInput("--svg");
  const given = [ics, xlsx, svg].filter((path) => path !== undefined);
  if (new Set(given).size !== given.length) return exportText.sameOutputs;
  const icsDir = options.icsDir === undefined ? undefined : resolve(cwd, options.icsDir);
  return { ics, xlsx, svg, ...(icsDir === undefined ? {} : { icsDir }) };
}

export async function writeXlsx(
  path: string,
  timeline: Timeline,
  owners: readonly OwnerRecord[] | undefined,
  lang: Language,
  io: CliIo,
  /** More sheets after the plan's own (derive: the Regler table it used). */
  extra: readonly SheetModel[] = [],
): Promise<boolean> {
  const findings = validateTimeline(timeline, { owners });
  const models = [
    buildTimelineTableSheet(timeline, findingsByEntry(findings), lang),
    buildOwnersSheet(timeline, owners, lang),
    // One calendar per year the plan has dates in (a 2027 budget mostly runs in 2026).
    ...calendarYears(timeline)
      .sort((a, b) => a - b)
      .map((year) => buildCalendarSheet(timeline, { lang, owners, year })),
    buildPrintPlan(timeline, lang),
    ...extra,
  ];
  // Loaded here, not at start-up: exceljs and its dependencies cost more to load than an
  // `export --ics` takes in all.
  const { renderWorkbook } = await import("../xlsx/renderWorkbook");
  const problem = await tryWrite(path, await renderWorkbook(models));
  if (problem !== undefined) {
    io.stderr(say(exportText.writeFailed(path, problem), lang) + "\n");
    return false;
  }
  io.stdout(say(exportText.wroteXlsx(path, models.length), lang) + "\n");
  return true;
}

async function writeSvg(
  path: string,
  timeline: Timeline,
  owners: readonly OwnerRecord[] | undefined,
  options: CliOptions,
  lang: Language,
  io: CliIo,
): Promise<boolean> {
  const findings = validateTimeline(timeline, { owners });
  const svg = buildWheelSvg(timeline, {
    lang,
    rings: options.rings ?? "owner",
    startMonth: options.startMonth,
    owners,
    findings,
  });
  const problem = await tryWrite(path, svg);
  if (problem !== undefined) {
    io.stderr(say(exportText.writeFailed(path, problem), lang) + "\n");
    return false;
  }
  io.stdout(say(exportText.wroteSvg(path, timeline.entries.length), lang) + "\n");
  return true;
}

/**
 * Runs `tidsplan export`. Returns the exit code: 0 written, 2 usage or unusable input.
 *
 * @example
 * await runExport(["plan.txt", "--ics", "plan.ics"], processIo); // prints "Wrote /…/plan.ics (36 events)"
 */
export async function runExport(argv: readonly string[], io: CliIo): Promise<number> {
  const start = startCommand(argv, io, {
    flags: FLAGS,
    usage: EXPORT_USAGE,
    afterProblem: EXPORT_USAGE,
    separator: "\n",
    noFile: exportText.oneInput,
  });
  if (!start.go) return start.code;
  const { lang, options, file } = start;
  const usage = (message: Bilingual): number => {
    io.stderr(`${say(message, lang)}\n${say(EXPORT_USAGE, lang)}\n`);
    return EXIT_UNUSABLE;
  };
  const input = resolve(io.cwd, file);
  const outputs = checkOutputs(input, options, io.cwd);
  if ("sv" in outputs) return usage(outputs);

  const loaded = await loadTimeline(input, { year: options.year, lang }, io);
  if (!loaded.ok) {
    const message: string | Bilingual = loaded.message;
    io.stderr((typeof message === "string" ? message : say(message, lang)) + "\n");
    return EXIT_UNUSABLE;
  }
  let ok = true;
  const calendarOptions =
    options.previous === undefined ? options : { ...options, previous: resolve(io.cwd, options.previous) };
  if (outputs.ics !== undefined)
    ok = (await writeIcsFile(outputs.ics, loaded.timeline, calendarOptions, lang, io)) && ok;
  if (outputs.icsDir !== undefined)
    ok = (await writeOwnerFiles(outputs.icsDir, loaded.timeline, calendarOptions, lang, io)) && ok;
  if (outputs.xlsx !== undefined)
    ok = (await writeXlsx(outputs.xlsx, loaded.timeline, loaded.owners, lang, io)) && ok;
  if (outputs.svg !== undefined)
    ok = (await writeSvg(outputs.svg, loaded.timeline, loaded.owners, options, lang, io)) && ok;
  return ok ? EXIT_OK : EXIT_UNUSABLE;
}
