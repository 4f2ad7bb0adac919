/**
 * The printable plan "Tidsplan <år> (utskrift)": the document layout the plans come from —
 * a title, then per month a bold heading and När | Händelse | Ansvar/innehåll rows — on A4
 * portrait, ready to paste into the nämnd's document.
 */
import { fitCellText } from "../excelLimits";
import { monthName } from "../dates";
import type { Language, Timeline, TimelineEntry } from "../types";
import type { CellModel, MergeModel, SheetModel } from "./sheetModel";
import { GENERATED_BY, SHEET_TEXT } from "./sheetText";
import { StyleRegistry } from "./styleRegistry";
import { wrappedLines } from "./textLines";

const BORDER = "#BFBFBF";
/** Column widths that together fit A4 portrait with default margins (about 95 characters). */
const WIDTHS = [16, 44, 34];
/** Points per line of 11-point text, and a little padding. */
const LINE_POINTS = 14.5;

/** Sort key of the undated group: after every month. */
const UNDATED = Number.MAX_SAFE_INTEGER;

/**
 * The month group (year × 100 + month) each entry is listed under, in document order: its
 * first date's month; else its heading's month in the year of the dated row above it; else undated.
 */
function groupKeys(timeline: Timeline): number[] {
  let lastYear = timeline.plan.year;
  return timeline.entries.map((entry) => {
    const first = entry.parsed.ok ? entry.parsed.occurrences[0] : undefined;
    if (first !== undefined) {
      lastYear = first.start.year;
      return first.start.year * 100 + first.start.month;
    }
    return entry.headingMonth === undefined ? UNDATED : lastYear * 100 + entry.headingMonth;
  });
}

/**
 * Builds the printable plan of a timeline.
 *
 * @example
 * buildPrintPlan(timeline, "sv").name; // "Tidsplan 2007 (utskrift)"
 */
export function buildPrintPlan(timeline: Timeline, lang: Language): SheetModel {
  const year = timeline.plan.year;
  const styles = new StyleRegistry();
  const cells: CellModel[] = [];
  const merges: MergeModel[] = [];
  const rowHeights: Record<number, number> = {};
  const put = (row: number, col: number, value: string, style: string) =>
    cells.push({
      row,
      col,
      value: value === "" ? { type: "empty" } : { type: "text", text: fitCellText(value) },
      style,
    });

  const title = timeline.plan.title || `${SHEET_TEXT.timelineSheet[lang]} ${year}`;
  put(0, 0, title, styles.use("title", { bold: true, fontSize: 14 }));
  merges.push({ row: 0, col: 0, rowCount: 1, colCount: 3 });

  const header = styles.use("header", {
    bold: true,
    border: BORDER,
    fill: "#D9D9D9",
    verticalAlignment: "top",
  });
  put(2, 0, SHEET_TEXT.printWhen[lang], header);
  put(2, 1, SHEET_TEXT.printEvent[lang], header);
  put(2, 2, SHEET_TEXT.printOwner[lang], header);

  const monthStyle = styles.use("month", { bold: true, border: BORDER, verticalAlignment: "top" });
  const body = styles.use("body", { wrapText: true, border: BORDER, verticalAlignment: "top" });

  const groups = new Map<number, TimelineEntry[]>();
  const keys = groupKeys(timeline);
  timeline.entries.forEach((entry, i) => {
    const key = keys[i] ?? UNDATED;
    const group = groups.get(key) ?? [];
    group.push(entry);
    groups.set(key, group);
  });
  // Month headings name the year only when the plan spans more than one.
  const years = new Set([...groups.keys()].filter((k) => k !== UNDATED).map((k) => Math.floor(k / 100)));
  let row = 3;
  for (const key of [...groups.keys()].sort((a, b) => a - b)) {
    const month = key % 100;
    const heading =
      key === UNDATED
        ? SHEET_TEXT.undated[lang]
        : monthName(month, lang) + (years.size > 1 ? ` ${Math.floor(key / 100)}` : "");
    put(row, 0, heading.toLocaleUpperCase(lang), monthStyle);
    merges.push({ row, col: 0, rowCount: 1, colCount: 3 });
    row++;
    for (const entry of groups.get(key) ?? []) {
      const texts = [
        entry.inheritedFromHeading ? "" : entry.when,
        entry.event,
        [entry.owner, entry.notes].filter((t) => t.trim() !== "").join("\n"),
      ];
      texts.forEach((t, col) => put(row, col, t, body));
      const lines = Math.max(...texts.map((t, col) => wrappedLines(t, WIDTHS[col] ?? 10)));
      if (lines > 1) rowHeights[row] = Math.ceil(lines * LINE_POINTS + 2);
      row++;
    }
  }
  return {
    name: SHEET_TEXT.printSheet[lang].replace("{year}", String(year)),
    cells,
    styles: styles.toRecord(),
    merges,
    columnWidths: WIDTHS,
    rowHeights,
    freeze: { rows: 3, columns: 0 },
    print: {
      paperSize: "A4",
      orientation: "portrait",
      fitToPageWidth: true,
      printTitleRows: { first: 2, last: 2 },
    },
    generatedBy: GENERATED_BY.print,
  };
}
