import { isExcelErrorValue } from "../../excelErrors";
import { entryFinding } from "../finding";
import type { Rule } from "../ruleContext";
import type { Finding } from "../../types";

const EXPECTED = {
  sv: "t.ex. 5 februari, 7–9 oktober, mars-april, v. 7, i början av juni, senast 30 juni eller 2007-02-05",
  en: "e.g. 5 februari, 7–9 oktober, mars-april, v. 7, i början av juni, senast 30 juni or 2007-02-05",
};

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
    const message =
      text === ""
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
        short:
          text === "" ? { sv: "När saknas", en: "No date" } : { sv: "Oläsligt datum", en: "Unreadable date" },
      }),
    );
  }
  return findings;
};
