/**
 * The reader of a preparation-cycle table ("steps as columns"): a header names the steps that
 * lead up to a meeting ("Sista dag för ärenden | Presidieberedning | Utskick | Nämndsammanträde"),
 * each row is one cycle, and its cells are the dates of the steps. Each dated cell is one entry:
 * Händelse is the column's step with the meeting it prepares ("Presidieberedning inför
 * Nämndsammanträde 21 feb"), the owner the body the document names.
 *
 * Two forms: a table copied with tabs (the header one row of cells, maybe a second row of usual
 * weekdays and times), and a table flattened to text (the header's cells stacked over lines,
 * words broken at hyphens, the body's cells apart by single spaces and an empty cell a run of
 * spaces). A flattened row that broke over lines is read in order across them, and says so.
 */
import { monthFromWord, weekdayFromWord } from "../../dates";
import { isOrganName } from "../../owners/organs";
import type { RawRow, ReadingNote, SkippedLine } from "../../types";
import { cleanCell } from "../cells";
import type { DelimitedRecord } from "../delimited";
import type { GridReading } from "./meetingGrid";

/** How far into a document the step header is looked for. */
const HEADER_SEARCH = 80;
/** How many lines a stacked header may take, and how far below it the rows start. */
const STACK_LINES = 60;
/** A table has at least this many rows. */
const MIN_ROWS = 2;
/** At most one line in this many rows may fail to fill the steps (a row broken past reading). */
const MISFIT_RATIO = 4;
/** A step header names at least this many steps. */
const MIN_STEPS = 3;
/** A step's name is a few words. */
const MAX_STEP_WORDS = 6;

/** A word of a step in the preparation of a meeting. */
const STEP_WORD =
  /beredning|utskick|kallelse|sammanträde|ärende|handling|underlag|sista dag|utskott|presidi|möte|justering|protokoll|dagordning|föredragningslista|nämnd|styrelse|fullmäktige/iu;
/** A step that prepares a meeting (a table with none is no preparation table). */
const PREP_WORD = /beredning|utskick|kallelse|ärende|underlag|handling|sista dag|dagordning|föredragningslista/iu;
/** A step that is the meeting itself. */
const MEETING_STEP = /sammanträde|möte|nämnd$|nämnden$|styrelse|styrelsen$|fullmäktige$|utskott|utskottet$/iu;
/** Words that make a header cell a När / month column, not a step. */
const NOT_STEP = /^(?:när|datum|månad|vecka|v\.?|tid|organ|händelse|aktivitet)$/iu;
/** A date cell: "16 jan", "2023-01-16", "9/1", with a remark in brackets ("(månd)", "(kl.13-15)"). */
const DATE_CELL = /(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}|\d{1,2}\s+(\p{L}+)\.?)(?:\s*\(([^()]{0,40})\))?/gu;
const WHOLE_DATE_CELL = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}|\d{1,2}\s+(\p{L}+)\.?)(?:\s*\(([^()]{0,40})\))?$/u;
const TIME = /(?:kl\.?|klockan)\s*(\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?)/iu;
const SENTENCE_END = /[.!?:]$/u;
const HYPHEN_END = /(\p{Ll})-$/u;
const HYPHEN_INSIDE = /(\p{Ll})-(\p{Ll})/gu;
const ABBREVIATION = /^\p{Lu}{2,8}$/u;
const CAPITAL = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const WHITESPACE = /\s+/u;
const ORGAN_GENITIVE =
  /(\p{Lu}[\p{L}]*-?(?:\s+och\s+)?\p{L}*?(?:nämnden|nämnd|styrelsen|fullmäktige|utskottet))s?(?!\p{L})/u;

interface Cell {
  readonly date: string;
  readonly remark: string;
}

interface Step {
  readonly name: string;
  readonly time?: string;
}

/** A date cell's parts, when the text is one ("16 jan (månd)"), else undefined. */
function dateCell(match: RegExpExecArray | RegExpMatchArray): Cell | undefined {
  const month = match[2];
  if (month !== undefined && monthFromWord(month) === undefined) return undefined;
  return { date: (match[1] ?? "").trim(), remark: (match[3] ?? "").trim() };
}

/**
 * The cells of a flattened line: its date cells in order, an empty cell for each run of two
 * spaces between them (cells were joined by one space, an empty cell is a space). Undefined when
 * the line holds anything but dates.
 */
function flatCells(raw: string): (Cell | undefined)[] | undefined {
  const cells: (Cell | undefined)[] = [];
  let at = 0;
  let gapIsEdge = true;
  for (const m of raw.matchAll(DATE_CELL)) {
    const gap = raw.slice(at, m.index);
    if (gap.trim() !== "") return undefined;
    const cell = dateCell(m);
    if (cell === undefined) return undefined;
    const empties = gapIsEdge ? Math.floor(gap.length / 2) : Math.floor((gap.length - 1) / 2);
    for (let k = 0; k < empties; k += 1) cells.push(undefined);
    cells.push(cell);
    at = m.index + m[0].length;
    gapIsEdge = false;
  }
  if (cells.length === 0 || raw.slice(at).trim() !== "") return undefined;
  for (let k = 0; k < Math.floor((raw.length - at) / 2); k += 1) cells.push(undefined);
  return cells;
}

/** A header cell that names a step (not När, not a month). */
function stepName(text: string): boolean {
  const words = text.split(WHITESPACE);
  return (
    words.length <= MAX_STEP_WORDS &&
    (STEP_WORD.test(text) || ABBREVIATION.test(text)) &&
    !NOT_STEP.test(text) &&
    !SENTENCE_END.test(text) &&
    monthFromWord(words[0] ?? "") === undefined
  );
}

/** A header that names steps, among them a preparing one. */
function stepHeader(names: readonly string[]): boolean {
  return names.length >= MIN_STEPS && names.every(stepName) && names.some((n) => PREP_WORD.test(n));
}

/**
 * The steps named by a stacked header's words: a step starts at a capitalised word, except an
 * abbreviation right after a lower-case word ("Utskick kallelse BUN"), which ends that step.
 */
export function splitSteps(lines: readonly string[]): string[] {
  let text = "";
  for (const line of lines) {
    const broken = HYPHEN_END.test(text);
    text = broken ? `${text.slice(0, -1)}${line}` : `${text} ${line}`;
  }
  const words = text.replace(HYPHEN_INSIDE, "$1$2").trim().split(WHITESPACE);
  const steps: string[][] = [];
  for (const word of words) {
    const current = steps[steps.length - 1];
    const previous = current?.[current.length - 1] ?? "";
    const starts = CAPITAL.test(word) && !(ABBREVIATION.test(word) && LOWER.test(previous));
    if (current === undefined || starts) steps.push([word]);
    else current.push(word);
  }
  return steps.map((s) => s.join(" "));
}

/** The usual time of each column from lines of weekdays and times ("Torsdag" / "kl 8:00-10:00"). */
function weekdayTimes(lines: readonly string[]): (string | undefined)[] {
  const times: (string | undefined)[] = [];
  let open = false;
  for (const line of lines) {
    if (weekdayFromWord(line.split(WHITESPACE)[0] ?? "") !== undefined) {
      times.push(TIME.exec(line)?.[1]);
      open = true;
    } else if (open && times[times.length - 1] === undefined) {
      const time = TIME.exec(line)?.[1];
      if (time !== undefined) times[times.length - 1] = time;
    }
  }
  return times;
}

const text = (record: DelimitedRecord | undefined): string => cleanCell((record?.cells ?? []).join(" "));

/** The body whose steps these are, named in the title or intro ("Barn- och utbildningsnämndens …"). */
function documentOrgan(records: readonly DelimitedRecord[], before: number): string {
  for (let k = 0; k < before; k += 1) {
    const m = ORGAN_GENITIVE.exec(text(records[k]));
    if (m?.[1] !== undefined && isOrganName(m[1])) return m[1];
  }
  return "";
}

const ROW_NOTE: ReadingNote = {
  code: "column-unsure",
  message: {
    sv: "Raden bröts över flera rader i kopian; cellerna lästes i ordning över dem. Kontrollera steget.",
    en: "The row broke over several lines in the copy; its cells were read in order across them. Check the step.",
  },
};

/** The rows of one cycle each into entries: a step's date, the meeting it prepares. */
function cycleRows(
  steps: readonly Step[],
  cycle: readonly (Cell | undefined)[],
  line: number,
  organ: string,
  note: ReadingNote | undefined,
): RawRow[] {
  let meeting = -1;
  for (let col = steps.length - 1; col >= 0 && meeting < 0; col -= 1) {
    if (cycle[col] !== undefined && MEETING_STEP.test(steps[col]?.name ?? "")) meeting = col;
  }
  const target = meeting >= 0 ? `${steps[meeting]?.name ?? ""} ${cycle[meeting]?.date ?? ""}` : "";
  const rows: RawRow[] = [];
  cycle.forEach((cell, col) => {
    const step = steps[col];
    if (cell === undefined || step === undefined) return;
    const own = TIME.exec(cell.remark)?.[1];
    const time = own ?? step.time;
    const remark = own !== undefined ? "" : cell.remark;
    rows.push({
      line,
      when: time !== undefined ? `${cell.date} kl. ${time}` : cell.date,
      // A step after the meeting (the minutes' checking) follows it rather than prepares it.
      event: meeting < 0 || col === meeting ? step.name : `${step.name} ${col < meeting ? "inför" : "efter"} ${target}`,
      owner: organ,
      notes: remark,
      ...(note !== undefined ? { readingNotes: [note] } : {}),
    });
  });
  return rows;
}

/** The table of a tab-separated copy, its header at `index`. */
function tabbedTable(records: readonly DelimitedRecord[], index: number): GridReading | undefined {
  const header = (records[index]?.cells ?? []).map(cleanCell);
  let next = index + 1;
  const second = (records[next]?.cells ?? []).map(cleanCell);
  const hasTimes = second.some((c) => c !== "") && second.every((c) => c === "" || TIME.test(c) || weekdayFromWord(c.split(WHITESPACE)[0] ?? "") !== undefined);
  const steps: Step[] = header.map((name, col) => {
    const time = hasTimes ? TIME.exec(second[col] ?? "")?.[1] : undefined;
    return time !== undefined ? { name, time } : { name };
  });
  if (hasTimes) next += 1;
  const used = new Set<number>([index]);
  if (hasTimes) used.add(index + 1);
  const organ = documentOrgan(records, index);
  const rows: RawRow[] = [];
  let cycles = 0;
  for (let k = next; k < records.length; k += 1) {
    const record = records[k];
    if (record === undefined) break;
    const cells = record.cells.map(cleanCell);
    if (cells.every((c) => c === "")) {
      used.add(k);
      continue;
    }
    const cycle: (Cell | undefined)[] = [];
    let ok = cells.length <= steps.length;
    for (const c of cells) {
      const m = c === "" ? null : WHOLE_DATE_CELL.exec(c);
      const cell = m === null ? undefined : dateCell(m);
      if (c !== "" && cell === undefined) ok = false;
      cycle.push(cell);
    }
    if (!ok || cycle.every((c) => c === undefined)) break;
    rows.push(...cycleRows(steps, cycle, record.line, organ, undefined));
    used.add(k);
    cycles += 1;
  }
  if (cycles < MIN_ROWS) return undefined;
  return { rows, used, skipped: [{ line: records[index]?.line ?? 0, text: header.join(" | "), reason: "grid-header" }] };
}

/** The table of a flattened copy, its stacked header starting at `index`. */
function flattenedTable(
  records: readonly DelimitedRecord[],
  index: number,
  isDateLine: (k: number) => boolean,
): GridReading | undefined {
  // The first line of dates below the header.
  let first = -1;
  for (let k = index + 1; k < Math.min(records.length, index + STACK_LINES) && first < 0; k += 1) {
    if (isDateLine(k)) first = k;
    else if (SENTENCE_END.test(text(records[k])) && text(records[k]).split(WHITESPACE).length > MAX_STEP_WORDS) return undefined;
  }
  if (first < 0) return undefined;
  const headerLines: string[] = [];
  const timeLines: string[] = [];
  for (let k = index; k < first; k += 1) {
    const line = text(records[k]);
    if (line === "") continue;
    if (timeLines.length > 0 || weekdayFromWord(line.split(WHITESPACE)[0] ?? "") !== undefined) timeLines.push(line);
    else headerLines.push(line);
  }
  const names = splitSteps(headerLines);
  if (!stepHeader(names)) return undefined;
  const times = weekdayTimes(timeLines);
  const steps: Step[] = names.map((name, col) => {
    const time = times.length === names.length ? times[col] : undefined;
    return time !== undefined ? { name, time } : { name };
  });
  const organ = documentOrgan(records, index);
  const used = new Set<number>();
  for (let k = index; k < first; k += 1) used.add(k);
  const rows: RawRow[] = [];
  const skipped: SkippedLine[] = [{ line: records[index]?.line ?? 0, text: names.join(" | "), reason: "grid-header" }];
  let pending: { cells: (Cell | undefined)[]; lines: { line: number; text: string }[] } = { cells: [], lines: [] };
  let cycles = 0;
  const unaligned = (): void => {
    for (const l of pending.lines) skipped.push({ line: l.line, text: l.text, reason: "grid-row-unaligned" });
    pending = { cells: [], lines: [] };
  };
  let k = first;
  for (; k < records.length; k += 1) {
    const raw = records[k]?.cells.length === 1 ? (records[k]?.cells[0] ?? "") : undefined;
    if (raw === undefined) break;
    if (raw.trim() === "") {
      used.add(k);
      continue;
    }
    const cells = flatCells(raw);
    if (cells === undefined) break;
    const line = records[k]?.line ?? 0;
    if (pending.cells.length + cells.length > steps.length) unaligned();
    pending.cells.push(...cells);
    pending.lines.push({ line, text: raw.trim() });
    used.add(k);
    if (pending.cells.length === steps.length) {
      const note = pending.lines.length > 1 ? ROW_NOTE : undefined;
      rows.push(...cycleRows(steps, pending.cells, pending.lines[0]?.line ?? line, organ, note));
      pending = { cells: [], lines: [] };
      cycles += 1;
    }
  }
  if (pending.lines.length > 0) unaligned();
  // Rows that do not fill the steps, more than a few, say the header was misread: no reading.
  const misfits = skipped.length - 1;
  if (cycles < MIN_ROWS || misfits * MISFIT_RATIO > cycles) return undefined;
  return { rows, used, skipped };
}

/**
 * The preparation-cycle table of a document (steps as columns, one row per meeting), or
 * undefined. It looks only where a short line or a row of cells names preparation steps.
 *
 * @example
 * stepColumns(parseDelimited("Sista dag för ärenden\tPresidieberedning\tUtskick\tNämndsammanträde\n" +
 *   "9/1\t2023-01-16\t18 jan\t25 jan\n6/2\t2023-02-13\t15 feb\t22 feb\n", "\t"))?.rows[1]?.event
 * // → "Presidieberedning inför Nämndsammanträde 25 jan"
 */
export function stepColumns(records: readonly DelimitedRecord[]): GridReading | undefined {
  const limit = Math.min(records.length, HEADER_SEARCH);
  // Whether a line is a row of dates, asked once per line however many headers look below it.
  const dateLines = new Map<number, boolean>();
  const isDateLine = (k: number): boolean => {
    let known = dateLines.get(k);
    if (known === undefined) {
      const record = records[k];
      known = record !== undefined && record.cells.length === 1 && flatCells(record.cells[0] ?? "") !== undefined;
      dateLines.set(k, known);
    }
    return known;
  };
  for (let index = 0; index < limit; index += 1) {
    const record = records[index];
    if (record === undefined) continue;
    if (record.cells.length >= MIN_STEPS) {
      const names = record.cells.map(cleanCell);
      if (stepHeader(names)) {
        const table = tabbedTable(records, index);
        if (table !== undefined) return table;
      }
      continue;
    }
    const line = text(record);
    if (line === "" || !PREP_WORD.test(line) || line.split(WHITESPACE).length > MAX_STEP_WORDS || SENTENCE_END.test(line)) continue;
    const table = flattenedTable(records, index, isDateLine);
    if (table !== undefined) return table;
  }
  return undefined;
}
