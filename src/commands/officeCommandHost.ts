/**
 * The ribbon's {@link CommandHost} in Excel: the Office.js workbook, the display language, and
 * the dialog / system-browser surfaces. The only Office.context use of the ribbon commands.
 */
import { encodeMessageFragment } from "../download/calendarFragment";
import type { Bilingual } from "../domain/types";
import { createOfficeWorkbook } from "../excel/officeWorkbook";
import { languageFrom } from "../taskpane/i18n/messages";
import type { CommandHost, PortResultLike } from "./commandHandlers";

const DIALOG_FAILED: Bilingual = {
  sv: "Excel kunde inte öppna ett fönster (kanske blockerar webbläsaren popup-fönster). Använd Exportera .ics i Tidsplan-panelen.",
  en: "Excel could not open a window (the browser may block pop-ups). Use Export .ics in the Tidsplan pane.",
};

function downloadPageUrl(): string {
  return new URL("download.html", window.location.href).href;
}

/** Office.context.ui.displayDialogAsync as a promise that resolves when the dialog opened or failed. */
function openDialog(url: string): Promise<PortResultLike> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 45, width: 35, displayInIframe: false }, (result) => {
      resolve(
        result.status === Office.AsyncResultStatus.Succeeded
          ? { ok: true }
          : { ok: false, message: DIALOG_FAILED },
      );
    });
  });
}

/** The host for commands run from Excel's ribbon. */
export function officeCommandHost(): CommandHost {
  const ui = Office.context.ui;
  const openBrowserWindow =
    typeof ui.openBrowserWindow === "function" ? (url: string) => ui.openBrowserWindow(url) : undefined;
  const pageUrl = downloadPageUrl();
  return {
    port: createOfficeWorkbook(),
    lang: languageFrom(Office.context.displayLanguage),
    isMac: Office.context.platform === Office.PlatformType.Mac,
    downloadPageUrl: pageUrl,
    openDialog,
    ...(openBrowserWindow === undefined ? {} : { openBrowserWindow }),
    // Excel has no notification for ribbon commands: the download page shows the message.
    report: async (message) => {
      const opened = await openDialog(`${pageUrl}#${encodeMessageFragment(message)}`);
      if (!opened.ok) console.error(`Tidsplan: ${message.en}`);
    },
  };
}
