/**
 * How many lines a text takes in a wrapped cell. Renderers do not all grow rows to fit wrapped
 * text (LibreOffice keeps the default height of an .xlsx row), so the models set row heights
 * from this estimate.
 */

/** Average character width relative to the column width unit, for the default proportional font. */
const AVERAGE_CHAR = 0.9;

/**
 * Lines a text needs in a wrapped cell `width` characters wide (at least 1).
 *
 * @example
 * wrappedLines("Beslut om tertialrapport 1 i stadsdelsnämnden", 20); // 3
 */
export function wrappedLines(text: string, width: number, fontScale = 1): number {
  const perLine = Math.max(1, Math.floor(width / (AVERAGE_CHAR * fontScale)));
  return text.split("\n").reduce((sum, line) => sum + lineCount(line, perLine), 0);
}

/** Word-wraps one paragraph greedily, as spreadsheet renderers do. */
function lineCount(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
    const length = word.length;
    if (used === 0) {
      lines += Math.floor(Math.max(0, length - 1) / perLine);
      used = length % perLine || perLine;
    } else if (used + 1 + length <= perLine) {
      used += 1 + length;
    } else {
      lines += 1 + Math.floor(Math.max(0, length - 1) / perLine);
      used = length % perLine || perLine;
    }
  }
  return lines;
}
