/**
 * A table copied from a web page as text often comes one cell per line: cells are separated by a
 * blank line, an empty cell shows only as one more blank line, and a cell with two values or two
 * words keeps them on lines of their own ("6" / "27*", "KS" / "AU"). This reader turns such a
 * stretch back into rows of cells, for the meeting-grid reader to read: the organ × month grid
 * (the header row holds the months) and the transposed grid (the first column holds the months).
 */
import { monthFromWord } from "../../dates";
import { cleanCell, yearInText } from "../cells";
import type { DelimitedRecord } from "../delimited";
import { gridTime } from "./gridCells";

/** One cell: its lines and the record index and line of its first line. */
export interface Cell {
  readonly lines: readonly string[];
  readonly index: number;
  readonly line: number;
}

const TIME_LABEL = /^(?:tid|tider|klockan|kl\.?|tidpunkt|mötestid|starttid):?$/iu;
/** At most this many empty cells are read out of one run of blank lines. */
const MAX_EMPTY_RUN = 12;

const isMonth = (cell: Cell | undefined): boolean =>
  cell !== undefined &&
  cell.lines.length === 1 &&
  /^\p{L}+\.?$/u.test(cell.lines[0] ?? "") &&
  monthFromWord(cell.lines[0] ?? "") !== undefined;
const monthOf = (cell: Cell | undefined): number => monthFromWord(cell?.lines[0] ?? "") ?? 0;
const text = (cell: Cell | undefined): string => (cell?.lines ?? []).join(" ");

/** The cells of single-cell records, with an empty cell for every extra blank line. */
function cellsOf(records: readonly DelimitedRecord[]): Cell[] {
  const cells: Cell[] = [];
  let current: { lines: string[]; index: number; line: number } | undefined;
  let blanks = 0;
  records.forEach((record, index) => {
    const raw = record.cells.join(" ");
    const value = cleanCell(raw);
    // A line of spaces only is a cell that was copied empty, not one more blank line.
    if (value === "" && raw !== "" && current === undefined && cells.length > 0 && blanks > 0) {
      const empties = Math.min(MAX_EMPTY_RUN, Math.max(0, blanks - 1));
      for (let e = 0; e < empties; e += 1) cells.push({ lines: [], index, line: record.line });
      cells.push({ lines: [], index, line: record.line });
      blanks = 0;
      return;
    }
    if (value === "") {
      if (current !== undefined) {
        cells.push(current);
        current = undefined;
        blanks = 0;
      }
      blanks += 1;
      return;
    }
    if (current === undefined) {
      // A cell of two lines is followed by one blank line more (as the copy writes it).
      const multiLine = (cells[cells.length - 1]?.lines.length ?? 0) > 1 ? 1 : 0;
      const empties = Math.min(MAX_EMPTY_RUN, Math.max(0, blanks - 1 - multiLine));
      for (let e = 0; e < empties && cells.length > 0; e += 1)
        cells.push({ lines: [], index, line: record.line });
      current = { lines: [value], index, line: record.line };
    } else {
      current.lines.push(value);
    }
    blanks = 0;
  });
  if (current !== undefined) cells.push(current);
  return cells;
}

/** A cell as one grid cell's text: a time cell keeps its time only ("18.00" / "*budget"). */
function cellText(cell: Cell | undefined, asTime: boolean): string {
  if (cell === undefined) return "";
  if (asTime) return cell.lines.find((l) => gridTime(l) !== undefined) ?? text(cell);
  return text(cell);
}

/** A label of abbreviations split over lines ("KS" / "AU") is one word ("KSAU"). */
function labelText(cell: Cell | undefined): string {
  const lines = cell?.lines ?? [];
  const words = lines.join(" ").split(/\s+/u);
  if (words.length > 1 && words.every((w) => /^\p{Lu}{1,6}$/u.test(w))) return words.join("");
  // "Presidie-" / "beredning": a word split at a line break.
  return lines.reduce(
    (joined, line) =>
      joined === ""
        ? line
        : /\p{L}-$/u.test(joined) && /^\p{Ll}/u.test(line) && !/^(?:och|eller)\b/u.test(line)
          ? `${joined.slice(0, -1)}${line}`
          : `${joined} ${line}`,
    "",
  );
}

/** The nearest short line with a year at or above a record. */
function yearAbove(records: readonly DelimitedRecord[], index: number): string | undefined {
  for (let i = index; i >= Math.max(0, index - 15); i -= 1) {
    const value = cleanCell((records[i]?.cells ?? []).join(" "));
    if (value.length <= 80 && yearInText(value) !== undefined) return value;
  }
  return undefined;
}

/** A decoded grid: rows of cells as records, and the records it spans. */
export interface DecodedGrid {
  readonly records: DelimitedRecord[];
  readonly from: number;
  readonly to: number;
  /** Rows that lost cells in the copy, so that their days cannot be put in their months. */
  readonly unaligned: readonly { readonly line: number; readonly text: string }[];
  /**
   * Lines of records that hold a whole row on one line ("Kommunfullmäktige 29 26 25 295 27
   * 18.00": a row that lost its empty cells, or one copied as a line of text): the grid reader
   * places their days by weekday and order, and says so when another placement fits as well.
   */
  readonly oneLine: ReadonlySet<number>;
}

/** A cell whose one line is a row of day cells with no name ("- - - 307 - -"). */
const DAY_ROW = /^(?:[-–—]|\d[\d,*]*)(?:\s+(?:[-–—]|\d[\d,*]*)){2,}$/u;

/**
 * "Valnämnd 16 20 19 9 7 4 18.00": a body's name then at least four day cells, all on one line
 * (a row copied as text inside a grid copied cell by cell). The name and the rest.
 */
function oneLineRow(line: string, months: number): { label: string; rest: string } | undefined {
  const words = line.trim().split(/\s+/u);
  let i = 0;
  while (i < words.length && /^\p{L}/u.test(words[i] ?? "")) i += 1;
  if (i === 0 || words.length - i < Math.min(4, months)) return undefined;
  if (!words.slice(i).every((w) => /^(?:[-–—]|\d[\d.,:*]*)$/u.test(w))) return undefined;
  return { label: words.slice(0, i).join(" "), rest: words.slice(i).join(" ") };
}

function record(line: number, cells: string[]): DelimitedRecord {
  return { line, cells };
}

/**
 * Decode the one-cell-per-line grids of a text into tab-like records: a header record
 * (label, time, months) and one record per organ. Returns nothing for a text with no such grid.
 *
 * @example
 * decodeCellGrids(parseDelimited("Organ\n\nJan\n\nFeb\n\nMar\n\nApr\n\nKS\n\n19\n\n16\n\n16\n\n13\n", "\t"))[0]?.records[1]?.cells
 * // → ["KS", "", "19", "16", "16", "13"]
 */
export function decodeCellGrids(records: readonly DelimitedRecord[]): DecodedGrid[] {
  if (records.some((r) => r.cells.length > 1)) return [];
  const cells = cellsOf(records);
  const grids: DecodedGrid[] = [];
  let i = 0;
  while (i < cells.length) {
    const grid = organByMonth(cells, i, records) ?? monthByOrgan(cells, i, records);
    if (grid === undefined) {
      i += 1;
      continue;
    }
    grids.push(grid.decoded);
    i = grid.next;
  }
  return grids;
}

function risingMonths(cells: readonly Cell[], start: number, step: number): number {
  let count = 0;
  let last = 0;
  for (let k = start; k < cells.length && isMonth(cells[k]); k += step) {
    if (monthOf(cells[k]) <= last) break;
    last = monthOf(cells[k]);
    count += 1;
  }
  return count;
}

/** Label, months in a row, maybe a time column; then one row per organ. */
function organByMonth(
  cells: readonly Cell[],
  i: number,
  records: readonly DelimitedRecord[],
): { decoded: DecodedGrid; next: number } | undefined {
  const label = cells[i];
  if (label === undefined || isMonth(label) || label.lines.length === 0) return undefined;
  const months = risingMonths(cells, i + 1, 1);
  if (months < 4) return undefined;
  let end = i + 1 + months;
  const hasTime = TIME_LABEL.test(text(cells[end]));
  if (hasTime) end += 1;
  const width = end - i;
  const headerCells = cells.slice(i, end);
  const out: DelimitedRecord[] = [];
  const year = yearAbove(records, label.index);
  if (year !== undefined) out.push(record(label.line, [year]));
  out.push(
    record(
      label.line,
      headerCells.map((c) => text(c)),
    ),
  );
  let k = end;
  const unaligned: DecodedGrid["unaligned"][number][] = [];
  const oneLine = new Set<number>();
  let lastLabel: string | undefined;
  // The time of the row above, for a second row of its days that has none ("- - 275 - - -").
  let lastTime = "";
  // A row written on one line: a record of one cell, for the grid reader to place by weekday.
  const lineRow = (at: Cell, label: string, rest: string): void => {
    out.push(record(at.line, [`${label} ${rest}`]));
    oneLine.add(at.line);
  };
  while (k < cells.length) {
    const first = cells[k];
    if (first === undefined || first.lines.length === 0 || isMonth(first)) break;
    // "- - - 307 - -" under a body's row, with no name: that body's second row of days.
    if (lastLabel !== undefined && first.lines.length === 1 && DAY_ROW.test(first.lines[0] ?? "")) {
      lineRow(first, lastLabel, `${first.lines[0] ?? ""} ${lastTime}`.trim());
      k += 1;
      continue;
    }
    const single = oneLineRow(first.lines[0] ?? "", width - 1);
    if (single !== undefined) {
      lineRow(first, single.label, single.rest);
      // Its second line ("21* 12") cannot be put under its months.
      if (first.lines.length > 1)
        unaligned.push({ line: first.line, text: `${single.label} ${first.lines.slice(1).join(" ")}` });
      lastLabel = single.label;
      k += 1;
      continue;
    }
    if (k + width > cells.length || /^\d/u.test(text(first))) break;
    const row = cells.slice(k, k + width);
    // A row that lost cells in the copy (its empty cells, or "Jävsnämnden (vid behov)", one cell
    // for six months) ends before `width` cells, at the next body's name: the grid reader places
    // its days by weekday and order, or leaves it out and says so; the rows after it are read in
    // step again.
    const run = rowRun(cells, k, width);
    if (run < width) {
      const values = cells.slice(k + 1, k + run).map((c) => text(c));
      if (!values.some((v) => /\d/u.test(v))) break;
      if (!/\p{L}/u.test(text(first)) && lastLabel !== undefined) {
        // "-" / "-" / "275" / …: a second row of the body above, with no name of its own.
        lineRow(first, lastLabel, [text(first), ...values, lastTime].join(" ").trim());
      } else {
        lastLabel = labelText(first);
        lastTime = hasTime && gridTime(values[values.length - 1] ?? "") !== undefined ? (values[values.length - 1] ?? "") : "";
        lineRow(first, lastLabel, values.join(" "));
      }
      k += run;
      continue;
    }
    // "januari" / "27", "inget i" / "maj": every cell repeats its month's name (see monthNamedRow).
    const named = hasTime ? undefined : monthNamedRow(cells, k, headerCells.slice(1).map(monthOf));
    if (named !== undefined) {
      lastLabel = labelText(first);
      out.push(record(first.line, [lastLabel, ...named.values]));
      k = named.next;
      continue;
    }
    // The next grid's header ("2024" / "JULI" / "AUG" …) ends this grid.
    if (row.slice(1).some(isMonth)) break;
    const values = row.map((c, col) =>
      col === 0 ? labelText(c) : cellText(c, hasTime && col === width - 1),
    );
    // "-" / "-" / "275" / …: a second row of the body above, with no name of its own.
    if (!/\p{L}/u.test(values[0] ?? "") && lastLabel !== undefined) {
      values[0] = lastLabel;
      if (hasTime && values[width - 1] === "") values[width - 1] = lastTime;
    }
    if (!values.slice(1).some((v) => /\d/u.test(v))) break;
    out.push(record(first.line, values));
    lastLabel = values[0];
    lastTime = hasTime ? (values[width - 1] ?? "") : "";
    k += width;
  }
  if (out.length <= (year !== undefined ? 2 : 1)) return undefined;
  const last = cells[k - 1];
  return {
    decoded: { records: out, from: label.index, to: last?.index ?? label.index, unaligned, oneLine },
    next: k,
  };
}

/** "inget", "inget i", "inget i maj": no meeting that month. */
const NONE_IN = /^inget(?:\s+i)?(?:\s+\p{L}+)?$/iu;

/**
 * A row whose every cell repeats its month's name above its days, as some web tables are
 * written and copy one line each: "januari" / "27", "februari" / "9, 23", or "inget i" / "maj"
 * for a month with no meeting. The values per month in order, and the cell after the row;
 * undefined when the row is not written so (then it is read cell by cell as usual).
 *
 * @example
 * // cells "Kulturnämnden", "januari", "24", "inget i", "februari", "mars", "3"
 * monthNamedRow(cells, 0, [1, 2, 3])?.values // → ["24", "", "3"]
 */
export function monthNamedRow(
  cells: readonly Cell[],
  k: number,
  months: readonly number[],
): { values: string[]; next: number } | undefined {
  const values: string[] = [];
  let at = k + 1;
  for (const month of months) {
    const cell = cells[at];
    if (cell === undefined || cell.lines.length === 0) return undefined;
    const first = cell.lines[0] ?? "";
    const named = monthFromWord(first.replace(/\.$/u, "")) === month && /^\p{L}+\.?$/u.test(first);
    if (named && cell.lines.length > 1) {
      // "januari" and "26" on lines of one cell.
      values.push(cell.lines.slice(1).join(" "));
      at += 1;
    } else if (named && /\d/u.test(text(cells[at + 1]))) {
      values.push(text(cells[at + 1]));
      at += 2;
    } else if (NONE_IN.test(text(cell))) {
      // "inget i" then the month's name, or all in one cell ("inget i maj").
      const inOne = monthFromWord(text(cell).split(/\s+/u).pop() ?? "") === month;
      if (!inOne && !(isMonth(cells[at + 1]) && monthOf(cells[at + 1]) === month)) return undefined;
      values.push("");
      at += inOne ? 1 : 2;
    } else {
      return undefined;
    }
  }
  return { values, next: at };
}

/** A cell that names a body: letters, not a month, not a footnote ("*budget") or a dash. */
const isLabel = (cell: Cell | undefined): boolean =>
  cell !== undefined && !isMonth(cell) && /^\p{Lu}/u.test(text(cell)) && !/^\d/u.test(text(cell));

/**
 * How many cells the row at `k` has before the next body's name, at most `width`: fewer than
 * `width` when the copy lost some of its cells.
 */
function rowRun(cells: readonly Cell[], k: number, width: number): number {
  for (let n = 1; n < width; n += 1) if (isLabel(cells[k + n])) return n;
  return width;
}

/** A header of organs, then rows that start with a month (and a time row). */
function monthByOrgan(
  cells: readonly Cell[],
  i: number,
  records: readonly DelimitedRecord[],
): { decoded: DecodedGrid; next: number } | undefined {
  // The first month row: find the width that puts four rising months a row apart.
  for (let width = 3; width <= 10; width += 1) {
    const firstMonth = cells.findIndex((c, k) => k > i && k <= i + width * 3 && isMonth(c));
    if (firstMonth < 0) continue;
    if (risingMonths(cells, firstMonth, width) < 4) continue;
    // The header row is the `width` cells before the first label row (a time row may come first).
    let headerStart = firstMonth - width;
    let timeRow: Cell[] | undefined;
    if (headerStart - width >= i && TIME_LABEL.test(text(cells[headerStart]))) {
      timeRow = cells.slice(headerStart, headerStart + width);
      headerStart -= width;
    }
    if (headerStart !== i) continue;
    const header = cells.slice(headerStart, headerStart + width);
    const organs = header.slice(1).map(labelText);
    if (organs.some((o) => o === "" || /^\d+$/u.test(o))) continue;
    const monthRows: Cell[][] = [];
    let k = firstMonth;
    for (; k + width <= cells.length && isMonth(cells[k]); k += width)
      monthRows.push(cells.slice(k, k + width));
    const corner = header[0];
    const year = /^(?:19|20|21)\d{2}$/u.test(text(corner))
      ? text(corner)
      : yearAbove(records, corner?.index ?? 0);
    const out: DelimitedRecord[] = [];
    if (year !== undefined) out.push(record(corner?.line ?? 0, [year]));
    const monthNames = monthRows.map((row) => text(row[0]));
    out.push(record(corner?.line ?? 0, ["Organ", "Tid", ...monthNames]));
    organs.forEach((organ, col) => {
      const time = timeRow !== undefined ? cellText(timeRow[col + 1], true) : "";
      out.push(
        record(header[col + 1]?.line ?? 0, [
          organ,
          time,
          ...monthRows.map((row) => cellText(row[col + 1], false)),
        ]),
      );
    });
    const last = cells[k - 1];
    return {
      decoded: { records: out, from: corner?.index ?? 0, to: last?.index ?? 0, unaligned: [], oneLine: new Set() },
      next: k,
    };
  }
  return undefined;
}
