import { weekday } from "../../dates/plainDate";
import { capitalise, formatDate, weekdayOf, whenPrefix } from "../describe";
import { entrySingleDays } from "../entryDates";
import { entryFinding } from "../finding";
import type { Rule } from "../ruleContext";
import type { Finding } from "../../types";

/**
 * weekend (warning): a dated entry on a Saturday or Sunday. Ranges ("7–9 oktober") and
 * period-end dates ("per den 30 april", ParsedWhen.periodEnd) are not checked.
 *
 * @example
 * // "31 jan" 2027 is a Sunday
 * weekend({ timeline, options: {} })[0].short; // { sv: "Söndag", en: "Sunday" }
 */
export const weekend: Rule = ({ timeline }) => {
  const findings: Finding[] = [];
  const entries = timeline.entries;
  const days = entrySingleDays(entries);
  // Indexed, not for…of: unoptimised for…of allocates per entry, and a CLI call runs cold.
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    // A period-end date ("per den 30 april", "bokslut per 31 december") is not a meeting.
    if (entry === undefined || (entry.parsed.ok && entry.parsed.periodEnd === true)) continue;
    for (const day of days[index] ?? []) {
      if (weekday(day) < 6) continue;
      const name = weekdayOf(day);
      const date = formatDate(day);
      findings.push(
        entryFinding(entry, {
          code: "weekend",
          severity: "warning",
          column: "when",
          message: {
            sv: `${whenPrefix(entry)}${date.sv} är en ${name.sv}. Kontrollera datumet.`,
            en: `${whenPrefix(entry)}${date.en} is a ${name.en}. Check the date.`,
          },
          short: { sv: capitalise(name.sv), en: name.en },
        }),
      );
      break; // one finding per entry is enough
    }
  }
  return findings;
};
