/**
 * The work behind each ribbon button (ExecuteFunction: the pane need not be open). Thin: each
 * calls the same workflow as the pane, through a {@link CommandHost} that holds the workbook
 * port and the Office surfaces, so tests run them with fakes.
 */
import type { Bilingual, Language } from "../domain/types";
import type { WorkbookPort } from "../excel/workbookPort";
import { checkWorkbook } from "../workflows/checkWorkbook";
import {
  DEFAULT_EXPORT_OPTIONS,
  downloadPageLink,
  prepareIcsExport,
  rememberExport,
} from "../workflows/exportCalendar";
import { generateSheet } from "../workflows/sheetOutputs";

/** What the ribbon handlers need from Office; commands.ts builds it from Office.context. */
export interface CommandHost {
  readonly port: WorkbookPort;
  readonly lang: Language;
  /** True on Excel on Mac, whose web view cannot download files (office-js #2700, #3385). */
  readonly isMac: boolean;
  /** The absolute URL of the add-in's download.html. */
  readonly downloadPageUrl: string;
  /** Office.context.ui.displayDialogAsync on `url`; resolves once the dialog is open (or failed). */
  readonly openDialog: (url: string) => Promise<PortResultLike>;
  /** Office.context.ui.openBrowserWindow, when the host has it. */
  readonly openBrowserWindow?: (url: string) => void;
  /**
   * Tell the user what happened. Excel has no notification API for ribbon commands, so the
   * Office host shows failures on the download page in a dialog.
   */
  readonly report: (message: Bilingual, severity: "info" | "error") => Promise<void>;
}

/** The outcome of opening a dialog. */
export type PortResultLike = { readonly ok: true } | { readonly ok: false; readonly message: Bilingual };

/** The Office ribbon event: Office waits for completed(), or the button stays busy. */
export interface CommandEvent {
  readonly completed: () => void;
}

export type CommandHandler = (host: CommandHost) => Promise<void>;

const NO_TABLE: Bilingual = {
  sv: "Det finns ingen Tidsplan-tabell i arbetsboken. Öppna Tidsplan-panelen för att skapa en.",
  en: "There is no Tidsplan table in the workbook. Open the Tidsplan pane to create one.",
};

/** Ribbon "Kontrollera / Check": read the table, validate, write ID, Start, Slut and Kontroll. */
export async function checkPlanCommand(host: CommandHost): Promise<void> {
  const result = await checkWorkbook(host.port, host.lang);
  if (!result.ok) return host.report(result.message, "error");
  if (result.value === null) return host.report(NO_TABLE, "error");
  // The Kontroll column now shows every finding in its row: that is the result.
}

/** Ribbon "Kalenderblad / Calendar sheet": generate the sheet "Kalender <år>". */
export async function createCalendarSheetCommand(host: CommandHost): Promise<void> {
  const result = await generateSheet(host.port, "calendar", host.lang);
  // renderSheetModel activates the new sheet, so success shows itself.
  if (!result.ok) await host.report(result.message, "error");
}

/**
 * Ribbon "Exportera .ics / Export .ics": "<plan name>.ics" in one click, with the pane's default
 * options. The download page opens in a dialog (the system browser on Mac) with the calendar in
 * its URL fragment; when the check found errors, the page reports them first and offers
 * "Exportera ändå / Export anyway".
 */
export async function exportIcsCommand(host: CommandHost): Promise<void> {
  const prepared = await prepareIcsExport(host.port, { ...DEFAULT_EXPORT_OPTIONS, lang: host.lang });
  if (!prepared.ok) return host.report(prepared.message, "error");
  const url = downloadPageLink(host.downloadPageUrl, prepared.file, prepared.errorCount);
  if (host.isMac && host.openBrowserWindow !== undefined) {
    host.openBrowserWindow(url);
    await rememberExport(host.port, prepared.file);
    return;
  }
  const opened = await host.openDialog(url);
  if (!opened.ok) await host.report(opened.message, "error");
  // What was handed over is what the next export compares with (SEQUENCE, cancellations).
  else await rememberExport(host.port, prepared.file);
}

const UNEXPECTED: Bilingual = {
  sv: "Något oväntat gick fel. Försök igen, eller använd Tidsplan-panelen.",
  en: "Something unexpected went wrong. Try again, or use the Tidsplan pane.",
};

/**
 * Run a handler for a ribbon event: a thrown error is reported (never swallowed silently), and
 * event.completed() is always called, whatever happened.
 */
export async function runCommand(
  handler: CommandHandler,
  makeHost: () => CommandHost,
  event: CommandEvent | undefined,
): Promise<void> {
  let host: CommandHost | undefined;
  try {
    host = makeHost();
    await handler(host);
  } catch (error) {
    console.error("Tidsplan: a ribbon command failed", error);
    try {
      await host?.report(UNEXPECTED, "error");
    } catch (reportError) {
      console.error("Tidsplan: could not report the failure", reportError);
    }
  } finally {
    event?.completed();
  }
}
