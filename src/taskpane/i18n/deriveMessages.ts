/**
 * The message catalogue of Härled datum (meeting chains). Swedish is the reference: a key missing
 * (or extra) in English is a compile error, as in {@link ./messages}.
 */
import type { Bilingual, Language } from "../../domain/types";

const sv = {
  deriveTitle: "Härled datum",
  deriveHint:
    "För varje sammanträde: ärendestopp, presidium, kallelse, justering, anslag och laga kraft, räknade i dagar eller arbetsdagar enligt kedjorna i regeltabellen (raderna Kedja: …). Rader du har ändrat för hand skrivs aldrig över.",
  deriveButton: "Härled datum",
  deriving: "Härleder datum …",
  deriveSummary:
    "{meetings} sammanträden med kedja: {added} nya rader, {updated} ändrade, {unchanged} oförändrade, {kept} ändrade för hand lämnades.",
  deriveNone:
    "Inga sammanträden med kedja. Ett sammanträde är en rad vars Händelse är organets namn (Kommunstyrelsen, BUN) eller säger sammanträde eller möte; regeltabellen behöver en kedja för organet eller dess nivå (fullmäktige, styrelsen, nämnd).",
  deriveMoved: "{event}: {from} är {reason}, flyttad till {to}",
  deriveMovedTitle: "Flyttade från dagar som inte är arbetsdagar",
  deriveFindingsTitle: "Att se över",
} as const;

export type DeriveMessageKey = keyof typeof sv;
export type DeriveMessages = Readonly<Record<DeriveMessageKey, string>>;

/** Both catalogues; `satisfies` makes a missing or extra key in English a type error. */
export const deriveMessages = {
  sv,
  en: {
    deriveTitle: "Derive dates",
    deriveHint:
      "For every meeting: ärendestopp (deadline for matters), presidium, notice, checking of the minutes, posting and the date the decisions become final, counted in days or working days as the chains of the rules table say (the rows Kedja: …). Rows you edited by hand are never overwritten.",
    deriveButton: "Derive dates",
    deriving: "Deriving dates …",
    deriveSummary:
      "{meetings} meetings with a chain: {added} new rows, {updated} changed, {unchanged} unchanged, {kept} edited by hand left alone.",
    deriveNone:
      "No meetings with a chain. A meeting is a row whose Event is the body's name (Kommunstyrelsen, BUN) or says sammanträde or möte (meeting); the rules table needs a chain for the body or its level (fullmäktige, styrelsen, nämnd).",
    deriveMoved: "{event}: {from} is {reason}, moved to {to}",
    deriveMovedTitle: "Moved off days that are not working days",
    deriveFindingsTitle: "To look at",
  },
} satisfies Record<Language, DeriveMessages>;

/** A message in both languages, for the pane's status region. */
export function bilingualDerive(key: DeriveMessageKey): Bilingual {
  return { sv: deriveMessages.sv[key], en: deriveMessages.en[key] };
}
