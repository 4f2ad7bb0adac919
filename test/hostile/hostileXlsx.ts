/**
 * Hostile .xlsx inputs, built with ExcelJS at test time: merged cells, hidden and filtered rows,
 * Excel error values, formulas (their cached values are read) and numbers where text belongs.
 */
import ExcelJS from "exceljs";
import type { HostileCase } from "./hostileInputs";

/** A workbook input: how to build it and what the CLI must answer. */
export interface XlsxCase {
  readonly case: HostileCase;
  readonly build: () => Promise<Buffer>;
}

async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Tidsplan");
  sheet.addRow(["När", "Händelse", "Ansvarig", "Anteckningar"]);
  fill(sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The input cases in .xlsx form. */
export const XLSX_CASES: readonly XlsxCase[] = [
  {
    case: {
      name: "xlsx: merged cells",
      file: "merged.xlsx",
      lang: "en",
      reads: (entries) =>
        expect(entries.map((e) => [e.line, e.when, e.event, e.owner])).toEqual([
          [3, "5 mars", "Budget", "KS"],
          [4, "6 mars", "Sammanfogad händelse", ""],
        ]),
      validate: { code: 0, says: [/line 4: "Sammanfogad händelse" has no owner/] },
    },
    build: () =>
      workbook((sheet) => {
        sheet.addRow(["MARS"]);
        sheet.mergeCells("A2:D2");
        sheet.addRow(["5 mars", "Budget", "KS"]);
        sheet.addRow(["6 mars", "Sammanfogad händelse"]);
        sheet.mergeCells("B4:C4");
      }),
  },
  {
    case: {
      name: "xlsx: hidden and filtered rows",
      file: "hidden-filtered.xlsx",
      lang: "sv",
      // Nothing is lost: a row hidden by hand or by a filter is still part of the plan.
      reads: (entries) =>
        expect(entries.map((e) => e.event)).toEqual(["Synlig", "Dold för hand", "Bortfiltrerad"]),
      validate: { code: 0 },
    },
    build: () =>
      workbook((sheet) => {
        sheet.addRow(["5 mars", "Synlig", "KS"]);
        sheet.addRow(["6 mars", "Dold för hand", "KS"]).hidden = true;
        sheet.addRow(["9 mars", "Bortfiltrerad", "KF"]).hidden = true;
        sheet.autoFilter = "A1:D4";
      }),
  },
  {
    case: {
      name: "xlsx: Excel error values",
      file: "error-values.xlsx",
      lang: "en",
      reads: (entries) =>
        expect(entries.map((e) => [e.when, e.start, e.event, e.owner])).toEqual([
          ["5 mars", "2026-03-05", "Budget", "#N/A"],
          ["#REF!", null, "Trasig", "KS"],
          ["9 mars", "2026-03-09", "#DIV/0!", "KS"],
        ]),
      // Every error value is named for what it is, on its own line: the owner of line 2, När of
      // line 3 (not "cannot read" as well), the event of line 4.
      validate: {
        code: 1,
        says: [
          /line 2: Ansvarig \(owner\) is the Excel error #N\/A/,
          /line 3: När \(when\) is the Excel error #REF!/,
          /line 4: Händelse \(event\) is the Excel error #DIV\/0!/,
        ],
      },
    },
    build: () =>
      workbook((sheet) => {
        sheet.addRow(["5 mars", "Budget", { error: "#N/A" }]);
        sheet.addRow([{ error: "#REF!" }, "Trasig", "KS"]);
        sheet.addRow(["9 mars", { formula: "1/0", result: { error: "#DIV/0!" } }, "KS"]);
      }),
  },
  {
    case: {
      name: "xlsx: formulas (their values are read)",
      file: "formulas.xlsx",
      lang: "sv",
      reads: (entries) =>
        expect(entries.map((e) => [e.start, e.event, e.owner])).toEqual([
          ["2026-03-06", "Beslut KF", "KF"],
          ["2026-03-10", "Budget 2026", "KS"],
        ]),
      validate: { code: 0 },
    },
    build: () =>
      workbook((sheet) => {
        sheet.addRow([
          { formula: '"6 mars"', result: "6 mars" },
          { formula: '"Beslut "&"KF"', result: "Beslut KF" },
          "KF",
        ]);
        sheet.addRow([
          { formula: "DATE(2026,3,10)", result: new Date(Date.UTC(2026, 2 /* mar */, 10)) },
          { formula: '"Budget "&2026', result: "Budget 2026" },
          { formula: '"KS"', result: "KS" },
        ]);
      }),
  },
  {
    case: {
      name: "xlsx: numbers where text is expected",
      file: "numbers.xlsx",
      lang: "en",
      reads: (entries) =>
        expect(entries.map((e) => [e.start, e.event, e.owner, e.notes])).toEqual([
          ["2026-03-10", "12345", "42", "3.5"],
          ["2026-03-11", "TRUE", "KS", ""],
        ]),
      validate: { code: 0 },
    },
    build: () =>
      workbook((sheet) => {
        sheet.addRow([new Date(Date.UTC(2026, 2 /* mar */, 10)), 12345, 42, 3.5]);
        sheet.addRow(["11 mars", true, "KS"]);
      }),
  },
];
