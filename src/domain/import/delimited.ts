/**
 * Splits TSV and CSV text into records of cells, the way Excel writes and reads them: quoted
 * fields may hold separators, doubled quotes and line breaks. Unbalanced quotes never throw:
 * an opening quote that is never closed is read as an ordinary character.
 */

/** The separators a timeline file may use ("|": a table a web page or a Markdown text gives as pipes). */
export type Separator = "\t" | ";" | "," | "|";

/** One record: its cells and the 1-based line it starts on. */
export interface DelimitedRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

/** Index of the quote that closes a field opened at `open`, or -1 when there is none. */
function closingQuote(text: string, open: number): number {
  let i = open + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return -1;
    if (text[q + 1] === '"') {
      i = q + 2;
      continue;
    }
    return q;
  }
}

/**
 * A quoted field that spans lines but whose closing quote is followed by more text
 * (`"Budget, del 1` … `Beslut "om" skatt`) is not one Excel wrote: the opening quote is
 * unbalanced and the "closing" one belongs to a later row. Reading it as quoted would swallow
 * the rows between into one cell, so the opening quote is read as an ordinary character.
 */
function swallowsLines(text: string, open: number, close: number, sep: number): boolean {
  const after = text.charCodeAt(close + 1);
  const endsField = close + 1 >= text.length || after === sep || after === 10 || after === 13;
  return !endsField && text.slice(open + 1, close).includes("\n");
}

/**
 * The same records as the general parser below gives for a text without any quote character,
 * found with the engine's own split: every line is a record and every separator ends a cell;
 * the text after the last line break is a record only when it has text or a separator.
 */
function parseUnquoted(text: string, separator: Separator): DelimitedRecord[] {
  const lines = text.split("\n");
  const records: DelimitedRecord[] = [];
  const last = lines.length - 1;
  for (let index = 0; index <= last; index += 1) {
    const cells = (lines[index] ?? "").split(separator);
    if (index === last && cells.length === 1 && cells[0] === "") break;
    records.push({ line: index + 1, cells });
  }
  return records;
}

/**
 * Parse delimited text (lines already "\n"-separated) into records.
 *
 * @example
 * parseDelimited('När;Händelse\n"5 feb";"Beslut; ""stort""\nrad 2"', ";");
 * // → [{ line: 1, cells: ["När", "Händelse"] },
 * //    { line: 2, cells: ["5 feb", 'Beslut; "stort"\nrad 2'] }]
 */
export function parseDelimited(text: string, separator: Separator): DelimitedRecord[] {
  if (!text.includes('"')) return parseUnquoted(text, separator);
  const records: DelimitedRecord[] = [];
  const sep = separator.charCodeAt(0);
  const NEWLINE = 10;
  let cells: string[] = [];
  let line = 1;
  let recordLine = 1;
  // Once a search for a closing quote reached the end, no later quote can close either.
  let noMoreClosing = false;
  let i = 0;
  const n = text.length;
  while (i <= n) {
    // One field starts at i.
    let cell: string;
    let j = i;
    while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) && text.charCodeAt(j) !== sep)
      j += 1;
    let close = text[j] === '"' && !noMoreClosing ? closingQuote(text, j) : -2;
    if (close === -1) noMoreClosing = true;
    if (close >= 0 && swallowsLines(text, j, close, sep)) close = -2;
    if (close >= 0) {
      const quoted = text.slice(j + 1, close);
      for (let k = 0; k < quoted.length; k += 1) if (quoted.charCodeAt(k) === NEWLINE) line += 1;
      j = close + 1;
      const stray = j;
      // Text after the closing quote (a stray character) is kept as it is.
      while (j < n && text.charCodeAt(j) !== sep && text.charCodeAt(j) !== NEWLINE) j += 1;
      cell = quoted.replace(/""/g, '"') + text.slice(stray, j);
    } else {
      j = i;
      while (j < n && text.charCodeAt(j) !== sep && text.charCodeAt(j) !== NEWLINE) j += 1;
      cell = text.slice(i, j);
    }
    cells.push(cell);
    if (j >= n) {
      if (cells.length > 1 || cell !== "") records.push({ line: recordLine, cells });
      break;
    }
    if (text.charCodeAt(j) === NEWLINE) {
      records.push({ line: recordLine, cells });
      cells = [];
      line += 1;
      recordLine = line;
    }
    i = j + 1;
  }
  return records;
}

/** Separators outside double quotes on one line. */
function countOutsideQuotes(line: string, sep: string): number {
  let count = 0;
  // An unbalanced quote on a line is an ordinary character (see swallowsLines).
  const balanced = (line.split('"').length - 1) % 2 === 0;
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (c === '"' && balanced) quoted = !quoted;
    else if (c === sep && !quoted) count += 1;
  }
  return count;
}

/**
 * Whether the lines are really separated by `sep`: most lines hold the same number of
 * separators (at least one), as a file that Excel or a system wrote does. Prose full of commas
 * ("Vecka 48, måndag 28 november 2022") has no such column count.
 */
function consistentColumns(lines: readonly string[], sep: string, share: number): boolean {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const n = countOutsideQuotes(line, sep);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let mode = 0;
  let modeLines = 0;
  for (const [n, lineCount] of counts) {
    if (n > 0 && lineCount > modeLines) {
      mode = n;
      modeLines = lineCount;
    }
  }
  if (mode === 0 || modeLines < Math.min(2, lines.length)) return false;
  // Lines with more separators than the mode are fine when quoted cells hold them; fewer are not.
  const fitting = lines.filter((l) => countOutsideQuotes(l, sep) >= mode).length;
  return fitting >= lines.length * share;
}

/** A Markdown table's rule line under its header: `---|---|`, `| :--- | ---: |`. */
const RULE_LINE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/u;

/**
 * Whether the lines are a table whose cells are separated by "|" (a web page's table as a text
 * converter gives it, a Markdown table): at least three lines with two or more pipes, and either
 * a Markdown rule line or such lines making up most of the text. A breadcrumb ("Hem | Kommun |
 * Politik") is one line, not a table.
 */
function pipeTable(lines: readonly string[]): boolean {
  const rows = lines.filter((l) => countOutsideQuotes(l, "|") >= 2).length;
  if (rows < 3) return false;
  return lines.some((l) => RULE_LINE.test(l)) || rows >= lines.length * 0.6;
}

/**
 * The records of a "|" table without its Markdown rule lines (`---|---|`), which are no rows.
 *
 * @example
 * withoutRuleLines(parseDelimited("Organ | Jan\n---|---\nKS | 19", "|")).map((r) => r.line) // → [1, 3]
 */
export function withoutRuleLines(records: readonly DelimitedRecord[]): DelimitedRecord[] {
  return records.filter((r) => !RULE_LINE.test(r.cells.join("|")));
}

/**
 * Guess the separator of a file from its first lines: a tab anywhere wins (TSV and text copied
 * from Word tables); then "|" for a table a web page's converter or a Markdown text gives
 * (see pipeTable); else ";" or "," when the lines really are columns (most lines hold the same
 * number of them, see consistentColumns), ";" first (Swedish Excel writes it and Swedish text is
 * full of commas). Otherwise "\t": a text copied from a web page or a PDF, read line by line.
 *
 * @example
 * guessSeparator("När;Händelse;Ansvar\n5 feb;Beslut, stort;KS")          // → ";"
 * guessSeparator("Vecka 48, måndag 28 november 2022\nBudgetberedning")   // → "\t" (no columns)
 */
export function guessSeparator(text: string): Separator {
  const head = text.slice(0, 20000);
  if (head.includes("\t")) return "\t";
  const lines = head
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(0, 40);
  if (head.includes("|") && pipeTable(lines)) return "|";
  if (consistentColumns(lines, ";", 0.7)) return ";";
  // Commas stand in prose and dates ("Vecka 48, måndag 28 november"): a file is CSV only with
  // quoted fields, or at least three columns on three lines, or a header row that says so.
  if (consistentColumns(lines, ",", 0.8)) {
    const quoted = lines.some((l) => /(?:^|,)\s*"/u.test(l));
    const wide = lines.length >= 3 && lines.filter((l) => countOutsideQuotes(l, ",") >= 2).length >= lines.length * 0.8;
    const header = /^(?:[^,]*,)*\s*(?:när|datum|when|date|id)\s*,/iu.test(lines[0] ?? "");
    if (quoted || wide || header) return ",";
  }
  return "\t";
}
