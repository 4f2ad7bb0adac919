/**
 * importTimeline: reads a timeline as people have it, as text. It finds the layout itself:
 * a document copied from Word/PDF/web (title, document date, intro, header row, month
 * headings, page headings) or a TSV/CSV file with a Swedish or English header row.
 */
import { compareDates, monthFromWord, parseIsoDate, parseWhen } from "../dates";
import type { Bilingual, ImportResult, PlainDate, RawRow, SkippedLine, TimelineEntry } from "../types";
import { cleanCell, isPageHeading, monthHeading, namedYearHeading, yearHeading, yearInText } from "./cells";
import { guessSeparator, parseDelimited, withoutRuleLines, type DelimitedRecord } from "./delimited";
import { mapHeaderRow, unknownColumns, type ColumnMap } from "./headerRow";
import { importRows } from "./importRows";
import { findDatePhrases, leadingDate } from "./datePhrases";
import { documentMeetingTimes, furnitureLabel, NEWS_LISTING, textLinesReader } from "./readers/textLines";
import { readMeetingGrids, transposedGrid, useLegend, type GridReading } from "./readers/meetingGrid";
import { decodeCellGrids } from "./readers/cellLines";
import { spacedTable } from "./readers/spacedTable";
import { stepColumns } from "./readers/stepColumns";
import { weekdayYear, yearEvidence } from "./weekdayYear";
import { yearNote } from "./years";

/** What to import. */
export interface ImportInput {
  readonly text: string;
  /** The file name, used for the title and plan year when the text names none. */
  readonly fileName?: string;
  /** The plan year, overriding the one in the text (the CLI's --year). */
  readonly planYear?: number;
  readonly title?: string;
}

/** Columns of a document without a header row: När, Händelse, Ansvar/innehåll, Innehåll. */
const DEFAULT_COLUMNS: ColumnMap = { when: 0, event: 1, mixed: 2, notes: 3 };
const HEADER_SEARCH_LIMIT = 60;
type Writable<T> = { -readonly [K in keyof T]: T[K] };

function failure(reason: string, message: Bilingual): ImportResult {
  return { ok: false, reason, message };
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4000);
  if (sample.length === 0) return false;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    // Control characters other than tab and line breaks, and undecodable bytes (U+FFFD).
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd) odd += 1;
  }
  return odd > Math.max(2, sample.length * 0.01);
}

function cellAt(cells: readonly string[], index: number | undefined): string {
  return index === undefined ? "" : (cells[index] ?? "");
}

/** A body row from its cleaned cells (see {@link cleanRecord}). */
function toRawRow(
  line: number,
  cells: readonly string[],
  columns: ColumnMap,
  extras: readonly { index: number; header: string }[],
): RawRow {
  const id = cellAt(cells, columns.id);
  const mixed = cellAt(cells, columns.mixed);
  const ownerOnly = cellAt(cells, columns.owner);
  const hasMixed = mixed !== "";
  const hasOwner = ownerOnly !== "";
  // One literal with every field a table row has (no spreads, no array per row): this runs once
  // per row of a big file, and a row built field by field got a property store of its own
  // besides the object, which a first import's garbage collections then copied.
  // Its cells come cleaned (cleanRecord); two cells joined into one owner are cleaned again.
  const row: Writable<RawRow> = {
    line,
    id: id !== "" ? id : undefined,
    when: cellAt(cells, columns.when),
    event: cellAt(cells, columns.event),
    owner: hasMixed && hasOwner ? `${mixed} ${ownerOnly}` : hasMixed ? mixed : hasOwner ? ownerOnly : "",
    notes: cellAt(cells, columns.notes),
    ownerCellMixed: hasMixed,
    clean: !(hasMixed && hasOwner),
  };
  if (extras.length > 0) {
    const extra = extras
      .map(({ index, header }) => ({ header, value: cells[index] ?? "" }))
      .filter((cell) => cell.value !== "");
    if (extra.length > 0) row.extra = extra;
  }
  return row;
}

interface Preamble {
  title?: string;
  documentDate?: PlainDate;
  skipped: SkippedLine[];
}

/**
 * A line that is one text written twice ("Här-är-du Här-är-du", "TextPortlet TextPortlet"): a web
 * page's hidden label copied along with its visible one, page furniture, never the title.
 */
const DOUBLED = /^(.{2,60}?)\s+\1$/u;

function readPreamble(records: readonly DelimitedRecord[]): Preamble {
  const result: Preamble = { skipped: [] };
  for (const record of records) {
    const text = cleanCell(record.cells.join(" "));
    if (text === "") continue;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseIsoDate(text) : undefined;
    if (date !== undefined && result.documentDate === undefined) {
      result.documentDate = date;
      result.skipped.push({ line: record.line, text, reason: "document-date" });
    } else if (
      result.title === undefined &&
      !DOUBLED.test(text) &&
      !NEWS_LISTING.test(text) &&
      (text.startsWith("#") || (text.split(" ").length <= 12 && !/[.:]$/.test(text)))
    ) {
      result.title = text.replace(/^#+\s*/, "");
      result.skipped.push({ line: record.line, text, reason: "title" });
    } else {
      result.skipped.push({ line: record.line, text, reason: "intro" });
    }
  }
  return result;
}

/**
 * A record's cells cleaned (once per cell: the body loop and the rows use the same clean
 * text), with how many of them have text and the first that has.
 */
interface CleanRecord {
  readonly cells: readonly string[];
  readonly count: number;
  readonly first: string;
}

function cleanRecord(cells: readonly string[]): CleanRecord {
  // A copy only once a cell changes: most rows of a file are clean already.
  let clean: string[] | undefined;
  let count = 0;
  let first = "";
  // Indexed, not for…of: this runs for every cell of a big file before V8 has optimised it,
  // and an unoptimised for…of allocates an iterator result per cell.
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index] ?? "";
    const text = cleanCell(cell);
    if (text !== cell && clean === undefined) clean = cells.slice();
    if (clean !== undefined) clean[index] = text;
    if (text === "") continue;
    if (count === 0) first = text;
    count += 1;
  }
  return { cells: clean ?? cells, count, first };
}

/**
 * The transposed grid (months as rows), or the meeting grids of a text copied one cell per line
 * (cellLines.ts), read as grids; the records they span are used up.
 */
function readCellGrids(records: readonly DelimitedRecord[], planYear: number): GridReading | undefined {
  const transposed = transposedGrid(records);
  const decoded = transposed !== undefined ? [transposed] : decodeCellGrids(records);
  if (decoded.length === 0) return undefined;
  const rows: RawRow[] = [];
  const used = new Set<number>();
  const skipped: SkippedLine[] = [];
  for (const grid of decoded) {
    // The legend of footnote marks stands below the grid, outside the records decoded as one.
    const reading = readMeetingGrids(
      grid.records,
      planYear,
      records,
      "oneLine" in grid ? grid.oneLine : undefined,
    );
    if (reading === undefined) continue;
    rows.push(...reading.rows);
    for (let index = grid.from; index <= grid.to; index += 1) used.add(index);
    skipped.push({ line: records[grid.from]?.line ?? 0, text: "", reason: "grid-header" });
    for (const row of "unaligned" in grid ? grid.unaligned : [])
      skipped.push({ line: row.line, text: row.text, reason: "grid-row-unaligned" });
    // Rows written on one line whose days the grid reader could not place.
    skipped.push(...reading.skipped.filter((s) => s.reason === "grid-row-unaligned"));
  }
  if (used.size === 0) return undefined;
  useLegend(records, used, skipped);
  return { rows, used, skipped };
}

/**
 * A record that starts the body of a document without a header row: a row of cells, a month or
 * year heading, or a line that starts with a date ("12 mars Budgetdialog", "Vecka 48, måndag
 * 28 november 2022").
 */
function startsBody(record: DelimitedRecord, planYear: number): boolean {
  const cells = record.cells.map(cleanCell).filter((c) => c !== "");
  const first = cells[0] ?? "";
  if (cells.length >= 2 || monthHeading(first) !== undefined) return true;
  if (cells.length !== 1 || first.length > 300) return false;
  if (yearHeading(first) !== undefined && !/budget|inför|plan/iu.test(first)) return true;
  return (
    leadingDate(first.replace(/^(?:[•·▪◦●*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*/u, ""), { planYear }) !==
    undefined
  );
}

/** How far a document is searched for a dated paragraph that starts its body. */
const PROSE_SEARCH_LIMIT = 200;
/** A paragraph of prose has at least this many words (prose.ts reads it clause by clause). */
const PARAGRAPH_WORDS = 12;

/**
 * A single-cell line of running text (a paragraph, not a title or a caption) that names a date
 * of its own: "Startskottet … kommer i juni varje år …". Before the first dated line such a
 * paragraph is an item of the document, not an intro.
 */
function datedParagraph(record: DelimitedRecord, planYear: number): boolean {
  if (record.cells.length !== 1) return false;
  const text = cleanCell(record.cells[0] ?? "");
  if (text.length > 5000 || text.split(/\s+/u).length < PARAGRAPH_WORDS) return false;
  return findDatePhrases(text, { planYear }).length > 0;
}

/** A line right under a furniture label ("Senast uppdaterad:" then "16 maj 2025"). */
function labelledByFurniture(records: readonly DelimitedRecord[], index: number): boolean {
  for (let k = index - 1; k >= 0; k -= 1) {
    const text = cleanCell((records[k]?.cells ?? []).join(" "));
    if (text !== "") return furnitureLabel(text);
  }
  return false;
}

/**
 * Where a body starts that begins under a numbered step's caption ("1. Budgetprocessen startar"
 * over "September-oktober: …"): at the caption, which names the step (textLines.ts).
 */
function withCaption(records: readonly DelimitedRecord[], start: number): number {
  for (let k = start - 1; k >= 0; k -= 1) {
    const raw = (records[k]?.cells ?? []).join(" ");
    if (cleanCell(raw) === "") continue;
    const caption = /^\s*\d{1,2}[.)]\s+(\S.*)$/u.exec(raw)?.[1]?.trim();
    return caption !== undefined && k > 0 && caption.split(/\s+/u).length <= 8 && !/[.!?:]$/u.test(caption)
      ? k
      : start;
  }
  return start;
}

/**
 * The next line's text when a line ends with a day number ("… och den 26") and the next line
 * starts with the month ("november 2012 behandlar …"): a date a PDF broke over two lines.
 */
function wrappedDate(text: string, next: DelimitedRecord | undefined): string | undefined {
  if (next === undefined || next.cells.length !== 1 || !/(?:^|\s)(?:den\s+)?\d{1,2}$/u.test(text))
    return undefined;
  const following = cleanCell(next.cells[0] ?? "");
  const word = /^\p{L}+/u.exec(following)?.[0];
  return word !== undefined && monthFromWord(word) !== undefined ? following : undefined;
}

/** A line that stops mid-sentence: at least this many words, its last a word in lower case. */
const WRAPPED_SENTENCE_WORDS = 8;
const ENDS_MID_SENTENCE = /\p{Ll}$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const WHITESPACE_RUN = /\s+/u;

/**
 * The next line's text when a sentence broke over two lines of a web page ("… till
 * kommunfullmäktiges sammanträde" / "i oktober 2020 inte är av brådskande karaktär."): the line
 * stops on a word in lower case and the next, right under it, goes on in lower case.
 */
function wrappedSentence(text: string, next: DelimitedRecord | undefined): string | undefined {
  if (next === undefined || next.cells.length !== 1 || !ENDS_MID_SENTENCE.test(text)) return undefined;
  if (text.split(WHITESPACE_RUN).length < WRAPPED_SENTENCE_WORDS) return undefined;
  const raw = next.cells[0] ?? "";
  const following = cleanCell(raw);
  return STARTS_LOWER.test(following) && STARTS_LOWER.test(raw.trimStart()) ? following : undefined;
}

/**
 * Whether the line that starts a body is prose too ("I mitten av juni samlas …", a paragraph
 * without a bullet): then a dated paragraph above it is part of the body. A body that starts
 * with structure (a heading, a table row, a bullet or numbered step) has an intro above it whose
 * dates summarise the cycle ("Budgetprocessen pågår från november fram till … juni").
 */
function proseStart(record: DelimitedRecord | undefined): boolean {
  if (record === undefined || record.cells.length !== 1) return false;
  const raw = record.cells[0] ?? "";
  const text = cleanCell(raw);
  if (/^\s*(?:[•·▪◦●*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))/u.test(raw)) return false;
  return text.split(/\s+/u).length >= PARAGRAPH_WORDS;
}

const PAGE_DATE: Bilingual = {
  sv: "sidans eget datum; inget annat år står skrivet",
  en: "the page's own date; no other year is written",
};
const BUDGET_IN_TEXT: Bilingual = {
  sv: "texten nämner budgetåret, som planeras året före; inget annat år står skrivet",
  en: "the text names the budget year, which is planned the year before; no other year is written",
};

const NO_YEAR: Bilingual = {
  sv: "inget år står i texten; läst i innevarande år",
  en: "no year is written in the text; read in the current year",
};

/** How far a text is searched for a budget year it names. */
const BUDGET_SEARCH_LINES = 200;

/**
 * The budget year a text names in passing, when it names one only ("budget för 2018", "2023
 * års budget", "budgeten för 2020").
 *
 * @example
 * budgetYearInText([{ line: 1, cells: ["Under dagens möte var budget för 2018 uppe för behandling."] }]) // → 2018
 */
export function budgetYearInText(records: readonly DelimitedRecord[]): number | undefined {
  const years = new Set<number>();
  for (const record of records.slice(0, BUDGET_SEARCH_LINES)) {
    const text = record.cells.join(" ");
    if (text.length > 2000) continue;
    for (const m of text.matchAll(
      /(?<!\p{L})budget(?:en)?\s+(?:för\s+)?(?:år\s+)?((?:19|20|21)\d{2})(?!\d)|(?<!\d)((?:19|20|21)\d{2})\s+års\s+budget/giu,
    ))
      years.add(Number(m[1] ?? m[2]));
  }
  return years.size === 1 ? [...years][0] : undefined;
}

const WRITTEN_TIME = /\bkl\b|klockan|\d[.:]\d\d/iu;

/** "Kommunfullmäktige|5|19": a body's meeting on a day, for matching a grid's day with a line's. */
function dayKey(owner: string, when: string, planYear: number): string | undefined {
  const parsed = parseWhen(when, { planYear });
  const o = parsed.ok && parsed.occurrences.length === 1 ? parsed.occurrences[0] : undefined;
  if (o === undefined || compareDates(o.start, o.end) !== 0) return undefined;
  return `${owner.toLowerCase()}|${o.start.month}|${o.start.day}`;
}

/**
 * A meeting grid with no time column, on a page that gives a body's usual time elsewhere ("I
 * princip startar alla fullmäktigemöten klockan 18.30, men … • 19 maj börjar sammanträdet
 * klockan 10.00"): the body's days in the grid take that time, and a day the page lists apart
 * with a time of its own is that line's entry only (the grid's copy of it would carry the usual
 * time, which the page says is wrong that day).
 */
function gridTimes(
  rows: readonly RawRow[],
  gridRows: ReadonlySet<RawRow>,
  times: ReadonlyMap<string, string>,
  planYear: number,
): RawRow[] {
  const ownTime = new Set<string>();
  for (const row of rows) {
    if (gridRows.has(row) || row.owner === "" || !WRITTEN_TIME.test(row.when)) continue;
    const key = dayKey(row.owner, row.when, planYear);
    if (key !== undefined) ownTime.add(key);
  }
  const out: RawRow[] = [];
  for (const row of rows) {
    const time = gridRows.has(row) && row.owner !== "" ? times.get(row.owner) : undefined;
    if (time === undefined || WRITTEN_TIME.test(row.when)) {
      out.push(row);
      continue;
    }
    const key = dayKey(row.owner, row.when, planYear);
    if (key !== undefined && ownTime.has(key)) continue;
    out.push({ ...row, when: `${row.when} ${time}` });
  }
  return out;
}

/**
 * The entries of a document whose only year is the page's own date: each entry with no year of
 * its own says the year was taken from there and offers the next (a page updated in January may
 * describe the coming cycle).
 *
 * @example
 * pageYearNotes(entries, 2023)[0]?.readingNotes?.[0]?.alternativeWhen // → "Senast i december 2024"
 */
export function pageYearNotes(
  entries: readonly TimelineEntry[],
  year: number,
  why: Bilingual = PAGE_DATE,
  other: number = year + 1,
): TimelineEntry[] {
  return entries.map((entry) => {
    if (!entry.parsed.ok || /(?:19|20|21)\d{2}/u.test(entry.when) || entry.when === "") return entry;
    if (entry.readingNotes?.some((n) => n.code === "year-inferred") === true) return entry;
    const note = yearNote(year, other, why, `${entry.when} ${other}`);
    return { ...entry, readingNotes: [...(entry.readingNotes ?? []), note] };
  });
}

/**
 * The year a document's process runs in, from its title: the year written there, except that a
 * budget year ("Tidplan budget 2024", "Budgetprocess inför 2027", "verksamhetsplan med budget
 * 2025") is planned in the year before. Rows with written years win over it (years.ts).
 *
 * @example
 * processYear("Tidplan budget 2024")                   // → 2023
 * processYear("Tidsplan för verksamhetsledning 2007")  // → 2007
 * processYear("Förändrad budgetprocess 2020")          // → 2020
 */
export function processYear(title: string): number | undefined {
  const year = yearInText(title);
  if (year === undefined) return undefined;
  // "budget 2024", "budgetåret 2024", "inför 2027", "budget för 2025": the budget year. A
  // "budgetprocess 2020" is the process of that year.
  const budgetYear =
    /(?:(?<!\p{L})budget(?:en|året|år)?|inför|planeringsdirektiv(?:et)?)[\s_-]+(?:för[\s_-]+|år[\s_-]+)?(?:19|20|21)\d{2}/iu.test(
      title,
    ) && !/sammanträd|möte|årshjul/iu.test(title);
  return budgetYear ? year - 1 : year;
}

function fileStem(fileName: string | undefined): string | undefined {
  if (fileName === undefined) return undefined;
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const stem = base.replace(/\.[^.]+$/, "");
  return stem === "" ? undefined : stem;
}

/**
 * Import a timeline from text. Never throws: a text that is not a timeline gives
 * `{ ok: false, reason, message }` with the reason "empty", "binary" or "not-a-timeline".
 *
 * @example
 * const result = importTimeline({ text: "När\tHändelse\n5 februari\tMBL\n" , planYear: 2007 });
 * // result.ok === true; result.timeline.entries[0].kind === "mbl"
 */
/** Whether an entry's När writes its year ("2031-04-16", "16 april 2031"). */
function writesYear(entry: TimelineEntry): boolean {
  return entry.parsed.ok && entry.parsed.explicitYear;
}

/**
 * The year most dated entries start in; on a tie, `fallback` when it is one of them, else the
 * earliest. `fallback` when no entry has a date.
 *
 * @example
 * yearOfMostEntries(entriesIn2027And2028, 2026) // → 2027 when more of them are in 2027
 */
function yearOfMostEntries(entries: readonly TimelineEntry[], fallback: number): number {
  const counts = new Map<number, number>();
  for (let index = 0; index < entries.length; index += 1) {
    const parsed = entries[index]?.parsed;
    const start = parsed !== undefined && parsed.ok ? parsed.occurrences[0]?.start : undefined;
    if (start !== undefined) counts.set(start.year, (counts.get(start.year) ?? 0) + 1);
  }
  let best = fallback;
  let bestCount = counts.get(fallback) ?? 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && year < best && best !== fallback)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}

export function importTimeline(input: ImportInput): ImportResult {
  const text = input.text.replace(/\r\n?/g, "\n").replace(/^\ufeff/, "");
  if (text.trim() === "") {
    return failure("empty", { sv: "Filen är tom.", en: "The file is empty." });
  }
  if (looksBinary(text)) {
    return failure("binary", {
      sv: "Filen är inte text (kanske en binärfil?).",
      en: "The file is not text (a binary file?).",
    });
  }
  const separator = guessSeparator(text);
  const parsed = parseDelimited(text, separator);
  // A "|" table (a web page's or a Markdown text's) has a rule line under its header, no row.
  const records = separator === "|" ? withoutRuleLines(parsed) : parsed;
  const headerIndex = records
    .slice(0, HEADER_SEARCH_LIMIT)
    .findIndex((record) => mapHeaderRow(record.cells.map(cleanCell)) !== null);
  const header = headerIndex >= 0 ? records[headerIndex] : undefined;
  const columns =
    header === undefined ? DEFAULT_COLUMNS : (mapHeaderRow(header.cells.map(cleanCell)) ?? DEFAULT_COLUMNS);
  const guessYear = input.planYear ?? yearInText(input.title ?? fileStem(input.fileName) ?? "") ?? 2000;
  const extras = header === undefined ? [] : unknownColumns(header.cells.map(cleanCell), columns);
  const bodyLine = records.findIndex(
    (record, index) => startsBody(record, guessYear) && !labelledByFurniture(records, index),
  );
  // A body whose first date (or the sentence of its first date) a PDF or a web page broke over
  // two lines starts on the line before.
  const before = bodyLine > 0 ? records[bodyLine - 1] : undefined;
  const firstBody =
    before !== undefined &&
    before.cells.length === 1 &&
    (wrappedDate(cleanCell(before.cells[0] ?? ""), records[bodyLine]) !== undefined ||
      wrappedSentence(cleanCell(before.cells[0] ?? ""), records[bodyLine]) !== undefined)
      ? bodyLine - 1
      : bodyLine;
  // Prose: the body starts at the first paragraph that names a date, when that comes before
  // the first line that starts one (a dated paragraph is an item, not an intro to skip).
  const proseEnd = firstBody >= 0 ? firstBody : Math.min(records.length, PROSE_SEARCH_LIMIT);
  let firstProse = -1;
  for (let index = 1; index < proseEnd && firstProse < 0; index += 1) {
    const record = records[index];
    if (record !== undefined && datedParagraph(record, guessYear)) firstProse = index;
  }
  const firstDated =
    firstBody >= 0 && (firstProse < 0 || firstProse > firstBody || !proseStart(records[firstBody]))
      ? firstBody
      : firstProse >= 0
        ? firstProse
        : records.findIndex((record, index) => {
            // A line of megabytes is no paragraph to search for dates.
            const text = cleanCell(record.cells.join(" "));
            return (
              index > 0 &&
              text.length <= 5000 &&
              findDatePhrases(text, { planYear: guessYear }).length > 0 &&
              !labelledByFurniture(records, index)
            );
          });
  const bodyStart =
    header !== undefined
      ? headerIndex + 1
      : firstDated < 0
        ? records.length
        : withCaption(records, firstDated);
  const preamble = readPreamble(records.slice(0, header !== undefined ? headerIndex : bodyStart));
  const skipped: SkippedLine[] = [...preamble.skipped];
  if (header !== undefined) {
    skipped.push({ line: header.line, text: cleanCell(header.cells.join(" ")), reason: "header-row" });
  }
  const rows: RawRow[] = [];
  const meetingTimes: ReadonlyMap<string, string> =
    header === undefined ? documentMeetingTimes(records.map((r) => cleanCell(r.cells.join(" ")))) : new Map();
  const lines = textLinesReader(rows, skipped, { planYear: guessYear }, meetingTimes);
  for (let index = 0; index < bodyStart && header === undefined; index += 1) {
    const record = records[index];
    if (record !== undefined) lines.context(cleanCell(record.cells.join(" ")));
  }
  // A table with a När / Händelse header row is a timeline of its own layout, not a meeting grid:
  // the grid readers' scan of every record (a large part of a first, cold import) is not needed.
  const grids =
    header === undefined
      ? (readMeetingGrids(records, guessYear) ??
        readCellGrids(records, guessYear) ??
        spacedTable(records, guessYear) ??
        stepColumns(records))
      : undefined;
  if (grids !== undefined) skipped.push(...grids.skipped);
  let gridRowsAdded = false;
  for (let index = grids !== undefined ? 0 : bodyStart; index < records.length; index += 1) {
    const record = records[index];
    if (record === undefined) continue;
    if (grids !== undefined && grids.used.has(index)) {
      if (!gridRowsAdded) rows.push(...grids.rows);
      gridRowsAdded = true;
      lines.tableRow();
      lines.afterTable();
      continue;
    }
    if (grids !== undefined && index < bodyStart) continue;
    const filled = cleanRecord(record.cells);
    const only = filled.count === 1 ? filled.first : undefined;
    if (only !== undefined && isPageHeading(only)) {
      skipped.push({ line: record.line, text: only, reason: "page-heading" });
    } else if (only !== undefined && (monthHeading(only) !== undefined || yearHeading(only) !== undefined)) {
      rows.push({ line: record.line, when: only, event: "", owner: "", notes: "" });
      lines.heading(monthHeading(only) !== undefined ? "month" : "year", only);
    } else if (only !== undefined && record.cells.length === 1) {
      // A line with no separator at all: raw text (a web page, a PDF), read line by line.
      const indent = /^[ \u00a0]*/u.exec(record.cells[0] ?? "")?.[0].length ?? 0;
      const wrapped = wrappedDate(only, records[index + 1]) ?? wrappedSentence(only, records[index + 1]);
      if (wrapped !== undefined) {
        // "… den 29 oktober och den 26" / "november 2012 behandlar …": one sentence, its date
        // broken over two lines of a PDF; read as one line so that the 26th is November's.
        lines.line(record.line, `${only} ${wrapped}`, indent);
        index += 1;
      } else {
        lines.line(record.line, only, indent);
      }
    } else if (filled.count > 0) {
      rows.push(toRawRow(record.line, filled.cells, columns, extras));
      lines.tableRow();
    }
  }
  if (grids !== undefined && meetingTimes.size > 0) {
    const timed = gridTimes(rows, new Set(grids.rows), meetingTimes, guessYear);
    rows.splice(0, rows.length, ...timed);
  }
  // "Sammanträdestider 2025" as the first line is the title as well as the year heading.
  // The first line with text, found without cleaning every record (a cold import pays for each).
  let firstLine: string | undefined;
  for (let index = 0; index < records.length && firstLine === undefined; index += 1) {
    const text = cleanCell((records[index]?.cells ?? []).join(" "));
    if (text !== "") firstLine = text;
  }
  const headingTitle =
    firstLine !== undefined && namedYearHeading(firstLine) !== undefined ? firstLine : undefined;
  const title = input.title ?? preamble.title ?? headingTitle ?? fileStem(input.fileName) ?? "Tidsplan";
  const titleYearKnown = preamble.title !== undefined ? processYear(preamble.title) : undefined;
  const knownYear = input.planYear ?? titleYearKnown ?? processYear(fileStem(input.fileName) ?? "");
  // A year only the file's name gives is the user's label, weaker than the document's own dates.
  const onlyFileNameYear =
    input.planYear === undefined && titleYearKnown === undefined && knownYear !== undefined;
  // "Tidplan budget 2024" read as 2023: the rows say so (importRows, years.ts).
  const titleText = preamble.title ?? fileStem(input.fileName) ?? "";
  const titleYear = yearInText(titleText);
  const budgetYear =
    input.planYear === undefined &&
    knownYear !== undefined &&
    titleYear !== undefined &&
    knownYear === titleYear - 1
      ? titleYear
      : undefined;
  const statedYear =
    knownYear ??
    preamble.documentDate?.year ??
    preamble.skipped.map((line) => yearInText(line.text)).find((y) => y !== undefined) ??
    rows.map((r) => yearHeading(cleanCell(r.when))).find((y) => y !== undefined);
  // With no year anywhere else, the page's own date ("Senast uppdaterad 27 januari 2023") says
  // when it was written: its plan is that year's, not the year it is pasted in. The entries say
  // so (see pageYearNotes).
  const pageYear =
    statedYear === undefined
      ? skipped
          .filter((s) => s.reason === "page-furniture")
          .map((s) => yearInText(s.text))
          .find((y) => y !== undefined)
      : undefined;
  // Nor a page date: a budget year the text names ("budget för 2018 uppe för behandling") is
  // planned the year before, as a budget title is.
  const budgetTextYear =
    statedYear === undefined && pageYear === undefined ? budgetYearInText(records) : undefined;
  // Nothing in the document says its year: the clock's, until the rows have been read.
  const fromClock = statedYear === undefined && pageYear === undefined && budgetTextYear === undefined;
  const currentYear = fromClock ? new Date().getUTCFullYear() : undefined;
  const year =
    statedYear ??
    pageYear ??
    (budgetTextYear !== undefined ? budgetTextYear - 1 : undefined) ??
    currentYear ??
    new Date().getUTCFullYear();
  const timeline = importRows(
    rows,
    {
      title,
      year,
      ...(preamble.documentDate !== undefined ? { documentDate: preamble.documentDate } : {}),
    },
    {
      inferYears: true,
      planYearKnown: knownYear !== undefined,
      ...(budgetYear !== undefined ? { budgetYear } : {}),
    },
  );
  // Counted only for a text without a header row (a table with one is a timeline anyway).
  if (
    header === undefined &&
    !timeline.entries.some((e) => e.parsed.ok) &&
    !timeline.skipped.some((s) => s.reason.endsWith("-heading"))
  ) {
    return failure("not-a-timeline", {
      sv: "Texten ser inte ut som en tidsplan: ingen rubrikrad (När, Händelse) och inga datum.",
      en: "The text does not look like a timeline: no header row (När/When, Händelse/Event) and no dates.",
    });
  }
  const allSkipped = [...skipped, ...timeline.skipped].sort((a, b) => a.line - b.line);
  // A text with no year anywhere is read in the current year: each entry says so and offers the
  // next (not for a table with a header row, whose rows are the user's own).
  const noted =
    pageYear !== undefined
      ? pageYearNotes(timeline.entries, pageYear, PAGE_DATE, pageYear + 1)
      : budgetTextYear !== undefined
        ? pageYearNotes(timeline.entries, budgetTextYear - 1, BUDGET_IN_TEXT, budgetTextYear)
        : currentYear !== undefined && header === undefined && !timeline.entries.some(writesYear)
          ? pageYearNotes(timeline.entries, currentYear, NO_YEAR, currentYear + 1)
          : timeline.entries;
  // A list of a body's days whose weekdays say another year than the one read (weekdayYear.ts);
  // not for a table with a header row, whose years are the user's own.
  const entries =
    header === undefined && input.planYear === undefined
      ? weekdayYear(noted, () => yearEvidence(text))
      : noted;
  // With no year stated, the plan's year is the one its dates are in ("2027-01-16" and the rows
  // after it), not the year it was pasted in: otherwise every row would be "outside the plan year".
  // So too when a list's weekdays moved it to another year than the text's (a page headed by an
  // agenda's date, "Sammanträde 2023-10-25", over next year's meeting days).
  // And when only the file's name gave a year ("…-2027.txt" over rows under "År 2026").
  const readYear =
    fromClock || onlyFileNameYear || entries !== noted ? yearOfMostEntries(entries, year) : year;
  return {
    ok: true,
    timeline: {
      ...timeline,
      ...(readYear !== year ? { plan: { ...timeline.plan, year: readYear } } : {}),
      entries,
      skipped: allSkipped,
      ...(extras.length > 0 ? { extraColumns: extras.map((e) => e.header) } : {}),
    },
  };
}
