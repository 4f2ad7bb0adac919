/**
 * What the add-in remembers of its last calendar export, as rows of a hidden sheet in the
 * workbook (it travels with the file): per export scope (owner filter, spans on or off) the UID,
 * SEQUENCE, date lines and title of every event. The next export compares against it (see
 * previousExport.ts). Pure: the rows are written and read by src/excel.
 */
import type { ExportedEvent } from "./previousExport";

/** The hidden sheet's name (at most 31 characters, no []:*?/\). */
export const EXPORT_MEMORY_SHEET = "Tidsplan kalenderminne";
/** Columns: scope, UID, SEQUENCE, DTSTART line, DTEND line, SUMMARY line, "1" when cancelled. */
export const EXPORT_MEMORY_COLUMNS = 7;
/** What an Excel cell holds; a longer title line is cut (its event then counts as changed). */
const CELL_LIMIT = 32_767;

/** The scope of an export: files with another owner filter are other calendars. */
export interface ExportScopeInput {
  readonly owner?: string;
  readonly includeSpans: boolean;
}

/**
 * The key an export's memory is kept under.
 *
 * @example
 * exportScope({ owner: "KS", includeSpans: true }) // → "owner=ks;spans=1"
 * exportScope({ includeSpans: true })              // → "owner=*;spans=1"
 */
export function exportScope(input: ExportScopeInput): string {
  const owner = input.owner?.trim().toLocaleLowerCase("sv") ?? "";
  return `owner=${owner === "" ? "*" : owner};spans=${input.includeSpans ? 1 : 0}`;
}

type Cell = string | number | boolean;

const text = (value: Cell | undefined): string => (value === undefined ? "" : String(value));

/**
 * The events remembered for `scope` in the sheet's rows (never throwing: odd rows are skipped).
 *
 * @example
 * eventsFromMemoryRows([["owner=*;spans=1", "a-0@…", 2, "DTSTART…", "DTEND…", "SUMMARY:MBL", ""]], "owner=*;spans=1")
 * // → [{ uid: "a-0@…", sequence: 2, start: "DTSTART…", end: "DTEND…", summary: "SUMMARY:MBL" }]
 */
export function eventsFromMemoryRows(rows: readonly (readonly Cell[])[], scope: string): ExportedEvent[] {
  const events: ExportedEvent[] = [];
  for (const row of rows) {
    if (text(row[0]) !== scope || text(row[1]) === "") continue;
    const sequence = Number(row[2]);
    events.push({
      uid: text(row[1]),
      sequence: Number.isInteger(sequence) && sequence >= 0 ? sequence : 0,
      start: text(row[3]),
      end: text(row[4]),
      summary: text(row[5]),
      ...(text(row[6]) === "1" ? { cancelled: true } : {}),
    });
  }
  return events;
}

/**
 * The sheet's new rows: the other scopes' rows as they were, then this export's events.
 *
 * @example
 * memoryRows(oldRows, "owner=*;spans=1", result.events) // [[scope, uid, sequence, start, end, summary, ""], …]
 */
export function memoryRows(
  oldRows: readonly (readonly Cell[])[],
  scope: string,
  events: readonly ExportedEvent[],
): Cell[][] {
  const kept = oldRows
    .filter((row) => text(row[0]) !== "" && text(row[0]) !== scope)
    .map((row) => Array.from({ length: EXPORT_MEMORY_COLUMNS }, (_, i) => row[i] ?? ""));
  const mine = events.map((event): Cell[] => [
    scope,
    event.uid,
    event.sequence,
    event.start,
    event.end,
    event.summary.slice(0, CELL_LIMIT),
    event.cancelled === true ? "1" : "",
  ]);
  return [...kept, ...mine];
}
