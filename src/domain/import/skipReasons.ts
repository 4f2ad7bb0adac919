/**
 * Why a line of a document did not become an entry, in both languages: the pane's preview and
 * the CLI's plain output say it with the line.
 */
import type { Bilingual, Language } from "../types";

const REASONS: Readonly<Record<string, Bilingual>> = {
  title: { sv: "rubrik", en: "title" },
  "document-date": { sv: "dokumentdatum", en: "document date" },
  intro: { sv: "inledande text", en: "introduction" },
  "header-row": { sv: "kolumnrubriker", en: "column headings" },
  "month-heading": { sv: "månadsrubrik", en: "month heading" },
  "year-heading": { sv: "årsrubrik", en: "year heading" },
  "page-heading": { sv: "sidrubrik", en: "page heading" },
  unrecognised: { sv: "kunde inte läsas", en: "could not be read" },
  "no-date": {
    sv: "inget datum och ingen månadsrubrik ovanför",
    en: "no date and no month heading above it",
  },
  "page-furniture": { sv: "webbsidans text (uppdaterad, dela …)", en: "web page text (updated, share …)" },
  "organ-heading": { sv: "rubrik för ett organ", en: "heading naming a body" },
  "grid-header": { sv: "rubrikrad i sammanträdesplan", en: "header row of a meeting grid" },
  "grid-title": { sv: "period för sammanträdesplan", en: "period of a meeting grid" },
  "grid-legend": { sv: "teckenförklaring till sammanträdesplan", en: "legend of a meeting grid" },
  cancelled: { sv: "inställt sammanträde", en: "cancelled meeting" },
  "no-meeting": { sv: "inget sammanträde (-)", en: "no meeting (-)" },
  "footnote-restated": {
    sv: "fotnot som nämner listans datum igen",
    en: "footnote naming the list's days again",
  },
  "grid-row-unaligned": {
    sv: "raden i sammanträdesplanen tappade celler vid kopieringen: dagarna kan inte föras till sina månader",
    en: "the meeting grid's row lost cells when copied: its days cannot be put in their months",
  },
};

/**
 * The reason a line was skipped, in a language ("hoppades över" / "skipped" for an unknown code).
 *
 * @example
 * skipReasonText("no-date", "en") // → "no date and no month heading above it"
 */
export function skipReasonText(reason: string, lang: Language): string {
  return REASONS[reason]?.[lang] ?? (lang === "sv" ? "hoppades över" : "skipped");
}

/** Reasons a reader expects (headings and header rows): not listed line by line. */
export const ROUTINE_SKIP_REASONS: ReadonlySet<string> = new Set([
  "month-heading",
  "year-heading",
  "header-row",
  "title",
  "document-date",
]);
