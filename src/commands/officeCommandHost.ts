/**
 * The ribbon's {@link CommandHost} in Excel: the Office.js workbook, the display language, and
 * the failure dialog. The only Office.context use of the ribbon commands.
 */
import { encodeMessageFragment } from "../download/calendarFragment";
import type { Bilingual } from "../domain/types";
import { createOfficeWorkbook } from "../excel/officeWorkbook";
import { languageFrom } from "../taskpane/i18n/messages";
import type { CommandHost } from "./commandHandlers";

function messagePageUrl(): string {
  return new URL("download.html", window.location.href).href;
}

/**
 * Show `message` on the add-in's own page in a dialog and resolve when the user closed it
 * (DialogEventReceived, 12006: https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events)
 * or when it could not open. The function runtime must live until then: completed() may close a
 * dialog the function opened (office-js #428), so runCommand calls it after this resolves (and
 * bounds the wait).
 */
function showMessage(message: Bilingual): Promise<void> {
  const url = `${messagePageUrl()}#${encodeMessageFragment(message)}`;
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 45, width: 35, displayInIframe: false }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        console.error(`Tidsplan: ${message.en} (no dialog: ${result.error.code})`);
        resolve();
        return;
      }
      result.value.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

/** The host for commands run from Excel's ribbon. */
export function officeCommandHost(): CommandHost {
  return {
    port: createOfficeWorkbook(),
    lang: languageFrom(Office.context.displayLanguage),
    report: (message) => showMessage(message),
  };
}
