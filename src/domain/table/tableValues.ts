/**
 * The values of a new Tidsplan table. Apart from tableRows.ts (reading a table) because the När
 * texts go through the date parser (tableWhen.ts), which the task pane should load only when it
 * creates a table, not at start.
 */
import { toExcelSerial } from "../dates/excelSerial";
import { fitCellText } from "../excelLimits";
import type { Language, Timeline } from "../types";
import { entrySpan } from "./checkUpdate";
import type { CellScalar } from "./checkWritePlan";
import { TABLE_COLUMNS, extraColumns, type TableColumnKey } from "./columns";
import { kindLabel } from "./kindLabels";
import { isUsableRowId, newRowId } from "./rowIds";
import { tableWhen } from "./tableWhen";

/**
 * The body of a new Tidsplan table, in {@link TABLE_COLUMNS} order. IDs are the entries' own
 * ids where they fit the ID column, otherwise new short ids. Start/Slut are Excel serials.
 * An entry whose När leans on a document heading gets the month/year written out (see
 * {@link tableWhen}), so the table reads back as the same dates.
 *
 * @example
 * timelineTableValues(timeline, "sv")[0] // → ["r7k2x9", "5 februari", 39118, 39118, "Budget", "KS", "", "Beslut", ""]
 */
export function timelineTableValues(
  timeline: Timeline,
  lang: Language,
  random: () => number = Math.random,
): CellScalar[][] {
  const taken = new Set<string>();
  const usable = timeline.entries.map((entry) => isUsableRowId(entry.id));
  timeline.entries.forEach((entry, i) => {
    if (usable[i] === true) taken.add(entry.id);
  });
  const seen = new Set<string>();
  return timeline.entries.map((entry, i) => {
    let id = entry.id;
    if (usable[i] !== true || seen.has(id)) {
      id = newRowId(taken, random);
      taken.add(id);
    }
    seen.add(id);
    const span = entrySpan(entry);
    const when = tableWhen(entry, timeline.plan.year);
    const values: Record<TableColumnKey, CellScalar> = {
      id,
      // Texts beyond what a cell holds are cut with "…" (the check says so: cell-too-long).
      when: fitCellText(when),
      start: span.start === undefined ? "" : toExcelSerial(span.start),
      end: span.end === undefined ? "" : toExcelSerial(span.end),
      event: fitCellText(entry.event),
      owner: fitCellText(entry.owner),
      notes: fitCellText(entry.notes),
      category: kindLabel(entry.kind, lang),
      check: "",
    };
    const extra = extraColumns(timeline).map((header) =>
      fitCellText(entry.extra?.find((cell) => cell.header === header)?.value ?? ""),
    );
    return [...TABLE_COLUMNS.map((key) => values[key]), ...extra];
  });
}
