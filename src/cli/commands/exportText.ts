/** The messages of `tidsplan export`, in Swedish and English. */
import type { Bilingual } from "../../domain/types";

export const EXPORT_USAGE: Bilingual = {
  sv: [
    "Användning: tidsplan export <fil> [--ics ut.ics] [--xlsx ut.xlsx] [--svg hjul.svg] [--owner NAMN]",
    "                        [--profile add|separate] [--rings owner|kind] [--start-month 1-12]",
    "                        [--year ÅÅÅÅ] [--lang sv|en] [--all-day free|busy] [--reminders N]",
    "                        [--previous förra.ics] [--refresh TIMMAR] [--split-by owner --ics-dir MAPP]",
    "  --ics      skriv en kalenderfil (.ics) med en händelse per datum",
    "  --all-day  free: heldagshändelser visas som ledig tid (standard); busy: som upptagen",
    "  --reminders  påminnelse kl. 9 så många arbetsdagar före varje sista datum",
    "  --previous   förra exporterade filen (mappen med --split-by): ändrade händelser får",
    "             högre SEQUENCE, borttagna skrivs som inställda",
    "  --refresh  publicerad kalender (separate): hämtas om var N:e timme (standard 12)",
    "  --split-by owner --ics-dir MAPP  en kalenderfil per ansvarig i MAPP",
    "  --xlsx     skriv en arbetsbok med Tidsplan, Ansvariga, kalenderblad och utskrift",
    "  --svg      skriv årshjulet som SVG-bild",
    "  --owner    bara den ansvariges händelser i .ics-filen",
    "  --profile  add: läggs till i din kalender (standard); separate: öppnas som egen kalender",
    "  --rings    årshjulets ringar: owner en per ansvarig (standard), kind en per typ",
    "  --start-month  månaden överst i årshjulet, 1–12 (standard 1; 8 för ett läsår)",
    "Ange minst en av --ics, --ics-dir, --xlsx och --svg.",
  ].join("\n"),
  en: [
    "Usage: tidsplan export <file> [--ics out.ics] [--xlsx out.xlsx] [--svg wheel.svg] [--owner NAME]",
    "                       [--profile add|separate] [--rings owner|kind] [--start-month 1-12]",
    "                       [--year YYYY] [--lang sv|en] [--all-day free|busy] [--reminders N]",
    "                       [--previous last.ics] [--refresh HOURS] [--split-by owner --ics-dir DIR]",
    "  --ics      write a calendar file (.ics) with one event per date",
    "  --all-day  free: all-day items show as free time (default); busy: as busy",
    "  --reminders  a reminder at 09:00 this many working days before each deadline",
    "  --previous   the last exported file (the folder with --split-by): changed events get a",
    "             higher SEQUENCE, removed ones are written as cancelled",
    "  --refresh  published calendar (separate): fetched again every N hours (default 12)",
    "  --split-by owner --ics-dir DIR  one calendar file per owner in DIR",
    "  --xlsx     write a workbook with Tidsplan, Owners, calendar sheet and printable plan",
    "  --svg      write the annual wheel (årshjul) as an SVG picture",
    "  --owner    only that owner's events in the .ics file",
    "  --profile  add: added to your calendar (default); separate: opened as a calendar of its own",
    "  --rings    the wheel's rings: owner one per owner (default), kind one per kind",
    "  --start-month  the month at the top of the wheel, 1–12 (default 1; 8 for a school year)",
    "Give at least one of --ics, --ics-dir, --xlsx and --svg.",
  ].join("\n"),
};

export const exportText = {
  noOutput: {
    sv: "Ange minst en utfil: --ics, --ics-dir, --xlsx eller --svg.",
    en: "Give at least one output file: --ics, --ics-dir, --xlsx or --svg.",
  },
  oneInput: { sv: "Ange precis en indatafil.", en: "Give exactly one input file." },
  sameAsInput: (flag: string): Bilingual => ({
    sv: `${flag} pekar på indatafilen; den skrivs aldrig över. Välj ett annat filnamn.`,
    en: `${flag} points at the input file; it is never overwritten. Choose another file name.`,
  }),
  sameOutputs: {
    sv: "Två av --ics, --xlsx och --svg pekar på samma fil.",
    en: "Two of --ics, --xlsx and --svg point at the same file.",
  },
  wroteIcs: (path: string, count: number): Bilingual => ({
    sv: `Skrev ${path} (${count} händelser)`,
    en: `Wrote ${path} (${count} events)`,
  }),
  wroteSvg: (path: string, entries: number): Bilingual => ({
    sv: `Skrev ${path} (årshjul med ${entries} händelser)`,
    en: `Wrote ${path} (annual wheel with ${entries} events)`,
  }),
  wroteXlsx: (path: string, sheets: number): Bilingual => ({
    sv: `Skrev ${path} (${sheets} blad)`,
    en: `Wrote ${path} (${sheets} sheets)`,
  }),
  unreadable: (count: number): Bilingual => ({
    sv: `${count} rader med oläsligt När-datum kom inte med i kalenderfilen (se Kontroll).`,
    en: `${count} rows whose When could not be read were left out of the calendar file (see Check).`,
  }),
  cancelled: (count: number): Bilingual => ({
    sv: `, varav ${count} inställda (borttagna sedan förra exporten)`,
    en: `, ${count} of them cancelled (removed since the previous export)`,
  }),
  noPrevious: (path: string): Bilingual => ({
    sv: `Ingen tidigare export i ${path}: alla händelser skrivs som nya.`,
    en: `No previous export at ${path}: every event is written as new.`,
  }),
  splitNeedsDir: {
    sv: "--split-by owner skriver en fil per ansvarig: ange mappen med --ics-dir MAPP.",
    en: "--split-by owner writes one file per owner: give the folder with --ics-dir DIR.",
  },
  dirNeedsSplit: {
    sv: "--ics-dir används med --split-by owner (en fil per ansvarig).",
    en: "--ics-dir goes with --split-by owner (one file per owner).",
  },
  writeFailed: (path: string, reason: string): Bilingual => ({
    sv: `Kunde inte skriva ${path}: ${reason}`,
    en: `Could not write ${path}: ${reason}`,
  }),
};
