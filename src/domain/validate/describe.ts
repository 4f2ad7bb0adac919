/**
 * Small text helpers shared by the rules' messages.
 */
import { monthName, weekdayName } from "../dates/months";
import { weekday } from "../dates/plainDate";
import { singleSpaced } from "../spacing";
import type { Bilingual, PlainDate, TimelineEntry } from "../types";

/**
 * A date as a reader writes it: "14 mars 2024" / "14 March 2024".
 *
 * @example
 * formatDate({ year: 2024, month: 3, day: 14 }); // { sv: "14 mars 2024", en: "14 March 2024" }
 */
export function formatDate(date: PlainDate, withYear = true): Bilingual {
  const year = withYear ? ` ${date.year}` : "";
  return {
    sv: `${date.day} ${monthName(date.month, "sv")}${year}`,
    en: `${date.day} ${monthName(date.month, "en")}${year}`,
  };
}

/**
 * The weekday of a date, in both languages, lower case in Swedish: { sv: "torsdag", en: "Thursday" }.
 *
 * @example
 * weekdayOf({ year: 2024, month: 3, day: 14 }); // { sv: "torsdag", en: "Thursday" }
 */
export function weekdayOf(date: PlainDate): Bilingual {
  const day = weekday(date);
  return { sv: weekdayName(day, "sv"), en: weekdayName(day, "en") };
}

/** Cuts a long event text for a message: the first 60 characters. */
export function shortEvent(entry: TimelineEntry): string {
  const text = singleSpaced(entry.event.trim());
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Capitalises the first letter (for Swedish weekday names starting a label). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The När text quoted, followed by ": ", or "" when När is empty. */
export function whenPrefix(entry: TimelineEntry): string {
  const when = entry.when.trim();
  return when === "" ? "" : `"${when}": `;
}
