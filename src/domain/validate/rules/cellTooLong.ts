import { EXCEL_CELL_MAX_CHARS } from "../../excelLimits";
import { entryFinding } from "../finding";
import type { Rule } from "../ruleContext";
import type { Finding } from "../../types";
import { ENTRY_TEXT_FIELDS } from "../textFields";

const number = (n: number, lang: "sv" | "en"): string =>
  lang === "sv" ? n.toLocaleString("sv-SE").replace(/\u00a0/g, " ") : n.toLocaleString("en-GB");

/**
 * cell-too-long (warning): a text longer than an Excel cell holds (32,767 characters). Every
 * sheet and table Tidsplan writes keeps its beginning and "…" (see fitCellText); this says so,
 * on the first such text of the row.
 *
 * @example
 * cellTooLong({ timeline, options: {} })[0].short; // { sv: "Händelse för lång för Excel", … }
 */
export const cellTooLong: Rule = ({ timeline }) => {
  const findings: Finding[] = [];
  const entries = timeline.entries;
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry === undefined) continue;
    const field = ENTRY_TEXT_FIELDS.find((f) => f.of(entry).length > EXCEL_CELL_MAX_CHARS);
    if (field === undefined) continue;
    const length = field.of(entry).length;
    findings.push(
      entryFinding(entry, {
        code: "cell-too-long",
        severity: "warning",
        column: field.column,
        message: {
          sv: `${field.name.sv} är ${number(length, "sv")} tecken lång; en Excel-cell rymmer ${number(EXCEL_CELL_MAX_CHARS, "sv")}. Tabellen och bladen får början av texten och "…". Korta texten eller flytta den till ett dokument.`,
          en: `${field.name.en} is ${number(length, "en")} characters long; an Excel cell holds ${number(EXCEL_CELL_MAX_CHARS, "en")}. The table and sheets get its beginning and "…". Shorten the text or move it to a document.`,
        },
        short: {
          sv: `${field.name.sv} för lång för Excel`,
          en: `${field.name.en} too long for Excel`,
        },
      }),
    );
  }
  return findings;
};
