/**
 * The task pane's message catalogue. Swedish is the reference: a key missing (or extra) in
 * English is a compile error, so every user-visible string exists in both languages.
 */
import type { Bilingual, Language } from "../../domain/types";

const sv = {
  appName: "Tidsplan",
  loading: "Läser arbetsboken …",
  noPlan: "Ingen plan vald ännu",
  planYear: "år",
  emptyTitle: "Ingen tidsplan i arbetsboken ännu",
  emptyIntro:
    "Välj hur du vill börja. Tidsplanen blir en Excel-tabell som du fortsätter att arbeta i som vanligt.",
  wayPasteTitle: "Klistra in text",
  wayPasteBody:
    "Kopiera tidsplanen från Word, en PDF eller en webbsida och klistra in den. Du ser en förhandsvisning innan tabellen skapas.",
  wayPasteButton: "Klistra in text",
  wayConvertTitle: "Omvandla det aktiva bladet",
  wayConvertBody:
    "Har du redan tidsplanen i ett blad med månadsrubriker och kolumnerna När, Händelse och Ansvar? Då skapas en Tidsplan-tabell på ett nytt blad. Originalbladet lämnas orört.",
  wayConvertButton: "Omvandla bladet",
  wayTableTitle: "Använd en befintlig tabell",
  wayTableBody:
    "En tabell som heter Tidsplan, eller vars rubriker är När, Händelse och Ansvarig, används som den är.",
  wayTableButton: "Sök efter tabell",
  notYetAvailable: "Den här funktionen finns inte i den här versionen ännu.",
  searchingTable: "Söker efter en Tidsplan-tabell …",
  tableFound: "Tidsplan-tabellen hittades.",
  tableFoundRows: "rader",
  tableNotFound: "Ingen Tidsplan-tabell hittades. Klistra in text eller omvandla ett blad för att skapa en.",
  tableTitle: "Tidsplanen",
  errorTitle: "Det gick inte",
  dismiss: "Stäng",
  statusReady: "Tidsplan är redo.",
  navLabel: "Vyer",
  navTimeline: "Tidsplan",
  navCalendar: "Kalender",
  navWheel: "Årshjul",
  navRollover: "Nästa års plan",
  pasteTitle: "Klistra in tidsplanen",
  pasteLabel: "Text från Word, en PDF eller en webbsida",
  pasteHint: "Markera hela tidsplanen i dokumentet, kopiera och klistra in här.",
  previewTitle: "Förhandsvisning",
  previewEntries: "{n} händelser",
  previewNone: "Klistra in text för att se en förhandsvisning.",
  previewBinary:
    "Det inklistrade ser ut som binärdata, inte text. Kopiera tidsplanen från dokumentet igen (markera texten, inte filen).",
  previewSkipped: "Hoppades över ({n})",
  previewExtraColumns: "Kolumner som Tidsplan inte känner till får egna kolumner i tabellen: {columns}.",
  previewFromProse: "Läst ur löptext – kontrollera datum och händelse.",
  previewMore: "… och {n} till",
  colWhen: "När",
  colEvent: "Händelse",
  colOwner: "Ansvarig",
  noOwner: "–",
  reasonTitle: "rubrik",
  reasonDocumentDate: "dokumentdatum",
  reasonIntro: "inledande text",
  reasonHeaderRow: "kolumnrubriker",
  reasonMonthHeading: "månadsrubrik",
  reasonYearHeading: "årsrubrik",
  reasonPageHeading: "sidrubrik",
  reasonUnrecognised: "kunde inte läsas",
  reasonOther: "hoppades över",
  planTitleLabel: "Planens namn",
  planYearLabel: "Planår",
  planNotInferred: "Namn och år kunde inte läsas ut ur texten. Fyll i dem innan tabellen skapas.",
  planYearInvalid: "Skriv ett år med fyra siffror, till exempel 2027.",
  createTable: "Skapa tabell",
  cancel: "Avbryt",
  creatingTable: "Skapar tabellen …",
  tableCreated: "Tidsplan-tabellen skapades med {n} rader.",
  convertTitle: "Omvandla bladet {sheet}",
  readingSheet: "Läser det aktiva bladet …",
  check: "Kontrollera",
  checking: "Kontrollerar …",
  clearCheck: "Rensa kontroll",
  checkCleared: "Kontrollen är rensad.",
  createOwners: "Skapa ansvarslista",
  ownersCreated: "Ansvarslistan skapades med {n} ansvariga.",
  noOwnersFound: "Tidsplanen har inga ansvariga att lista ännu.",
  createRules: "Skapa regeltabell",
  rulesOrganisation: "Kommun eller region",
  rulesKommun: "Kommun (KF/KS)",
  rulesRegion: "Region (RF/RS)",
  rulesCreated:
    "Regeltabellen skapades på bladet Regler med lagens standardvärden. Ändra På/Av eller Värde där och tryck på Kontrollera.",
  rulesExist:
    "Bladet Regler har redan en regeltabell; den skrivs inte över. Ändringar i den gäller vid nästa kontroll.",
  rulesProblem: "Regler, rad {row}: {message}",
  severityError: "Fel",
  severityWarning: "Varningar",
  severityInfo: "Info",
  findingsSummary: "{error} fel, {warning} varningar, {info} info",
  findingsTitle: "Resultat av kontrollen",
  noFindings: "Inga fel eller varningar.",
  notChecked: "Tryck på Kontrollera för att granska tidsplanen. Resultatet skrivs i kolumnen Kontroll.",
  rowLabel: "Rad {line}",
  planWide: "Hela planen",
  fixSetOwner: "Sätt ansvarig: {owner}",
  fixSetWhen: "Ändra När till {when}",
  fixSetId: "Nytt ID: {id}",
  fixSort: "Sortera kronologiskt",
  fixMarkReviewed: "Markera som granskad",
  fixApplied: "Ändringen är gjord. Kontrollerar igen …",
  liveCheckOn: "Ändringar i tabellen kontrolleras automatiskt.",
} as const;

export type MessageKey = keyof typeof sv;
export type Messages = Readonly<Record<MessageKey, string>>;

/** Both catalogues; `satisfies` makes a missing or extra key in English a type error. */
export const messages = {
  sv,
  en: {
    appName: "Tidsplan",
    loading: "Reading the workbook …",
    noPlan: "No plan chosen yet",
    planYear: "year",
    emptyTitle: "No timeline in this workbook yet",
    emptyIntro: "Choose how to start. The timeline becomes an Excel table that you keep working in as usual.",
    wayPasteTitle: "Paste text",
    wayPasteBody:
      "Copy the timeline from Word, a PDF or a web page and paste it. You see a preview before the table is created.",
    wayPasteButton: "Paste text",
    wayConvertTitle: "Convert the active sheet",
    wayConvertBody:
      "Already have the timeline in a sheet with month headings and När, Händelse and Ansvar columns? A Tidsplan table is created on a new sheet. The original sheet is left untouched.",
    wayConvertButton: "Convert the sheet",
    wayTableTitle: "Use an existing table",
    wayTableBody:
      "A table named Tidsplan, or one whose headers are När, Händelse and Ansvarig, is used as it is.",
    wayTableButton: "Look for a table",
    notYetAvailable: "This feature is not available in this version yet.",
    searchingTable: "Looking for a Tidsplan table …",
    tableFound: "The Tidsplan table was found.",
    tableFoundRows: "rows",
    tableNotFound: "No Tidsplan table was found. Paste text or convert a sheet to create one.",
    tableTitle: "The timeline",
    errorTitle: "That did not work",
    dismiss: "Dismiss",
    statusReady: "Tidsplan is ready.",
    navLabel: "Views",
    navTimeline: "Timeline",
    navCalendar: "Calendar",
    navWheel: "Annual wheel",
    navRollover: "Next year's plan",
    pasteTitle: "Paste the timeline",
    pasteLabel: "Text from Word, a PDF or a web page",
    pasteHint: "Select the whole timeline in the document, copy it and paste it here.",
    previewTitle: "Preview",
    previewEntries: "{n} entries",
    previewNone: "Paste text to see a preview.",
    previewBinary:
      "What was pasted looks like binary data, not text. Copy the timeline from the document again (select the text, not the file).",
    previewSkipped: "Skipped ({n})",
    previewExtraColumns: "Columns Tidsplan does not know get columns of their own in the table: {columns}.",
    previewFromProse: "Read from prose – check the date and the event.",
    previewMore: "… and {n} more",
    colWhen: "When",
    colEvent: "Event",
    colOwner: "Owner",
    noOwner: "–",
    reasonTitle: "title",
    reasonDocumentDate: "document date",
    reasonIntro: "introduction",
    reasonHeaderRow: "column headings",
    reasonMonthHeading: "month heading",
    reasonYearHeading: "year heading",
    reasonPageHeading: "page heading",
    reasonUnrecognised: "could not be read",
    reasonOther: "skipped",
    planTitleLabel: "Plan name",
    planYearLabel: "Plan year",
    planNotInferred:
      "The name and year could not be read from the text. Fill them in before creating the table.",
    planYearInvalid: "Enter a four-digit year, for example 2027.",
    createTable: "Create table",
    cancel: "Cancel",
    creatingTable: "Creating the table …",
    tableCreated: "The Tidsplan table was created with {n} rows.",
    convertTitle: "Convert the sheet {sheet}",
    readingSheet: "Reading the active sheet …",
    check: "Check",
    checking: "Checking …",
    clearCheck: "Clear check",
    checkCleared: "The check was cleared.",
    createOwners: "Create owner list",
    ownersCreated: "The owner list was created with {n} owners.",
    noOwnersFound: "The timeline has no owners to list yet.",
    createRules: "Create rules table",
    rulesOrganisation: "Municipality or region",
    rulesKommun: "Municipality (KF/KS)",
    rulesRegion: "Region (RF/RS)",
    rulesCreated:
      "The rules table was created on the sheet Regler with the law's defaults. Change On/Off (På/Av) or Value (Värde) there and press Check.",
    rulesExist:
      "The sheet Regler already has a rules table; it is not overwritten. Changes to it apply at the next check.",
    rulesProblem: "Regler, row {row}: {message}",
    severityError: "Errors",
    severityWarning: "Warnings",
    severityInfo: "Info",
    findingsSummary: "{error} errors, {warning} warnings, {info} info",
    findingsTitle: "Check results",
    noFindings: "No errors or warnings.",
    notChecked: "Press Check to review the timeline. The result is written to the Kontroll column.",
    rowLabel: "Row {line}",
    planWide: "Whole plan",
    fixSetOwner: "Set owner: {owner}",
    fixSetWhen: "Change When to {when}",
    fixSetId: "New ID: {id}",
    fixSort: "Sort chronologically",
    fixMarkReviewed: "Mark as reviewed",
    fixApplied: "The change was made. Checking again …",
    liveCheckOn: "Changes to the table are checked automatically.",
  },
} satisfies Record<Language, Messages>;

/**
 * The pane's language from Office.context.displayLanguage: Swedish for "sv" and any "sv-*",
 * English otherwise (and when Office gives none).
 *
 * @example languageFrom("sv-SE") // "sv"
 * @example languageFrom("en-GB") // "en"
 */
export function languageFrom(displayLanguage: string | undefined): Language {
  const primary = (displayLanguage ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return primary === "sv" ? "sv" : "en";
}

/**
 * Fill "{name}" placeholders of a catalogue message.
 *
 * @example fill("{n} händelser", { n: 36 }) // "36 händelser"
 */
export function fill(message: string, values: Readonly<Record<string, string | number>>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** A catalogue message with placeholders filled, in both languages. */
export function bilingualFill(key: MessageKey, values: Readonly<Record<string, string | number>>): Bilingual {
  return { sv: fill(messages.sv[key], values), en: fill(messages.en[key], values) };
}

/** A catalogue message in both languages (for state that outlives a language switch). */
export function bilingual(key: MessageKey): Bilingual {
  return { sv: messages.sv[key], en: messages.en[key] };
}
