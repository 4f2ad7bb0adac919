import { entrySpans } from "../entryDates";
import { entryFinding } from "../finding";
import type { Rule } from "../ruleContext";
import type { Finding } from "../../types";

/**
 * outside-plan-year: an entry that starts in another year than the plan's. A warning when the
 * year was not written (the reader probably meant the plan year), info when it was written.
 *
 * @example
 * outsidePlanYear({ timeline, options: {} }); // [{ code: "outside-plan-year", severity: "info", … }]
 */
export const outsidePlanYear: Rule = ({ timeline }) => {
  const findings: Finding[] = [];
  const planYear = timeline.plan.year;
  const entries = timeline.entries;
  const spans = entrySpans(entries);
  // Indexed, not for…of: unoptimised for…of allocates per entry, and a CLI call runs cold.
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry === undefined) continue;
    const span = spans[index];
    if (!entry.parsed.ok || span === undefined || span.start.year === planYear) continue;
    if (entry.whenFromExcelDate === true) continue; // excel-date-year explains these
    // uncertain-reading says how the year was inferred and offers the other year.
    if (entry.readingNotes?.some((note) => note.code === "year-inferred") === true) continue;
    const year = span.start.year;
    // A year heading ("År 2026") above the row writes the year as plainly as the När cell would.
    const explicit = entry.parsed.explicitYear || entry.headingYear === year;
    findings.push(
      entryFinding(entry, {
        code: "outside-plan-year",
        severity: explicit ? "info" : "warning",
        column: "when",
        message: explicit
          ? {
              sv: `"${entry.when}" ligger år ${year}, utanför planens år ${planYear}.`,
              en: `"${entry.when}" is in ${year}, outside the plan year ${planYear}.`,
            }
          : {
              sv: `"${entry.when}" hamnar år ${year}, utanför planens år ${planYear}. Skriv ut året om det är rätt, annars rätta datumet.`,
              en: `"${entry.when}" falls in ${year}, outside the plan year ${planYear}. Write the year if that is right, otherwise correct the date.`,
            },
        short: { sv: `År ${year}`, en: `Year ${year}` },
      }),
    );
  }
  return findings;
};
