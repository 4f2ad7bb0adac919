/**
 * Group a sheet model's styled cells into rectangles of identical style, so a renderer makes
 * one set of formatting calls per rectangle instead of per cell (pure).
 */
import type { CellModel } from "../domain/sheet/sheetModel";

export interface StyleRect {
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
  readonly style: string;
}

/**
 * Horizontal runs of consecutive cells with the same style, then runs stacked on consecutive
 * rows with the same columns and style merged into one rectangle.
 *
 * @example
 * styleRects([{ row: 0, col: 0, value: e, style: "h" }, { row: 0, col: 1, value: e, style: "h" }])
 * // → [{ row: 0, col: 0, rowCount: 1, colCount: 2, style: "h" }]
 */
export function styleRects(cells: readonly CellModel[]): StyleRect[] {
  const styled = cells
    .filter((cell): cell is CellModel & { style: string } => cell.style !== undefined)
    .slice()
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: { row: number; col: number; colCount: number; style: string }[] = [];
  for (const cell of styled) {
    const last = runs[runs.length - 1];
    if (
      last !== undefined &&
      last.row === cell.row &&
      last.style === cell.style &&
      last.col + last.colCount === cell.col
    ) {
      last.colCount += 1;
    } else if (!(last !== undefined && last.row === cell.row && last.col + last.colCount > cell.col)) {
      runs.push({ row: cell.row, col: cell.col, colCount: 1, style: cell.style });
    }
  }
  const rects: { row: number; col: number; rowCount: number; colCount: number; style: string }[] = [];
  const open = new Map<string, (typeof rects)[number]>();
  for (const run of runs) {
    const key = `${run.col}:${run.colCount}:${run.style}`;
    const rect = open.get(key);
    if (rect !== undefined && rect.row + rect.rowCount === run.row) {
      rect.rowCount += 1;
    } else {
      const fresh = { row: run.row, col: run.col, rowCount: 1, colCount: run.colCount, style: run.style };
      rects.push(fresh);
      open.set(key, fresh);
    }
  }
  return rects;
}
