/**
 * The pattern a dated row keeps in the new year: the same weekday of the same ISO week (the
 * default: "5 februari 2007", Monday of v. 6, becomes Monday 4 February 2008), the same nth
 * weekday of the month where the text says so ("tredje tisdagen"), or the same day and month for
 * a deadline or a period end ("senast 31 oktober", "per 31 augusti").
 */
import { weekdayFromWord } from "../dates/months";
import { addDays, daysInMonth, plainDate, weekday } from "../dates/plainDate";
import { isoWeekMonday, isoWeekOf, weeksInIsoYear } from "../dates/isoWeek";
import type { PlainDate, TimelineEntry } from "../types";

export type DatePattern =
  | { readonly kind: "iso-week" }
  | { readonly kind: "nth-weekday"; readonly nth: number | "last"; readonly weekday: number }
  | { readonly kind: "same-date" };

const ORDINALS: Readonly<Record<string, number | "last">> = {
  första: 1,
  andra: 2,
  tredje: 3,
  fjärde: 4,
  femte: 5,
  sista: "last",
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  last: "last",
};

const NTH_WEEKDAY =
  /(?<![\p{L}])(första|andra|tredje|fjärde|femte|sista|first|second|third|fourth|fifth|last)\s+(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:en|arna)?(?![\p{L}])/iu;

/**
 * The pattern of an entry's dates. `lawDeadline` is true when the governance rules know the row
 * as a step with a deadline in the law (a budget proposal, an annual report …).
 *
 * @example
 * patternOf(entryFor("20 mars", "Nämndsammanträde (tredje tisdagen)"), false);
 * // { kind: "nth-weekday", nth: 3, weekday: 2 }
 * patternOf(entryFor("senast 31 oktober", "Budgetförslag"), true); // { kind: "same-date" }
 */
export function patternOf(entry: TimelineEntry, lawDeadline: boolean): DatePattern {
  const parsed = entry.parsed;
  const match = NTH_WEEKDAY.exec(`${entry.when} ${entry.event} ${entry.notes}`);
  const first = parsed.ok ? parsed.occurrences[0]?.start : undefined;
  if (match !== null && first !== undefined) {
    const named = weekdayFromWord(match[2] ?? "");
    const nth = ORDINALS[(match[1] ?? "").toLowerCase()];
    // Only when the row's date is that weekday: otherwise the words are about something else.
    if (named !== undefined && nth !== undefined && weekday(first) === named)
      return { kind: "nth-weekday", nth, weekday: named };
  }
  if (parsed.ok && (parsed.deadline || parsed.periodEnd === true)) return { kind: "same-date" };
  if (lawDeadline && first !== undefined && first.day === daysInMonth(first.year, first.month))
    return { kind: "same-date" };
  return { kind: "iso-week" };
}

/**
 * The same weekday of the same ISO week, `delta` years on (week 53 becomes the last week of a
 * 52-week year).
 *
 * @example
 * sameIsoWeekday(plainDate(2007, 2, 5), 1); // 5 February 2007 → 2008-02-04 (Monday, v. 6)
 */
export function sameIsoWeekday(date: PlainDate, delta: number): PlainDate {
  const { year, week } = isoWeekOf(date);
  const target = year + delta;
  const monday = isoWeekMonday(target, Math.min(week, weeksInIsoYear(target)));
  return monday === undefined ? date : addDays(monday, weekday(date) - 1);
}

/**
 * The nth (or last) given weekday of the same month, `delta` years on.
 *
 * @example
 * sameNthWeekday(plainDate(2007, 3, 20), 1, 3, 2); // 20 March 2007 → 2008-03-18 (third Tuesday)
 */
export function sameNthWeekday(date: PlainDate, delta: number, nth: number | "last", day: number): PlainDate {
  const year = date.year + delta;
  const first = plainDate(year, date.month, 1);
  const firstDay = 1 + ((day - weekday(first) + 7) % 7);
  const last = daysInMonth(year, date.month);
  let result = nth === "last" ? firstDay + Math.floor((last - firstDay) / 7) * 7 : firstDay + (nth - 1) * 7;
  // "femte tisdagen" in a month with four: the last one.
  while (result > last) result -= 7;
  return plainDate(year, date.month, result);
}

/**
 * The same day and month, `delta` years on (29 February becomes 28 February).
 *
 * @example
 * sameDate(plainDate(2008, 2, 29), 1); // 29 February 2008 → 2009-02-28
 */
export function sameDate(date: PlainDate, delta: number): PlainDate {
  const year = date.year + delta;
  return plainDate(year, date.month, Math.min(date.day, daysInMonth(year, date.month)));
}

/**
 * A date moved by its pattern, `delta` years on.
 *
 * @example
 * shiftByPattern(plainDate(2007, 2, 5), { kind: "iso-week" }, 1); // 2008-02-04
 */
export function shiftByPattern(date: PlainDate, pattern: DatePattern, delta: number): PlainDate {
  switch (pattern.kind) {
    case "iso-week":
      return sameIsoWeekday(date, delta);
    case "nth-weekday":
      return sameNthWeekday(date, delta, pattern.nth, pattern.weekday);
    case "same-date":
      return sameDate(date, delta);
  }
}
