/**
 * A sheet's cells as the text the import reads: one line per sheet row, cells separated by
 * tabs, as Excel itself copies a range. Line N of the text is sheet row N, so the preview's
 * "Rad N" names the row the user sees.
 */

/** A cell as TSV: line breaks and tabs inside become spaces; a quote makes the cell quoted. */
function tsvCell(value: string): string {
  const flat = value.replace(/[\t\r\n]+/g, " ");
  return flat.includes('"') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/**
 * Join a sheet's values (row-major, as read) into tab-separated text; trailing empty cells of a
 * row are dropped, empty rows stay as empty lines.
 *
 * @example
 * sheetToText([["JANUARI", ""], ["5 februari", "MBL", "Förvaltningsgruppen"]]);
 * // "JANUARI\n5 februari\tMBL\tFörvaltningsgruppen\n"
 */
export function sheetToText(values: readonly (readonly string[])[]): string {
  const lines = values.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] ?? "").trim() === "") end -= 1;
    return row.slice(0, end).map(tsvCell).join("\t");
  });
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
