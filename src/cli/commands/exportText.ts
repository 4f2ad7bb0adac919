/** The messages of `tidsplan export`, in Swedish and English. */
import type { Bilingual } from "../../domain/types";

export const EXPORT_USAGE: Bilingual = {
  sv: [
    "Användning: tidsplan export <fil> [--ics ut.ics] [--xlsx ut.xlsx] [--owner NAMN]",
    "                        [--profile add|separate] [--year ÅÅÅÅ] [--lang sv|en]",
    "  --ics      skriv en kalenderfil (.ics) med en händelse per datum",
    "  --xlsx     skriv en arbetsbok med Tidsplan, Ansvariga, kalenderblad och utskrift",
    "  --owner    bara den ansvariges händelser i .ics-filen",
    "  --profile  add: läggs till i din kalender (standard); separate: öppnas som egen kalender",
    "Ange minst en av --ics och --xlsx.",
  ].join("\n"),
  en: [
    "Usage: tidsplan export <file> [--ics out.ics] [--xlsx out.xlsx] [--owner NAME]",
    "                       [--profile add|separate] [--year YYYY] [--lang sv|en]",
    "  --ics      write a calendar file (.ics) with one event per date",
    "  --xlsx     write a workbook with Tidsplan, Owners, calendar sheet and printable plan",
    "  --owner    only that owner's events in the .ics file",
    "  --profile  add: added to your calendar (default); separate: opened as a calendar of its own",
    "Give at least one of --ics and --xlsx.",
  ].join("\n"),
};

export const exportText = {
  noOutput: {
    sv: "Ange minst en utfil: --ics eller --xlsx.",
    en: "Give at least one output file: --ics or --xlsx.",
  },
  oneInput: { sv: "Ange precis en indatafil.", en: "Give exactly one input file." },
  svgLater: {
    sv: "--svg (årshjulet) finns inte i export ännu. Använd --ics eller --xlsx.",
    en: "--svg (the year wheel) is not available in export yet. Use --ics or --xlsx.",
  },
  sameAsInput: (flag: string): Bilingual => ({
    sv: `${flag} pekar på indatafilen; den skrivs aldrig över. Välj ett annat filnamn.`,
    en: `${flag} points at the input file; it is never overwritten. Choose another file name.`,
  }),
  sameOutputs: { sv: "--ics och --xlsx pekar på samma fil.", en: "--ics and --xlsx point at the same file." },
  wroteIcs: (path: string, count: number): Bilingual => ({
    sv: `Skrev ${path} (${count} händelser)`,
    en: `Wrote ${path} (${count} events)`,
  }),
  wroteXlsx: (path: string, sheets: number): Bilingual => ({
    sv: `Skrev ${path} (${sheets} blad)`,
    en: `Wrote ${path} (${sheets} sheets)`,
  }),
  unreadable: (count: number): Bilingual => ({
    sv: `${count} rader med oläsligt När-datum kom inte med i kalenderfilen (se Kontroll).`,
    en: `${count} rows whose When could not be read were left out of the calendar file (see Check).`,
  }),
  writeFailed: (path: string, reason: string): Bilingual => ({
    sv: `Kunde inte skriva ${path}: ${reason}`,
    en: `Could not write ${path}: ${reason}`,
  }),
};
