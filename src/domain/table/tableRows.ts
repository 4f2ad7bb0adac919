/**
 * Table body values (as Excel returns them) ↔ RawRow, and the values of a new table.
 */
import { fromExcelSerial, toExcelSerial } from "../dates/excelSerial";
import { toIsoDate } from "../dates/plainDate";
import { monthName } from "../dates/months";
import type { Language, RawRow, Timeline } from "../types";
import { entrySpan } from "./checkUpdate";
import type { CellScalar } from "./checkWritePlan";
import { TABLE_COLUMNS, type HeaderMapping, type TableColumnKey } from "./columns";
import { kindLabel } from "./kindLabels";
import { isUsableRowId, newRowId } from "./rowIds";

function cellText(value: CellScalar | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value.trim();
  return String(value);
}

/**
 * The rows of a table body. Blank rows are left out; `line` is the 1-based sheet row.
 * A När cell holding a number is an Excel date: its date is kept in `whenDate` and its text is
 * the ISO date.
 *
 * @example
 * rawRowsFromValues([["r1", "5 februari", "Budget"]], { columns: { id: 0, when: 1, event: 2 }, language: "sv" }, 5)
 * // → [{ line: 5, id: "r1", when: "5 februari", event: "Budget", owner: "", notes: "" }]
 */
export function rawRowsFromValues(
  body: readonly (readonly CellScalar[])[],
  mapping: HeaderMapping,
  firstLine: number,
): RawRow[] {
  const at = (row: readonly CellScalar[], key: TableColumnKey): CellScalar | undefined => {
    const index = mapping.columns[key];
    return index === undefined ? undefined : row[index];
  };
  const rows: RawRow[] = [];
  body.forEach((row, index) => {
    if (row.every((value) => cellText(value) === "")) return;
    const whenValue = at(row, "when");
    const whenDate = typeof whenValue === "number" ? fromExcelSerial(whenValue) : null;
    const id = cellText(at(row, "id"));
    const category = cellText(at(row, "category"));
    rows.push({
      line: firstLine + index,
      ...(id === "" ? {} : { id }),
      when: whenDate === null || whenDate === undefined ? cellText(whenValue) : toIsoDate(whenDate),
      event: cellText(at(row, "event")),
      owner: cellText(at(row, "owner")),
      notes: cellText(at(row, "notes")),
      ...(category === "" ? {} : { category }),
      ...(whenDate === null || whenDate === undefined ? {} : { whenDate }),
    });
  });
  return rows;
}

/**
 * The body of a new Tidsplan table, in {@link TABLE_COLUMNS} order. IDs are the entries' own
 * ids where they fit the ID column, otherwise new short ids. Start/Slut are Excel serials.
 * An entry whose När came from its month heading gets the month name, so it reads back the same.
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
    const headingMonth = entry.headingMonth;
    const when =
      entry.when === "" && headingMonth !== undefined ? monthName(headingMonth, "sv") : entry.when;
    const values: Record<TableColumnKey, CellScalar> = {
      id,
      when,
      start: span.start === undefined ? "" : toExcelSerial(span.start),
      end: span.end === undefined ? "" : toExcelSerial(span.end),
      event: entry.event,
      owner: entry.owner,
      notes: entry.notes,
      category: kindLabel(entry.kind, lang),
      check: "",
    };
    return TABLE_COLUMNS.map((key) => values[key]);
  });
}
