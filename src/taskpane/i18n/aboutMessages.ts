/**
 * "Om Tidsplan" and its self-test: the message catalogue. Swedish is the reference: a key missing
 * (or extra) in English is a compile error.
 */
import type { Language } from "../../domain/types";
import type { SelfTestPath } from "../../excel/selfTest";

const PATHS_SV: Record<SelfTestPath, string> = {
  "scratch-sheet": "Skapa ett provblad",
  "write-values": "Skriva värden",
  "read-values": "Läsa värden",
  "number-formats": "Talformat (text förblir text)",
  "table-create": "Skapa en tabell",
  "null-object": "Fråga efter en tabell som inte finns",
  "filter-state": "Se om rader är filtrerade",
  "table-sort": "Sortera en tabell",
  "table-changed-event": "Märka ändringar i en tabell",
  "document-properties": "Egenskaper i arbetsboken",
  "sheet-properties": "Egenskaper på ett blad",
  "date-system": "Arbetsbokens datumsystem",
  "conditional-format": "Villkorsstyrd formatering",
  "data-validation": "Listrutor (dataverifiering)",
  "page-layout": "Sidhuvud och utskrift",
  "freeze-panes": "Låsa rubrikrader",
  picture: "Infoga en bild",
  "select-and-restore": "Markera och återställa markeringen",
  "remove-scratch-sheet": "Ta bort provbladet",
};

const PATHS_EN: Record<SelfTestPath, string> = {
  "scratch-sheet": "Create a scratch sheet",
  "write-values": "Write values",
  "read-values": "Read values",
  "number-formats": "Number formats (text stays text)",
  "table-create": "Create a table",
  "null-object": "Ask for a table that does not exist",
  "filter-state": "See whether rows are filtered",
  "table-sort": "Sort a table",
  "table-changed-event": "Notice changes in a table",
  "document-properties": "Workbook properties",
  "sheet-properties": "Sheet properties",
  "date-system": "The workbook's date system",
  "conditional-format": "Conditional formatting",
  "data-validation": "Dropdowns (data validation)",
  "page-layout": "Page header and printing",
  "freeze-panes": "Freeze header rows",
  picture: "Insert a picture",
  "select-and-restore": "Select and restore the selection",
  "remove-scratch-sheet": "Remove the scratch sheet",
};

const sv = {
  aboutButton: "Om Tidsplan",
  aboutHeading: "Om Tidsplan",
  aboutText:
    "Tidsplan läser och kontrollerar tidsplaner för verksamhetsledning och gör kalendrar av dem. Självtestet provar allt tillägget gör i Excel, på ett eget provblad som tas bort efteråt. Dina blad rörs inte.",
  selfTestButton: "Självtest",
  selfTestRunning: "Självtestet körs …",
  selfTestTitle: "Tidsplan självtest",
  host: "Program",
  platform: "Plattform",
  version: "Version",
  requirementSets: "Kravuppsättningar",
  supported: "finns",
  notSupported: "saknas",
  ok: "ok",
  failed: "fel",
  skipped: "hoppades över",
  copyResult: "Kopiera resultat",
  copied: "Resultatet är kopierat. Klistra in det i ett mejl till oss.",
  copyFailed: "Det gick inte att kopiera. Markera texten nedan och kopiera den.",
  summary: (ok: number, failed: number, skipped: number) =>
    `Självtest klart: ${ok} ok, ${failed} fel, ${skipped} hoppades över.`,
  paths: PATHS_SV,
};

type Catalogue = typeof sv;

export const aboutMessages = {
  sv,
  en: {
    aboutButton: "About Tidsplan",
    aboutHeading: "About Tidsplan",
    aboutText:
      "Tidsplan reads and checks governance timelines and makes calendars of them. The self-test tries everything the add-in does in Excel, on a scratch sheet of its own that is removed afterwards. Your sheets are not touched.",
    selfTestButton: "Self-test",
    selfTestRunning: "Running the self-test …",
    selfTestTitle: "Tidsplan self-test",
    host: "Host",
    platform: "Platform",
    version: "Version",
    requirementSets: "Requirement sets",
    supported: "yes",
    notSupported: "no",
    ok: "ok",
    failed: "failed",
    skipped: "skipped",
    copyResult: "Copy results",
    copied: "The results are copied. Paste them into an e-mail to us.",
    copyFailed: "Could not copy. Select the text below and copy it.",
    summary: (ok: number, failed: number, skipped: number) =>
      `Self-test done: ${ok} ok, ${failed} failed, ${skipped} skipped.`,
    paths: PATHS_EN,
  },
} satisfies Record<Language, Catalogue>;
