/**
 * The work behind the ribbon buttons that need no UI (ExecuteFunction: the pane need not be
 * open). Thin: each calls the same workflow as the pane, through a {@link CommandHost} that holds
 * the workbook port and the one Office surface they use, so tests run them with fakes.
 *
 * Buttons that need UI ("Exportera .ics") are ShowTaskpane actions that open the pane on the
 * right view instead of a dialog: a dialog opened by a function command may close as soon as
 * event.completed() ends the function runtime (office-js #428; runtimes:
 * https://learn.microsoft.com/office/dev/add-ins/testing/runtimes), and
 * Office.addin.showAsTaskpane needs a shared runtime
 * (https://learn.microsoft.com/office/dev/add-ins/develop/show-hide-add-in).
 */
import type { Bilingual, Language } from "../domain/types";
import type { WorkbookPort } from "../excel/workbookPort";
import { checkWorkbook } from "../workflows/checkWorkbook";
import { generateSheet } from "../workflows/sheetOutputs";

/** What the ribbon handlers need from Office; officeCommandHost.ts builds it from Office.context. */
export interface CommandHost {
  readonly port: WorkbookPort;
  readonly lang: Language;
  /**
   * Tell the user about a failure. Excel has no notification API for ribbon commands, so the
   * Office host shows it on the add-in's message page in a dialog, and resolves when the user
   * closed it (runCommand bounds the wait, then calls completed()).
   */
  readonly report: (message: Bilingual, severity: "info" | "error") => Promise<void>;
}

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

/**
 * Ribbon "Kalenderblad / Calendar sheet": generate the sheet "Kalender <år>". renderSheetModel
 * activates it (WorksheetCollection.add does not), so the user sees what was made.
 */
export async function createCalendarSheetCommand(host: CommandHost): Promise<void> {
  const result = await generateSheet(host.port, "calendar", host.lang);
  if (!result.ok) await host.report(result.message, "error");
}

const UNEXPECTED: Bilingual = {
  sv: "Något oväntat gick fel. Försök igen, eller använd Tidsplan-panelen.",
  en: "Something unexpected went wrong. Try again, or use the Tidsplan pane.",
};

const NO_ANSWER: Bilingual = {
  sv: "Excel svarade inte i tid, så kommandot avbröts. Kontrollera arbetsboken och försök igen, eller använd Tidsplan-panelen.",
  en: "Excel did not answer in time, so the command was stopped. Check the workbook and try again, or use the Tidsplan pane.",
};

/**
 * How long runCommand waits. Office stops an ExecuteFunction that has not completed after 5
 * minutes (https://learn.microsoft.com/javascript/api/manifest/action, xsi:type), and a button
 * whose completed() never comes stays busy (office-js #147, #5110). The work gets `workMs`, a
 * failure dialog `reportMs` until the user closes it; completed() comes within
 * workMs + reportMs, well under those 5 minutes.
 */
export const COMMAND_LIMITS = { workMs: 45_000, reportMs: 120_000 };

const TIMED_OUT = Symbol("timed out");

/** `promise`, or TIMED_OUT after `ms`; the timer never outlives the race. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Run a handler for a ribbon event: a thrown error is reported (never swallowed silently), a
 * handler whose work hangs is abandoned after `limits.workMs` and reported, a report waits at
 * most `limits.reportMs`, and event.completed() is called exactly once, within
 * workMs + reportMs, whatever happened.
 */
export async function runCommand(
  handler: CommandHandler,
  makeHost: () => CommandHost,
  event: CommandEvent | undefined,
  limits: typeof COMMAND_LIMITS = COMMAND_LIMITS,
): Promise<void> {
  const started = Date.now();
  let host: CommandHost | undefined;
  let reporting: Promise<unknown> | null = null;
  const report = async (message: Bilingual): Promise<void> => {
    if (host === undefined || reporting !== null) return;
    // Whatever time is left of workMs + reportMs, so completed() keeps its bound.
    const left = Math.max(0, limits.workMs + limits.reportMs - (Date.now() - started));
    reporting = within(host.report(message, "error"), left).catch((reportError: unknown) => {
      console.error("Tidsplan: could not report the failure", reportError);
    });
    await reporting;
  };
  try {
    host = makeHost();
    const bounded: CommandHost = { ...host, report: (message) => report(message) };
    const work = handler(bounded);
    const outcome = await within(work, limits.workMs);
    if (outcome === TIMED_OUT) {
      if (reporting !== null)
        await reporting; // the handler is showing its own failure
      else {
        console.error("Tidsplan: a ribbon command did not finish in time");
        await report(NO_ANSWER);
      }
    }
  } catch (error) {
    console.error("Tidsplan: a ribbon command failed", error);
    await report(UNEXPECTED);
  } finally {
    event?.completed();
  }
}
