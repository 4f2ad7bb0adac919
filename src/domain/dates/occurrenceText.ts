/** Writing an occurrence back as a När text (the inverse of parseWhen for one occurrence). */
import type { Occurrence } from "../types";
import { monthName } from "./months";
import { compareDates } from "./plainDate";

const two = (n: number): string => String(n).padStart(2, "0");

/**
 * An occurrence as a När text: "25 januari", "22–23 juni", "3 maj kl. 13.00", with its year when
 * asked for. parseWhen reads it back as the same occurrence.
 *
 * @example
 * occurrenceText({ start: plainDate(2026, 6, 22), end: plainDate(2026, 6, 23) }, true) // → "22–23 juni 2026"
 */
export function occurrenceText(o: Occurrence, withYear: boolean): string {
  const end =
    compareDates(o.start, o.end) === 0
      ? ""
      : o.start.month === o.end.month
        ? `–${o.end.day}`
        : ` – ${o.end.day} ${monthName(o.end.month, "sv")}`;
  const startMonth = end.startsWith("–") ? "" : ` ${monthName(o.start.month, "sv")}`;
  const month = end.startsWith("–") ? ` ${monthName(o.start.month, "sv")}` : "";
  const year = withYear ? ` ${o.end.year}` : "";
  const time =
    o.startTime !== undefined
      ? ` kl. ${two(o.startTime.hour)}.${two(o.startTime.minute)}${o.endTime !== undefined ? `-${two(o.endTime.hour)}.${two(o.endTime.minute)}` : ""}`
      : "";
  return `${o.start.day}${startMonth}${end}${month}${year}${time}`;
}

