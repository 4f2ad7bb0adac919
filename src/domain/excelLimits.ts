/**
 * Limits of an Excel cell that every sheet and table Tidsplan writes must respect.
 */

/** The most characters an Excel cell holds. A longer text makes Excel refuse the write (or "repair" the file). */
export const EXCEL_CELL_MAX_CHARS = 32_767;

/**
 * A text as an Excel cell can hold it: unchanged up to {@link EXCEL_CELL_MAX_CHARS} characters,
 * else its beginning and "…" in exactly that many (never splitting a surrogate pair). The whole
 * text stays in the source; the check reports the cut (cell-too-long).
 *
 * @example
 * fitCellText("Budget") // → "Budget"
 * fitCellText("x".repeat(40_000)).length // → 32767, ending in "…"
 */
export function fitCellText(text: string): string {
  if (text.length <= EXCEL_CELL_MAX_CHARS) return text;
  let end = EXCEL_CELL_MAX_CHARS - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1; // a high surrogate without its pair
  return `${text.slice(0, end)}…`;
}
