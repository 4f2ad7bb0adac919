import { isExcelErrorValue } from "../../excelErrors";
import { entryFinding } from "../finding";
import type { Rule } from "../ruleContext";
import type { Finding } from "../../types";

const EXPECTED = {
  sv: "t.ex. 5 februari, 7–9 oktober, mars-april, v. 7, i början av juni, senast 30 juni eller 2007-02-05",
  en: "e.g. 5 februari, 7–9 oktober, mars-april, v. 7, i början av juni, senast 30 juni or 2007-02-05",
};

/** Failure reasons of parseWhen that mean "this date does not exist", not "cannot read". */
const IMPOSSIBLE: ReadonlySet<string> = new Set(["invalid-date", "invalid-week", "invalid-quarter"]);

/**
 * when-unreadable (error): a När text that could not be read as a date.
 *
 * @example
 * whenUnreadable({ timeline, options: {} }); // [{ code: "when-unreadable", message: { sv: 'Kan inte läsa När "snart" …' } }]
 */
export const whenUnreadable: Rule = ({ timeline }) => {
  const findings: Finding[] = [];
  const entries = timeline.entries;
  // Indexed, not for…of: unoptimised for…of allocates per entry, and a CLI call runs cold.
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry === undefined) continue;
    // An Excel error value in När (#N/A) is said by excel-error, with what it means.
    if (entry.parsed.ok || isExcelErrorValue(entry.when)) continue;
    const text = entry.when.trim();
    const parsed = entry.parsed;
    // A day, week or quarter that does not exist ("30 februari", "v. 54") is said as such, with
    // the parser's own words; only text it cannot read at all gets the list of notations.
    const impossible = text !== "" && IMPOSSIBLE.has(parsed.reason);
    const message = impossible
      ? {
          sv: `${parsed.message.sv} Rätta datumet.`,
          en: `${parsed.message.en} Correct the date.`,
        }
      : text === ""
        ? {
            sv: `När saknas och raden står inte under någon månadsrubrik. Skriv ett datum, ${EXPECTED.sv}.`,
            en: `När is empty and the row is not under a month heading. Write a date, ${EXPECTED.en}.`,
          }
        : {
            sv: `Kan inte läsa När "${text}" som datum. Skriv det som ${EXPECTED.sv}.`,
            en: `Cannot read När "${text}" as a date. Write it as ${EXPECTED.en}.`,
          };
    findings.push(
      entryFinding(entry, {
        code: "when-unreadable",
        severity: "error",
        column: "when",
        message,
        short: impossible
          ? { sv: "Datumet finns inte", en: "No such date" }
          : text === ""
            ? { sv: "När saknas", en: "No date" }
            : { sv: "Oläsligt datum", en: "Unreadable date" },
      }),
    );
  }
  return findings;
};
