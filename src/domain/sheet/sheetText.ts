/** The bilingual words of the generated sheets. */
import type { Bilingual } from "../types";

export const SHEET_TEXT = {
  calendarSheet: { sv: "Kalender", en: "Calendar" },
  printSheet: { sv: "Tidsplan {year} (utskrift)", en: "Plan {year} (print)" },
  timelineSheet: { sv: "Tidsplan", en: "Timeline" },
  ownersSheet: { sv: "Ansvariga", en: "Owners" },
  legend: { sv: "Färgförklaring:", en: "Legend:" },
  noOwner: { sv: "Ingen ansvarig", en: "No owner" },
  week: { sv: "v.", en: "w." },
  deadline: { sv: "Senast: ", en: "Deadline: " },
  planYear: { sv: "Planår", en: "Plan year" },
  /** The label beside the plan's identity (A3): calendar UIDs carry it (ics/identity.ts). */
  planId: { sv: "Plan-ID", en: "Plan ID" },
  undated: { sv: "Utan datum", en: "Undated" },
  /** The last line of a capped calendar cell or list: how many entries it does not show. */
  more: { sv: "+{n} till", en: "+{n} more" },
  printWhen: { sv: "När", en: "When" },
  printEvent: { sv: "Händelse", en: "Event" },
  printOwner: { sv: "Ansvar/innehåll", en: "Responsible/notes" },
  ownerName: { sv: "Namn", en: "Name" },
  ownerAlias: { sv: "Alias", en: "Alias" },
  ownerColor: { sv: "Färg", en: "Colour" },
  ownerEmail: { sv: "E-post", en: "Email" },
} satisfies Record<string, Bilingual>;

/** Two-letter weekday abbreviations, Monday first (Swedish calendars write "må ti on to fr lö sö"). */
export const WEEKDAY_INITIALS: Readonly<Record<"sv" | "en", readonly string[]>> = {
  sv: ["må", "ti", "on", "to", "fr", "lö", "sö"],
  en: ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"],
};

/** Marks on sheets the add-in generated, so it only ever replaces its own sheets. */
export const GENERATED_BY = {
  calendar: "tidsplan:calendar",
  print: "tidsplan:print",
  timeline: "tidsplan:timeline",
  owners: "tidsplan:owners",
} as const;
