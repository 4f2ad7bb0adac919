/**
 * The årshjul view's message catalogue. Swedish is the reference: a key missing (or extra) in
 * English is a compile error, as in {@link ./messages}.
 */
import { monthName } from "../../domain/dates/months";
import type { Bilingual, Language } from "../../domain/types";

const sv = {
  wheelTitle: "Årshjul",
  ringsLabel: "Ringar",
  ringsOwner: "Per ansvarig",
  ringsKind: "Per typ",
  startMonthLabel: "Första månad",
  refresh: "Uppdatera",
  insert: "Infoga årshjul",
  insertUnavailable:
    "Infoga årshjul kräver Excel med ExcelApi 1.9 (bilder på blad). Resten av årshjulet fungerar.",
  reading: "Ritar årshjulet …",
  noTable: "Det finns ingen Tidsplan-tabell att rita ett årshjul från.",
  drawn: "Årshjulet är ritat.",
  inserting: "Infogar årshjulet som bild …",
  inserted: "Årshjulet infogades på bladet",
  renderFailed: "Bilden av årshjulet kunde inte skapas i den här webbläsaren.",
  selectHint: "Klicka på en händelse för att markera dess rad i tabellen.",
  wheelLabel: "Årshjul för tidsplanen",
  sheetPrefix: "Årshjul",
} as const;

export type WheelMessageKey = keyof typeof sv;
export type WheelMessages = Readonly<Record<WheelMessageKey, string>>;

/** Both catalogues; `satisfies` makes a missing or extra key in English a type error. */
export const wheelMessages = {
  sv,
  en: {
    wheelTitle: "Annual wheel",
    ringsLabel: "Rings",
    ringsOwner: "Per owner",
    ringsKind: "Per kind",
    startMonthLabel: "First month",
    refresh: "Refresh",
    insert: "Insert wheel",
    insertUnavailable:
      "Insert wheel needs an Excel with ExcelApi 1.9 (pictures on sheets). The rest of the wheel works.",
    reading: "Drawing the annual wheel …",
    noTable: "There is no Tidsplan table to draw an annual wheel from.",
    drawn: "The annual wheel is drawn.",
    inserting: "Inserting the annual wheel as a picture …",
    inserted: "The annual wheel was inserted on the sheet",
    renderFailed: "The picture of the annual wheel could not be made in this browser.",
    selectHint: "Click an event to select its row in the table.",
    wheelLabel: "Annual wheel of the timeline",
    sheetPrefix: "Annual wheel",
  },
} satisfies Record<Language, WheelMessages>;

/** A message in both languages, for state that outlives a language switch. */
export function bilingualWheel(key: WheelMessageKey): Bilingual {
  return { sv: wheelMessages.sv[key], en: wheelMessages.en[key] };
}

/** Month names for the start-month picker, January first, capitalised as a list item. */
export const MONTH_NAMES: Readonly<Record<Language, readonly string[]>> = {
  sv: monthList("sv"),
  en: monthList("en"),
};

function monthList(lang: Language): string[] {
  return Array.from({ length: 12 }, (_, index) => {
    const name = monthName(index + 1, lang);
    return name.charAt(0).toUpperCase() + name.slice(1);
  });
}
