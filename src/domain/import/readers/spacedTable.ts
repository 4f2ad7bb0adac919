/**
 * The reader of a meeting table copied with spaces for columns, its column headings stacked above
 * it: each body's name (maybe over two lines), its usual day and time and its room on lines of
 * their own ("Kommunstyrelsen" / "tisdagar kl.16.00" / "i Debatten"), then rows of one date per
 * body, the cells apart by two or more spaces ("30 januari   13 februari   6 mars"). A cell keeps
 * its remarks ("Å, månd") in Innehåll and its own time ("kl.16") wins over the column's.
 *
 * A row whose cells broke over lines in the copy comes as lines of one cell each: when their
 * number is a multiple of the columns, they are read in order, as many per column, and each entry
 * says that its column was inferred; otherwise they are left out and named.
 */
import { isOrganName } from "../../owners/organs";
import type { RawRow, ReadingNote, SkippedLine } from "../../types";
import { cleanCell } from "../cells";
import type { DelimitedRecord } from "../delimited";
import { leadingDate } from "../datePhrases";
import { NO_MEETING } from "./gridCells";
import type { GridReading } from "./meetingGrid";

/** How far above the first row the stacked headings may start. */
const HEADING_LINES = 16;
/** A table has at least this many rows of one date per column. */
const MIN_ROWS = 3;

interface Column {
  readonly organ: string;
  readonly time?: string;
}

const TIME = /(?:kl\.?|klockan)\s*(\d{1,2}(?:[.:]\d{2})?)(?!\d)/iu;

/** The cells of a line, apart by two or more spaces; "- -" (two empty cells) is two. */
function spacedCells(raw: string): string[] {
  return raw
    .trim()
    .split(/\s{2,}/u)
    .flatMap((cell) => (/^[-–—](?:\s[-–—])+$/u.test(cell) ? cell.split(/\s/u) : [cell]));
}

/** A cell of the table: a date (with remarks) or no meeting. */
function isCell(cell: string, planYear: number): boolean {
  return NO_MEETING.test(cell) || leadingDate(cell, { planYear }) !== undefined;
}

/** The bodies named by the stacked headings above `first`, with their times, in order. */
function stackedColumns(records: readonly DelimitedRecord[], first: number): Column[] {
  const lines = headingBlock(records, first).map((k) => cleanCell((records[k]?.cells ?? []).join(" ")));
  const columns: { organ: string; time?: string }[] = [];
  for (let k = 0; k < lines.length; k += 1) {
    const line = lines[k] ?? "";
    const two = `${line} ${lines[k + 1] ?? ""}`.trim();
    if (k + 1 < lines.length && /^\p{Ll}/u.test(lines[k + 1] ?? "") && heading(two) && !TIME.test(two)) {
      columns.push({ organ: two });
      k += 1;
    } else if (heading(line)) {
      columns.push({ organ: line });
    } else {
      const last = columns[columns.length - 1];
      const time = TIME.exec(line)?.[1];
      if (last !== undefined && last.time === undefined && time !== undefined) last.time = time;
    }
  }
  return columns;
}

/** The lines right above the first row, up to a blank line: where the stacked headings stand. */
function headingBlock(records: readonly DelimitedRecord[], first: number): number[] {
  const block: number[] = [];
  for (let k = first - 1; k >= Math.max(0, first - HEADING_LINES); k -= 1) {
    if (cleanCell((records[k]?.cells ?? []).join(" ")) === "") break;
    block.unshift(k);
  }
  return block;
}

/** A column heading names a body in a few words, no sentence ("Kommunstyrelsen"). */
const heading = (text: string): boolean =>
  text.split(/\s+/u).length <= MAX_HEADING_WORDS && !/[.,:;()]/u.test(text) && isOrganName(text);
const MAX_HEADING_WORDS = 4;

/** "Kommunstyrelsens arbetsutskott (Ks au)" written anywhere: the name with its abbreviation. */
function abbreviated(records: readonly DelimitedRecord[], organ: string): string {
  const escaped = organ.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const pattern = new RegExp(`${escaped}\\s+\\((\\p{Lu}[\\p{L} ]{0,6})\\)`, "u");
  for (const record of records) {
    const m = pattern.exec(record.cells.join(" "));
    if (m?.[1] !== undefined) return `${organ} (${m[1]})`;
  }
  return organ;
}

const COLUMN_NOTE = (organ: string): ReadingNote => ({
  code: "column-unsure",
  message: {
    sv: `Cellerna bröts över rader i kopian; dagen lästes i kolumnen ${organ} efter ordningen. Kontrollera organet.`,
    en: `The cells broke over lines in the copy; the day was read in the column ${organ} by order. Check the body.`,
  },
});

/**
 * The meeting table of a text laid out with spaces under stacked headings, or undefined.
 *
 * @example
 * spacedTable(parseDelimited("Kommunstyrelsen\ntisdagar kl.16.00\nKommunfullmäktige\nkl.18.00\n" +
 *   "30 januari   6 mars\n13 februari   3 april\n12 mars   15 maj\n", "\t"), 2018)?.rows[0]?.when
 * // → "30 januari kl. 16.00"
 */
export function spacedTable(records: readonly DelimitedRecord[], planYear: number): GridReading | undefined {
  if (records.some((r) => r.cells.length > 1)) return undefined;
  // The first run of at least MIN_ROWS lines of the same number (≥ 2) of date cells.
  let first = -1;
  let width = 0;
  for (let k = 0; k < records.length && first < 0; k += 1) {
    const cells = spacedCells(records[k]?.cells[0] ?? "");
    if (cells.length < 2 || !cells.every((c) => isCell(c, planYear))) continue;
    let rows = 0;
    for (let j = k; j < records.length && rows < MIN_ROWS; j += 1) {
      const next = spacedCells(records[j]?.cells[0] ?? "");
      if (next.length !== cells.length || !next.every((c) => isCell(c, planYear))) break;
      rows += 1;
    }
    if (rows >= MIN_ROWS) {
      first = k;
      width = cells.length;
    }
  }
  if (first < 0) return undefined;
  const columns = stackedColumns(records, first);
  if (columns.length !== width) return undefined;
  const names = columns.map((c) => abbreviated(records, c.organ));
  const rows: RawRow[] = [];
  const used = new Set<number>();
  const skipped: SkippedLine[] = [];
  const cellRow = (line: number, cell: string, col: number, note?: ReadingNote): void => {
    if (NO_MEETING.test(cell)) return;
    const lead = leadingDate(cell, { planYear });
    const column = columns[col];
    const name = names[col];
    if (lead === undefined || column === undefined || name === undefined) return;
    const own = TIME.exec(lead.rest)?.[1];
    const time = own ?? column.time;
    const remarks = lead.rest
      .replace(TIME, "")
      .replace(/^[\s,]+|[\s,]+$/gu, "")
      .trim();
    rows.push({
      line,
      when: time !== undefined && !TIME.test(lead.when) ? `${lead.when} kl. ${time}` : lead.when,
      event: name,
      owner: column.organ,
      notes: remarks,
      ...(note !== undefined ? { readingNotes: [note] } : {}),
    });
  };
  let pending: { line: number; index: number; cell: string }[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    if (pending.length % width === 0) {
      const per = pending.length / width;
      pending.forEach((p, i) => {
        const col = Math.floor(i / per);
        cellRow(p.line, p.cell, col, COLUMN_NOTE(columns[col]?.organ ?? ""));
      });
    } else {
      for (const p of pending) skipped.push({ line: p.line, text: p.cell, reason: "grid-row-unaligned" });
    }
    pending = [];
  };
  let k = first;
  for (; k < records.length; k += 1) {
    const record = records[k];
    if (record === undefined) break;
    const raw = record.cells[0] ?? "";
    if (cleanCell(raw) === "") {
      used.add(k);
      continue;
    }
    const cells = spacedCells(raw);
    if (cells.length === width && cells.every((c) => isCell(c, planYear))) {
      flush();
      cells.forEach((cell, col) => cellRow(record.line, cell, col));
      used.add(k);
    } else if (cells.length === 1 && isCell(cells[0] ?? "", planYear)) {
      pending.push({ line: record.line, index: k, cell: cells[0] ?? "" });
      used.add(k);
    } else {
      break;
    }
  }
  flush();
  // The stacked headings are the table's header.
  for (const h of headingBlock(records, first)) used.add(h);
  skipped.push({ line: records[first]?.line ?? 0, text: "", reason: "grid-header" });
  return rows.length === 0 ? undefined : { rows, used, skipped };
}
