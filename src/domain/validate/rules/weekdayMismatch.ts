import { weekdayName } from "../../dates/months";
import { weekday } from "../../dates/plainDate";
import { formatDate, weekdayOf } from "../describe";
import { entryFinding } from "../finding";
import type { Rule } from "../ruleContext";
import type { Finding } from "../../types";

/**
 * weekday-mismatch (error): a weekday written with a date that falls on another weekday.
 *
 * @example
 * // "tisdag 14 mars 2024": 14 March 2024 was a Thursday
 * weekdayMismatch({ timeline, options: {} })[0].message.en; // '… 14 March 2024 is a Thursday, not a Tuesday …'
 */
export const weekdayMismatch: Rule = ({ timeline }) => {
  const findings: Finding[] = [];
  const entries = timeline.entries;
  // Indexed, not for…of: unoptimised for…of allocates per entry, and a CLI call runs cold.
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry === undefined) continue;
    const parsed = entry.parsed;
    if (!parsed.ok || parsed.statedWeekday === undefined) continue;
    const date = parsed.occurrences[0]?.start;
    if (date === undefined || weekday(date) === parsed.statedWeekday) continue;
    const real = weekdayOf(date);
    const stated = {
      sv: weekdayName(parsed.statedWeekday, "sv"),
      en: weekdayName(parsed.statedWeekday, "en"),
    };
    const day = formatDate(date);
    findings.push(
      entryFinding(entry, {
        code: "weekday-mismatch",
        severity: "error",
        column: "when",
        message: {
          sv: `"${entry.when}": ${day.sv} är en ${real.sv}, inte en ${stated.sv}. Rätta veckodagen eller datumet.`,
          en: `"${entry.when}": ${day.en} is a ${real.en}, not a ${stated.en}. Correct the weekday or the date.`,
        },
        short: { sv: `Fel veckodag (är ${real.sv})`, en: `Wrong weekday (is ${real.en})` },
      }),
    );
  }
  return findings;
};
