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
