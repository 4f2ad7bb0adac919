/**
 * The failures a user meets in Excel, as stable codes with a bilingual message saying what
 * happened and what to do. Shared by the Office and the in-memory workbook.
 */
import type { Bilingual } from "../domain/types";
import type { PortResult } from "./workbookPort";

export type PortErrorCode =
  | "cell-edit-mode"
  | "protected-sheet"
  | "request-too-large"
  | "response-too-large"
  | "item-missing"
  | "filtered-table"
  | "unsupported"
  | "changed-meanwhile"
  | "no-table"
  | "name-taken"
  | "unknown";

const MESSAGES: Readonly<Record<PortErrorCode, Bilingual>> = {
  "cell-edit-mode": {
    sv: "Excel är i redigeringsläge (en cell redigeras). Tryck Enter eller Esc och försök igen.",
    en: "Excel is in cell-edit mode (a cell is being edited). Press Enter or Esc and try again.",
  },
  "protected-sheet": {
    sv: "Bladet är skyddat, så inget ändrades. Ta bort bladskyddet (Granska › Ta bort skydd) och försök igen.",
    en: "The sheet is protected, so nothing was changed. Unprotect it (Review › Unprotect Sheet) and try again.",
  },
  "request-too-large": {
    sv: "Tabellen är för stor för en enda ändring i Excel på webben. Dela upp tidsplanen eller använd Excel för skrivbordet.",
    en: "The table is too large for one change in Excel on the web. Split the timeline or use desktop Excel.",
  },
  "response-too-large": {
    sv: "Excel på webben kan inte skicka så mycket på en gång (högst 5 MB per svar). Tidsplan läste tabellen i mindre delar; om felet kvarstår, dela upp tidsplanen eller använd Excel för skrivbordet.",
    en: "Excel on the web cannot send that much at once (5 MB per response at most). Tidsplan read the table in smaller parts; if this persists, split the timeline or use desktop Excel.",
  },
  "item-missing": {
    sv: "Ett blad eller en tabell som Tidsplan arbetade med finns inte längre (borttagen eller omdöpt under tiden). Försök igen.",
    en: "A sheet or table Tidsplan was working with no longer exists (deleted or renamed meanwhile). Try again.",
  },
  "filtered-table": {
    sv: "Tabellen är filtrerad, så Tidsplan sorterade inte (ditt filter och de dolda raderna lämnas som de är). Rensa filtret (Data › Rensa) och välj Sortera kronologiskt igen.",
    en: "The table is filtered, so Tidsplan did not sort it (your filter and hidden rows are left as they are). Clear the filter (Data › Clear) and choose Sort chronologically again.",
  },
  unsupported: {
    sv: "Den här funktionen finns inte i din version av Excel. Resten av tillägget fungerar.",
    en: "This feature is not available in your version of Excel. The rest of the add-in works.",
  },
  "changed-meanwhile": {
    sv: "Tabellen ändrades medan kontrollen skrevs, så inget skrevs över. Kör Kontrollera igen.",
    en: "The table changed while the check was being written, so nothing was overwritten. Run Check again.",
  },
  "no-table": {
    sv: "Det finns ingen Tidsplan-tabell i arbetsboken. Skapa en från text eller från det aktiva bladet.",
    en: "There is no Tidsplan table in the workbook. Create one from text or from the active sheet.",
  },
  "name-taken": {
    sv: "Det finns redan ett eget blad med det namnet. Byt namn på det eller ta bort det, så skapas bladet.",
    en: "A sheet of your own already has that name. Rename or delete it and the sheet will be created.",
  },
  unknown: {
    sv: "Något gick fel i Excel. Försök igen; om felet kvarstår, spara och öppna arbetsboken på nytt.",
    en: "Something went wrong in Excel. Try again; if it persists, save and reopen the workbook.",
  },
};

/** A failed PortResult with the standard message for `code` (and optional detail appended). */
export function portFailure<T>(code: PortErrorCode, detail?: Bilingual): PortResult<T> {
  const base = MESSAGES[code];
  const message =
    detail === undefined ? base : { sv: `${base.sv} (${detail.sv})`, en: `${base.en} (${detail.en})` };
  return { ok: false, code, message };
}

/** A successful PortResult. */
export function portOk<T>(value: T): PortResult<T> {
  return { ok: true, value };
}
