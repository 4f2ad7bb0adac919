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

/** A catalogue message in both languages (for state that outlives a language switch). */
export function bilingual(key: MessageKey): Bilingual {
  return { sv: messages.sv[key], en: messages.en[key] };
}
