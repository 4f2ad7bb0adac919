/**
 * "Exportera .ics": read the workbook's timeline, check it, write the calendar file and decide
 * how it reaches the user. Shared by the pane and the ribbon; no React and no Office.js here —
 * the platform (download, system browser) is passed in as an {@link IcsDeliverySurface}.
 */
import { encodeCalendarFragment } from "../download/calendarFragment";
import { buildIcs, exportScope, type AllDayBusy, type ExportedEvent } from "../domain/ics";
import type { Bilingual, Language, OwnerRecord, Timeline } from "../domain/types";
import { summarize } from "../domain/validate";
import { portFailure } from "../excel/portErrors";
import type { WorkbookPort } from "../excel/workbookPort";
import { readWorkbookTimeline } from "./workbookTimeline";

/** The choices of the export view (and the ribbon's defaults). */
export interface IcsExportOptions {
  readonly profile: "add" | "separate";
  /** Only this owner's entries; undefined or "" for all. */
  readonly owner?: string;
  /** A reminder at 09:00 this many working days before each deadline; undefined or 0 for none. */
  readonly reminderDays?: number;
  /** Month, range, week and season entries (default true). */
  readonly includeSpans: boolean;
  /** "free" (default): all-day items show as free time; "busy": one-day items block the day. */
  readonly allDay?: AllDayBusy;
  readonly lang: Language;
}

/** The ribbon's export: the pane's defaults. */
export const DEFAULT_EXPORT_OPTIONS: Omit<IcsExportOptions, "lang"> = {
  profile: "add",
  includeSpans: true,
};

/** A calendar file ready to hand over. */
export interface IcsFile {
  readonly fileName: string;
  readonly text: string;
  readonly eventCount: number;
  /** Entries left out because their När text could not be read. */
  readonly unreadableCount: number;
  /** Events of the last export that are gone, written as cancelled. */
  readonly cancelledCount: number;
  /** The export's scope and events, remembered in the workbook once the file is handed over. */
  readonly scope: string;
  readonly events: readonly ExportedEvent[];
}

export type PreparedExport =
  | { readonly ok: false; readonly message: Bilingual }
  | {
      readonly ok: true;
      readonly file: IcsFile;
      /** Findings of severity error: the user is told before the file is handed over. */
      readonly errorCount: number;
    };

/** How the file reached the user. */
export type IcsDelivery = "download" | "browser-window";

/** What the host can do; the pane and the ribbon pass their own. */
export interface IcsDeliverySurface {
  /** True on Excel on Mac, whose web view cannot download files (office-js #2700, #3385). */
  readonly isMac: boolean;
  /** Save the file through a Blob and an `<a download>`. */
  readonly download: (file: IcsFile) => void;
  /** Open a URL in the system browser; undefined when the host has no such API. */
  readonly openBrowserWindow?: (url: string) => void;
  /** The absolute URL of the add-in's download.html (without fragment). */
  readonly downloadPageUrl: string;
}

/**
 * The file name for a plan: its title with characters no file system accepts removed, plus ".ics".
 *
 * @example calendarFileName("Tidsplan för verksamhetsledning 2007") // "Tidsplan för verksamhetsledning 2007.ics"
 * @example calendarFileName("Budget 2026/2027") // "Budget 2026 2027.ics"
 */
export function calendarFileName(title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const unsafe = /[\u0000-\u001f\\/:*?"<>|]+/g;
  const cleaned = title.replace(unsafe, " ").replace(/\s+/g, " ").trim();
  return `${cleaned === "" ? "tidsplan" : cleaned}.ics`;
}

/**
 * The calendar file of a timeline with the chosen options, compared with the previous export of
 * the same scope (SEQUENCE raised on a change, removed events cancelled).
 */
export function icsFileFor(
  timeline: Timeline,
  options: IcsExportOptions,
  previous: readonly ExportedEvent[] = [],
): IcsFile {
  const owner = options.owner === undefined || options.owner === "" ? undefined : options.owner;
  const reminder =
    options.reminderDays === undefined || options.reminderDays <= 0 ? undefined : options.reminderDays;
  const result = buildIcs(timeline, {
    profile: options.profile,
    includeSpans: options.includeSpans,
    lang: options.lang,
    previous,
    ...(options.allDay === undefined ? {} : { allDay: options.allDay }),
    ...(owner === undefined ? {} : { owner }),
    ...(reminder === undefined ? {} : { reminderDaysBeforeDeadline: reminder }),
  });
  return {
    fileName: calendarFileName(timeline.plan.title),
    text: result.text,
    eventCount: result.eventCount,
    unreadableCount: result.unreadableCount,
    cancelledCount: result.cancelledCount,
    scope: scopeOf(options),
    events: result.events,
  };
}

function scopeOf(options: IcsExportOptions): string {
  return exportScope({
    includeSpans: options.includeSpans,
    ...(options.owner === undefined ? {} : { owner: options.owner }),
  });
}

/**
 * Remember a handed-over file's events in the workbook, for the next export to compare with.
 * Resolves to false when the workbook could not store them (the file itself is fine).
 */
export async function rememberExport(port: WorkbookPort, file: IcsFile): Promise<boolean> {
  if (port.writeExportMemory === undefined) return true;
  return (await port.writeExportMemory(file.scope, file.events)).ok;
}

/** The owners a user can filter by: the register's names, then any other owner in the plan, sorted. */
export function exportOwners(timeline: Timeline, owners: readonly OwnerRecord[] | null): string[] {
  const names = new Map<string, string>();
  for (const name of [...(owners ?? []).map((o) => o.name), ...timeline.entries.map((e) => e.owner)]) {
    const key = name.trim().toLocaleLowerCase("sv");
    if (key !== "" && !names.has(key)) names.set(key, name.trim());
  }
  return [...names.values()].sort((a, b) => a.localeCompare(b, "sv"));
}

/** Read, check and write the calendar file. Never throws; a missing table is a failure. */
export async function prepareIcsExport(
  port: WorkbookPort,
  options: IcsExportOptions,
): Promise<PreparedExport> {
  const read = await readWorkbookTimeline(port);
  if (!read.ok) return { ok: false, message: read.message };
  if (read.value === null) {
    const missing = portFailure<never>("no-table");
    return { ok: false, message: missing.ok ? NO_TABLE : missing.message };
  }
  // A memory that cannot be read is no reason not to export: the file is then written as new.
  const remembered = await port.readExportMemory?.(scopeOf(options));
  const previous = remembered?.ok === true ? remembered.value : [];
  const file = icsFileFor(read.value.timeline, options, previous);
  return { ok: true, file, errorCount: summarize(read.value.findings).error };
}

const NO_TABLE: Bilingual = { sv: "Ingen Tidsplan-tabell.", en: "No Tidsplan table." };

/**
 * The download page URL carrying the file in its fragment (never sent to a server), and the
 * number of errors the page shows before offering the file.
 *
 * @example downloadPageLink("https://host/download.html", file, 2) // "https://host/download.html#<data>.<name>.2"
 */
export function downloadPageLink(pageUrl: string, file: IcsFile, errorCount = 0): string {
  return `${pageUrl.split("#")[0] ?? pageUrl}#${encodeCalendarFragment(file.text, file.fileName, errorCount)}`;
}

/**
 * Hand the file over: a download where the web view can save files, the system browser on Mac.
 * Resolves to null when the Mac has no openBrowserWindow (the caller then offers Copy).
 */
export function deliverIcs(file: IcsFile, surface: IcsDeliverySurface): IcsDelivery | null {
  if (!surface.isMac) {
    surface.download(file);
    return "download";
  }
  if (surface.openBrowserWindow === undefined) return null;
  surface.openBrowserWindow(downloadPageLink(surface.downloadPageUrl, file));
  return "browser-window";
}
