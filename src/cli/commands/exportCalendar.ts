/**
 * The calendar files of `tidsplan export`: one file (--ics) or one per owner (--split-by owner
 * --ics-dir DIR), each compared with the previous export (--previous) for SEQUENCE and
 * cancellations.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildIcs, readExportedEvents, type ExportedEvent, type IcsOptions } from "../../domain/ics";
import type { Bilingual, Language, Timeline } from "../../domain/types";
import type { CliOptions } from "../args";
import type { CliIo } from "../io";
import { say } from "../lang";
import { exportText } from "./exportText";

/** The previous export read from `path`, [] when there is none yet (a first scheduled run). */
async function previousEvents(path: string | undefined, io: CliIo, lang: Language): Promise<ExportedEvent[]> {
  if (path === undefined) return [];
  try {
    return readExportedEvents(await readFile(path, "utf8"));
  } catch {
    io.stderr(say(exportText.noPrevious(path), lang) + "\n");
    return [];
  }
}

async function tryWrite(path: string, data: string): Promise<string | undefined> {
  try {
    await writeFile(path, data);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function baseOptions(options: CliOptions, lang: Language): IcsOptions {
  return {
    profile: options.profile ?? "add",
    lang,
    ...(options.allDay === undefined ? {} : { allDay: options.allDay }),
    ...(options.reminders === undefined ? {} : { reminderDaysBeforeDeadline: options.reminders }),
    ...(options.refresh === undefined ? {} : { refreshHours: options.refresh }),
  };
}

/** Writes one file and says so; false when it could not be written. */
async function writeOne(
  path: string,
  timeline: Timeline,
  icsOptions: IcsOptions,
  previous: string | undefined,
  io: CliIo,
  lang: Language,
): Promise<boolean> {
  const result = buildIcs(timeline, { ...icsOptions, previous: await previousEvents(previous, io, lang) });
  const problem = await tryWrite(path, result.text);
  if (problem !== undefined) {
    io.stderr(say(exportText.writeFailed(path, problem), lang) + "\n");
    return false;
  }
  const cancelled = result.cancelledCount > 0 ? say(exportText.cancelled(result.cancelledCount), lang) : "";
  io.stdout(say(exportText.wroteIcs(path, result.eventCount), lang) + cancelled + "\n");
  if (result.unreadableCount > 0) io.stderr(say(exportText.unreadable(result.unreadableCount), lang) + "\n");
  return true;
}

/**
 * `--ics FILE`: the plan (or `--owner`'s part of it) as one calendar file.
 *
 * @example
 * await writeIcsFile("/out/plan.ics", timeline, { previous: "/out/plan.ics" }, "sv", io) // "Skrev /out/plan.ics (36 händelser)"
 */
export function writeIcsFile(
  path: string,
  timeline: Timeline,
  options: CliOptions,
  lang: Language,
  io: CliIo,
): Promise<boolean> {
  const icsOptions = {
    ...baseOptions(options, lang),
    ...(options.owner === undefined ? {} : { owner: options.owner }),
  };
  return writeOne(path, timeline, icsOptions, options.previous, io, lang);
}

/** A file name for an owner: its name without the characters no file system accepts. */
export function ownerFileName(owner: string): string {
  // Control characters are exactly what is removed, with what Windows forbids in a file name.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  const unsafe = /[\u0000-\u001f\\/:*?"<>|]+/g;
  const cleaned = owner.replace(unsafe, " ").replace(/\s+/g, " ").trim();
  return `${cleaned === "" || /^\.+$/.test(cleaned) ? "ansvarig" : cleaned}.ics`;
}

const NO_OWNER: Bilingual = { sv: "utan ansvarig", en: "no owner" };

/**
 * `--split-by owner --ics-dir DIR`: one calendar file per owner (and one for the rows without),
 * so each nämnd or unit can subscribe to its own. UIDs are the same as in the whole plan's file.
 * With --previous DIR, each file is compared with the file of the same name there.
 *
 * @example
 * await writeOwnerFiles("/srv/kalender", timeline, options, "sv", io) // Skrev /srv/kalender/Kommunstyrelsen.ics (…)
 */
export async function writeOwnerFiles(
  dir: string,
  timeline: Timeline,
  options: CliOptions,
  lang: Language,
  io: CliIo,
): Promise<boolean> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    io.stderr(
      say(exportText.writeFailed(dir, error instanceof Error ? error.message : String(error)), lang) + "\n",
    );
    return false;
  }
  const owners = new Map<string, string>();
  for (const entry of timeline.entries) {
    const key = entry.owner.trim().toLocaleLowerCase("sv");
    if (key !== "" && !owners.has(key)) owners.set(key, entry.owner.trim());
  }
  const files: { readonly name: string; readonly options: IcsOptions }[] = [];
  const taken = new Set<string>();
  const add = (wanted: string, icsOptions: IcsOptions) => {
    let name = ownerFileName(wanted);
    // Two owners whose names differ only in characters a file name cannot hold (or in case).
    for (let n = 2; taken.has(name.toLocaleLowerCase("sv")); n += 1) name = ownerFileName(`${wanted} ${n}`);
    taken.add(name.toLocaleLowerCase("sv"));
    files.push({ name, options: icsOptions });
  };
  const base = baseOptions(options, lang);
  const title = timeline.plan.title.trim() || `Tidsplan ${timeline.plan.year}`;
  for (const owner of [...owners.values()].sort((a, b) => a.localeCompare(b, "sv")))
    add(owner, { ...base, owner, calendarName: `${title} – ${owner}` });
  if (timeline.entries.some((entry) => entry.owner.trim() === ""))
    add(NO_OWNER[lang], { ...base, withoutOwner: true, calendarName: `${title} – ${NO_OWNER[lang]}` });
  let ok = true;
  for (const file of files) {
    const previous = options.previous === undefined ? undefined : join(options.previous, file.name);
    ok = (await writeOne(join(dir, file.name), timeline, file.options, previous, io, lang)) && ok;
  }
  return ok;
}
