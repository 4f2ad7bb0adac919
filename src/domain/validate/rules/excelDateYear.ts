import { monthName } from "../../dates/months";
import { formatDate } from "../describe";
import { entryFinding } from "../finding";
import type { Rule } from "../ruleContext";
import type { Finding } from "../../types";

/**
 * excel-date-year (warning): an Excel date cell in another year than the plan's. Excel turns a
 * typed "5 februari" into 5 February of the current year; the fix writes the text back.
 *
 * @example
 * excelDateYear({ timeline, options: {} })[0].fix; // { type: "set-when", entryId, when: "5 februari" }
 */
export const excelDateYear: Rule = ({ timeline }) => {
  const findings: Finding[] = [];
  const planYear = timeline.plan.year;
  const entries = timeline.entries;
  // Indexed, not for…of: unoptimised for…of allocates per entry, and a CLI call runs cold.
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry === undefined) continue;
    const date = entry.parsed.ok ? entry.parsed.occurrences[0]?.start : undefined;
    if (entry.whenFromExcelDate !== true || date === undefined || date.year === planYear) continue;
    const text = `${date.day} ${monthName(date.month, "sv")}`;
    const shown = formatDate(date);
    findings.push(
      entryFinding(entry, {
        code: "excel-date-year",
        severity: "warning",
        column: "when",
        message: {
          sv: `När är ett Excel-datum, ${shown.sv}, men planen gäller ${planYear}. Excel gör troligen om ett inskrivet "${text}" till ett datum i innevarande år. Skriv "${text}" som text (eller med år) om det gäller ${planYear}.`,
          en: `När is an Excel date, ${shown.en}, but the plan is for ${planYear}. Excel probably turned a typed "${text}" into a date of the current year. Write "${text}" as text (or with the year) if ${planYear} is meant.`,
        },
        short: { sv: `Excel-datum ${date.year}`, en: `Excel date ${date.year}` },
        fix: { type: "set-when", entryId: entry.id, when: text },
      }),
    );
  }
  return findings;
};
