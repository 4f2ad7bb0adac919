/**
 * "Omvandla det aktiva bladet / Convert the active sheet": the active sheet's cells as the text
 * the import reads. The pane previews it and creates a new Tidsplan table on a new sheet; the
 * original sheet is only read, never written.
 */
import type { Bilingual } from "../domain/types";
import type { PortResult, WorkbookPort } from "../excel/workbookPort";
import { sheetToText } from "./sheetText";

/** The active sheet as import text. */
export interface ActiveSheetText {
  readonly sheet: string;
  readonly text: string;
}

const EMPTY_SHEET: Bilingual = {
  sv: "Det aktiva bladet är tomt. Välj bladet med tidsplanen och försök igen.",
  en: "The active sheet is empty. Select the sheet with the timeline and try again.",
};

const UNSUPPORTED: Bilingual = {
  sv: "Den här versionen av Excel kan inte läsa det aktiva bladet. Kopiera bladets celler och klistra in dem som text i stället.",
  en: "This version of Excel cannot read the active sheet. Copy the sheet's cells and paste them as text instead.",
};

/** True when the port can read the active sheet (the convert way is offered). */
export function canConvertSheet(port: WorkbookPort): boolean {
  return port.readActiveSheet !== undefined;
}

/** Read the active sheet and turn its cells into tab-separated text, one line per sheet row. */
export async function readActiveSheetText(port: WorkbookPort): Promise<PortResult<ActiveSheetText>> {
  if (port.readActiveSheet === undefined) return { ok: false, code: "unsupported", message: UNSUPPORTED };
  const read = await port.readActiveSheet();
  if (!read.ok) return read;
  const text = sheetToText(read.value.values);
  if (text.trim() === "") return { ok: false, code: "empty-sheet", message: EMPTY_SHEET };
  return { ok: true, value: { sheet: read.value.name, text } };
}
