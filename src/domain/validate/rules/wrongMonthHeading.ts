import { monthName } from "../../dates/months";
import { entrySpans } from "../entryDates";
import { entryFinding } from "../finding";
import type { Rule } from "../ruleContext";
import type { Finding } from "../../types";

/**
 * wrong-month-heading (error): a dated row under another month's heading ("5 mars" under FEBRUARI).
 *
 * @example
 * wrongMonthHeading({ timeline, options: {} }); // [{ code: "wrong-month-heading", … }]
 */
export const wrongMonthHeading: Rule = ({ timeline }) => {
  const findings: Finding[] = [];
  const entries = timeline.entries;
  const spans = entrySpans(entries);
  // Indexed, not for…of: unoptimised for…of allocates per entry, and a CLI call runs cold.
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry === undefined) continue;
    const heading = entry.headingMonth;
    if (heading === undefined || entry.inheritedFromHeading === true) continue;
    const span = spans[index];
    if (span === undefined || !span.dated || span.start.month === heading) continue;
    const headingName = { sv: monthName(heading, "sv").toUpperCase(), en: monthName(heading, "en") };
    const actual = { sv: monthName(span.start.month, "sv"), en: monthName(span.start.month, "en") };
    findings.push(
      entryFinding(entry, {
        code: "wrong-month-heading",
        severity: "error",
        column: "when",
        message: {
          sv: `"${entry.when}" ligger i ${actual.sv} men står under rubriken ${headingName.sv}. Flytta raden eller rätta datumet.`,
          en: `"${entry.when}" is in ${actual.en} but stands under the heading ${headingName.en}. Move the row or correct the date.`,
        },
        short: { sv: `Under fel månad (${headingName.sv})`, en: `Under wrong month (${headingName.en})` },
      }),
    );
  }
  return findings;
};
