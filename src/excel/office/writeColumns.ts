/**
 * Writing columns of values in chunks: at most {@link CHUNK_ROWS} rows per range assignment, so
 * no single request comes near Excel on the web's 5 MB limit. The number format is set before
 * the values, so text stays text ("=HYPERLINK(…)" is never evaluated).
 */
import type { CellScalar } from "../../domain/table";

export const CHUNK_ROWS = 5000;

/** Queue writing `rows` (2-D) at the given 0-based sheet position, `formats[c]` per column if given. */
export function queueWrite(
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  rows: readonly (readonly CellScalar[])[],
  formats?: readonly string[],
): void {
  const width = rows[0]?.length ?? 0;
  if (width === 0) return;
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS);
    const range = sheet.getRangeByIndexes(top + start, left, chunk.length, width);
    if (formats !== undefined) range.numberFormat = chunk.map(() => [...formats]);
    range.values = chunk.map((row) => [...row]);
  }
}

/** Queue writing one column of values. */
export function queueColumn(
  sheet: Excel.Worksheet,
  top: number,
  col: number,
  values: readonly CellScalar[],
  format?: string,
): void {
  queueWrite(
    sheet,
    top,
    col,
    values.map((value) => [value]),
    format === undefined ? undefined : [format],
  );
}

/**
 * Queue writing only the cells of a column whose values change: runs of consecutive changed
 * rows, so a check leaves the cells it does not change alone (fewer cells for Excel's undo, see
 * docs/ARCHITECTURE.md "Undo"). In a filtered table (`oneRowAtATime`) every changed cell is
 * written on its own: a multi-row write over rows a filter hid lands in the wrong rows and
 * breaks the filter on Windows (office-js #224). Returns the number of cells queued.
 */
export function queueChangedCells(
  sheet: Excel.Worksheet,
  top: number,
  col: number,
  before: readonly CellScalar[],
  after: readonly CellScalar[],
  options: { readonly format?: string; readonly oneRowAtATime: boolean },
): number {
  let written = 0;
  let runStart = -1;
  const flush = (end: number) => {
    if (runStart < 0) return;
    queueColumn(sheet, top + runStart, col, after.slice(runStart, end), options.format);
    written += end - runStart;
    runStart = -1;
  };
  for (let i = 0; i < after.length; i += 1) {
    const changed = (before[i] ?? "") !== (after[i] ?? "");
    if (!changed) flush(i);
    else {
      if (runStart >= 0 && options.oneRowAtATime) flush(i);
      if (runStart < 0) runStart = i;
    }
  }
  flush(after.length);
  return written;
}

/**
 * Queue writing runs of values (each run consecutive rows from `firstRow`), one row at a time
 * in a filtered table (office-js #224, see queueChangedCells).
 */
export function queueRuns(
  sheet: Excel.Worksheet,
  top: number,
  col: number,
  runs: readonly { readonly firstRow: number; readonly values: readonly CellScalar[] }[],
  options: { readonly format?: string; readonly oneRowAtATime: boolean },
): void {
  for (const run of runs) {
    if (!options.oneRowAtATime) queueColumn(sheet, top + run.firstRow, col, run.values, options.format);
    else
      run.values.forEach((value, i) =>
        queueColumn(sheet, top + run.firstRow + i, col, [value], options.format),
      );
  }
}
