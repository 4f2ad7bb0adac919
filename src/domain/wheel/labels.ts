/**
 * The wheel's own words, in Swedish and English, and how it writes a date or a span of days.
 */
import { monthName } from "../dates/months";
import { compareDates, daysInMonth } from "../dates/plainDate";
import type { Language, PlainDate } from "../types";

const WORDS = {
  today: { sv: "idag", en: "today" },
  week: { sv: "v.", en: "w." },
  ringsOwner: { sv: "Ansvariga", en: "Owners" },
  ringsKind: { sv: "Typ av händelse", en: "Kind of event" },
  ringOrder: { sv: "Ringar utifrån och in", en: "Rings from the outside in" },
  events: { sv: "Händelser", en: "Events" },
  holiday: { sv: "Helgdag", en: "Public holiday" },
  error: { sv: "Fel vid kontrollen", en: "Error found by the check" },
  undated: { sv: "utan datum", en: "no date" },
  outside: { sv: "utanför året", en: "outside the year" },
  more: { sv: "fler", en: "more" },
  tentative: { sv: "preliminärt", en: "tentative" },
  deadline: { sv: "senast", en: "by" },
} as const;

export type WheelWord = keyof typeof WORDS;

/**
 * A word of the wheel in the chosen language.
 *
 * @example
 * wheelWord("today", "sv"); // "idag"
 */
export function wheelWord(word: WheelWord, lang: Language): string {
  return WORDS[word][lang];
}

/**
 * A short month name for the list: "feb", "Feb"; Swedish "maj", "juni" and "juli" stay whole.
 *
 * @example
 * shortMonth(2, "sv"); // "feb"
 * shortMonth(6, "sv"); // "juni"
 */
export function shortMonth(month: number, lang: Language): string {
  const name = monthName(month, lang);
  return name.length <= 4 ? name : name.slice(0, 3);
}

const isWholeMonth = (from: PlainDate, to: PlainDate): boolean =>
  from.day === 1 && to.day === daysInMonth(to.year, to.month);

/**
 * A day or span as a planner reads it: "5 februari 2007", "mars–april 2007", "4–6 maj 2007",
 * "28 februari – 2 mars 2007".
 *
 * @example
 * formatSpan({ year: 2007, month: 2, day: 5 }, { year: 2007, month: 2, day: 5 }, "sv"); // "5 februari 2007"
 * formatSpan({ year: 2007, month: 3, day: 1 }, { year: 2007, month: 4, day: 30 }, "en"); // "March–April 2007"
 */
export function formatSpan(from: PlainDate, to: PlainDate, lang: Language): string {
  const m = (d: PlainDate): string => monthName(d.month, lang);
  const sameYear = from.year === to.year;
  if (compareDates(from, to) === 0) return `${from.day} ${m(from)} ${from.year}`;
  if (isWholeMonth(from, to)) {
    if (from.month === to.month && sameYear) return `${m(from)} ${from.year}`;
    return sameYear ? `${m(from)}–${m(to)} ${to.year}` : `${m(from)} ${from.year} – ${m(to)} ${to.year}`;
  }
  if (from.month === to.month && sameYear) return `${from.day}–${to.day} ${m(to)} ${to.year}`;
  if (sameYear) return `${from.day} ${m(from)} – ${to.day} ${m(to)} ${to.year}`;
  return `${from.day} ${m(from)} ${from.year} – ${to.day} ${m(to)} ${to.year}`;
}

/**
 * A compact form for the numbered list: "5 feb", "mars–apr", "4–6 maj".
 *
 * @example
 * formatShort({ year: 2007, month: 2, day: 5 }, { year: 2007, month: 2, day: 5 }, "sv"); // "5 feb"
 */
export function formatShort(from: PlainDate, to: PlainDate, lang: Language): string {
  const m = (d: PlainDate): string => shortMonth(d.month, lang);
  if (compareDates(from, to) === 0) return `${from.day} ${m(from)}`;
  if (isWholeMonth(from, to)) return from.month === to.month ? m(from) : `${m(from)}–${m(to)}`;
  if (from.month === to.month) return `${from.day}–${to.day} ${m(to)}`;
  return `${from.day} ${m(from)}–${to.day} ${m(to)}`;
}
