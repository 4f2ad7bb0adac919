import { swedishHolidayOn } from "../../holidays";
import { capitalise, formatDate, whenPrefix } from "../describe";
import { entrySingleDays } from "../entryDates";
import { entryFinding } from "../finding";
import type { Rule } from "../ruleContext";
import type { Finding } from "../../types";

/**
 * holiday (warning): a dated entry on a Swedish public holiday or holiday eve, named. Period-end
 * dates ("bokslut per 31 december", ParsedWhen.periodEnd) are not checked.
 *
 * @example
 * // "19 juni" 2026
 * holiday({ timeline, options: {} })[0].short; // { sv: "Midsommarafton", en: "Midsummer Eve" }
 */
export const holiday: Rule = ({ timeline }) => {
  const findings: Finding[] = [];
  const entries = timeline.entries;
  const days = entrySingleDays(entries);
  // Indexed, not for…of: unoptimised for…of allocates per entry, and a CLI call runs cold.
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    // A period-end date ("per den 30 april", "bokslut per 31 december") is not a meeting.
    if (entry === undefined || (entry.parsed.ok && entry.parsed.periodEnd === true)) continue;
    for (const day of days[index] ?? []) {
      const found = swedishHolidayOn(day);
      if (found === undefined) continue;
      const date = formatDate(day);
      const what =
        found.kind === "eve"
          ? { sv: "en helgdagsafton", en: "a holiday eve" }
          : { sv: "en helgdag", en: "a public holiday" };
      findings.push(
        entryFinding(entry, {
          code: "holiday",
          severity: "warning",
          column: "when",
          message: {
            sv: `${whenPrefix(entry)}${date.sv} är ${found.name.sv}, ${what.sv}. Kontrollera datumet.`,
            en: `${whenPrefix(entry)}${date.en} is ${found.name.en}, ${what.en}. Check the date.`,
          },
          short: { sv: capitalise(found.name.sv), en: found.name.en },
        }),
      );
      break;
    }
  }
  return findings;
};
