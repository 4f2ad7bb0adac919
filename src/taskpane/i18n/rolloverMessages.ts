/**
 * The "Nästa års plan" view's message catalogue. Swedish is the reference: a key missing (or
 * extra) in English is a compile error, as in {@link ./messages}.
 */
import type { Bilingual, Language } from "../../domain/types";

const sv = {
  title: "Nästa års plan",
  intro:
    "Gör en ny plan för ett annat år av tidsplanen. Originalet ändras inte: den nya planen hamnar på ett eget blad med en egen tabell och ett eget Plan-ID.",
  yearLabel: "År för den nya planen",
  yearInvalid: "Skriv ett år med fyra siffror, inte planens eget år.",
  propose: "Gör förslag",
  proposing: "Gör förslag …",
  reviewTitle: "Granska {n} rader",
  reviewIntro:
    "Varje rad visar gammalt och nytt datum och varför. Godkänn raden eller skriv ett annat När. Rader med varning måste godkännas innan planen skrivs.",
  rowHeading: "Rad {line}",
  whenLabel: "Nytt När",
  titleLabel: "Den nya planens namn",
  titleOffer: "{years} i namnet är inget planår. Förslag: {text}",
  accepted: "Godkänd",
  offer: "Använd: {text}",
  offerNote: "{years} är inget planår och ändras inte av sig självt.",
  unreadableEdit: "Det nya När kan inte läsas: {message}",
  acceptAll: "Godkänn alla",
  write: "Skriv nästa års plan",
  writing: "Skriver planen …",
  waiting: "{n} rader väntar på att godkännas.",
  written: "Nästa års plan skrevs på bladet {sheet} (tabellen {table}, {n} rader).",
  noTable: "Det finns ingen Tidsplan-tabell att göra nästa års plan av.",
  unsupported: "Den här versionen av arbetsboken kan inte få ett nytt planblad.",
  oldToNew: "{old} → {new}",
  oldEvent: "Förut: {event}",
} as const;

export type RolloverMessageKey = keyof typeof sv;
export type RolloverMessages = Readonly<Record<RolloverMessageKey, string>>;

/** Both catalogues; `satisfies` makes a missing or extra key in English a type error. */
export const rolloverMessages = {
  sv,
  en: {
    title: "Next year's plan",
    intro:
      "Make a new plan for another year out of the timeline. The original is not changed: the new plan goes on a sheet of its own with its own table and its own plan ID.",
    yearLabel: "Year of the new plan",
    yearInvalid: "Write a four-digit year other than the plan's own.",
    propose: "Make proposal",
    proposing: "Making the proposal …",
    reviewTitle: "Review {n} rows",
    reviewIntro:
      "Each row shows the old and the new date and why. Accept the row or write another When. Rows with a warning must be accepted before the plan is written.",
    rowHeading: "Row {line}",
    whenLabel: "New When",
    titleLabel: "The new plan's name",
    titleOffer: "{years} in the name is not a plan year. Suggestion: {text}",
    accepted: "Accepted",
    offer: "Use: {text}",
    offerNote: "{years} is not a plan year and is not changed by itself.",
    unreadableEdit: "The new When cannot be read: {message}",
    acceptAll: "Accept all",
    write: "Write next year's plan",
    writing: "Writing the plan …",
    waiting: "{n} rows are waiting to be accepted.",
    written: "Next year's plan was written on the sheet {sheet} (table {table}, {n} rows).",
    noTable: "There is no Tidsplan table to make next year's plan from.",
    unsupported: "This version of the workbook cannot take a new plan sheet.",
    oldToNew: "{old} → {new}",
    oldEvent: "Was: {event}",
  },
} satisfies Record<Language, RolloverMessages>;

/** A message in both languages, for state that outlives a language switch. */
export function bilingualRollover(
  key: RolloverMessageKey,
  values: Readonly<Record<string, string | number>> = {},
): Bilingual {
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/gu, (whole, name: string) => String(values[name] ?? whole));
  return { sv: fill(rolloverMessages.sv[key]), en: fill(rolloverMessages.en[key]) };
}
