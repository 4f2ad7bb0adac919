import { isExcelErrorValue } from "../../excelErrors";
import { entryFinding } from "../finding";
import type { Rule } from "../ruleContext";
import type { Finding } from "../../types";
import { ENTRY_TEXT_FIELDS } from "../textFields";

/**
 * excel-error (error): a cell holding one of Excel's error values (#N/A, #REF!, #SAKNAS! …),
 * i.e. a formula in the source that failed: the row's real text is lost until it is mended.
 * One finding per row, on the first such cell.
 *
 * @example
 * excelError({ timeline, options: {} })[0].short; // { sv: "Excel-fel #REF! i Ansvarig", … }
 */
export const excelError: Rule = ({ timeline }) => {
  const findings: Finding[] = [];
  const entries = timeline.entries;
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry === undefined) continue;
    const field = ENTRY_TEXT_FIELDS.find((f) => isExcelErrorValue(f.of(entry)));
    if (field === undefined) continue;
    const value = field.of(entry).trim();
    findings.push(
      entryFinding(entry, {
        code: "excel-error",
        severity: "error",
        column: field.column,
        message: {
          sv: `${field.name.sv} är Excel-felet ${value}: en formel i källan räknade fel (t.ex. en referens till en borttagen cell). Rätta formeln eller skriv in texten.`,
          en: `${field.name.en} is the Excel error ${value}: a formula in the source failed (a reference to a deleted cell, say). Mend the formula or type the text in.`,
        },
        short: {
          sv: `Excel-fel ${value} i ${field.name.sv}`,
          en: `Excel error ${value} in ${field.name.en}`,
        },
      }),
    );
  }
  return findings;
};
