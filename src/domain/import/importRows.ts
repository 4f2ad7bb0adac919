/**
 * From rows already split into cells (a text table, an Excel table) to a checked timeline:
 * month and year headings give context, empty När cells inherit their month, the Ansvar cell
 * is split into owner and notes, each entry gets a kind and a stable id.
 */
import { compareDates, lastDayOfMonth, parseWhen, plainDate, whenFromExcelDate } from "../dates";
import type {
  ParsedWhen,
  PlanInfo,
  RawRow,
  ReadingNote,
  SkippedLine,
  Timeline,
  TimelineEntry,
  WhenContext,
  WhenResult,
} from "../types";
import { cleanCell, monthHeading, yearHeading } from "./cells";
import { assignEntryIds, type EntryIdInput } from "./entryId";
import { dayInText, mayHaveDayInText } from "./dayInText";
import { inferKind } from "./inferKind";
import { splitOwnerCell } from "./ownerSplit";
import { monthName } from "../dates/months";
import { occurrenceText } from "../dates/occurrenceText";
import {
  anchorYear,
  budgetTitleNote,
  crossRow,
  goesBack,
  newSequence,
  noteMonth,
  periodYearNote,
  proseYearNote,
  rowYear,
  startShift,
  stepMonth,
  spansLastMonth,
  yearNoteFor,
  yearTrack,
  type RowYear,
  type YearTrack,
} from "./years";

/** The whole of one month, as an empty När under a month heading means. */
function wholeMonth(year: number, month: number, explicitYear: boolean, tentative = false): ParsedWhen {
  return {
    ok: true,
    occurrences: [{ start: plainDate(year, month, 1), end: lastDayOfMonth(year, month) }],
    precision: "month",
    deadline: false,
    tentative,
    explicitYear,
  };
}

/**
 * An item under a month heading that says itself it may not happen ("Eventuellt
 * regionfullmäktiges kompletteringsbudget", "Preliminärt: extra sammanträde"): its month is
 * preliminary. Anchored, so a row pays one failed first-character match.
 */
const TENTATIVE_ITEM = /^(?:eventuell[ta]?|ev\.|preliminär[ta]?|prel\.)(?!\p{L})/iu;

interface Context {
  headingMonth: number | undefined;
  /** A year written in a heading ("År 2026", "Januari 2016"): counts as written. */
  headingYear: number | undefined;
  /** The year the rows now run in, as far as it was inferred (see years.ts). */
  years: YearTrack;
  /** The month the previous entry started in, for an empty När without a heading. */
  previous: { readonly year: number; readonly month: number } | undefined;
  /**
   * parseWhen's results per När text, one map per heading context, within one import: real
   * plans repeat their När texts ("Löpande", "senast 15 maj"), and parseWhen is the larger half
   * of an import. `whenCache` is the map of the current context (replaced when a heading changes
   * it), so a row looks its text up without building a key.
   */
  whenCache: Map<string, WhenRead>;
  readonly whenCaches: Map<string, Map<string, WhenRead>>;
}

/** Point `context.whenCache` at the cache of its current heading context. */
function useWhenCache(context: Context): void {
  const key = `${context.headingYear ?? ""}|${context.headingMonth ?? ""}|${context.years.base}`;
  let cache = context.whenCaches.get(key);
  if (cache === undefined) {
    cache = new Map();
    context.whenCaches.set(key, cache);
  }
  context.whenCache = cache;
}

type Draft = Omit<TimelineEntry, "id"> & { sourceId?: string; inheritedMonth?: string };
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Apply a heading row to the context; returns the skip reason, or undefined if not a heading. */
function applyHeading(when: string, context: Context): string | undefined {
  const year = yearHeading(when);
  if (year !== undefined) {
    context.headingYear = year;
    context.headingMonth = undefined;
    anchorYear(context.years, year, undefined);
    useWhenCache(context);
    return "year-heading";
  }
  const heading = monthHeading(when);
  if (heading === undefined) return undefined;
  if (heading.year !== undefined) {
    context.headingYear = heading.year;
    anchorYear(context.years, heading.year, heading.month);
  } else {
    // DECEMBER followed by JANUARI: the plan runs into the next year (see years.ts).
    const before = context.years.base;
    stepMonth(context.years, heading.month);
    // Past New Year the rows run in the year after the heading's: inferred, not written.
    if (context.years.base !== before) context.headingYear = undefined;
  }
  context.headingMonth = heading.month;
  useWhenCache(context);
  return "month-heading";
}

/** What {@link readWhen} read, and how. */
type WhenRead = Readonly<
  Pick<Draft, "parsed" | "inheritedFromHeading" | "whenFromExcelDate" | "inheritedMonth">
>;

/** The date parser's context for a row read in `context`. */
function whenContext(context: Context): WhenContext {
  return {
    planYear: context.years.base,
    ...(context.headingMonth !== undefined ? { headingMonth: context.headingMonth } : {}),
    ...(context.headingYear !== undefined ? { headingYear: context.headingYear } : {}),
  };
}

function readWhen(row: RawRow, when: string, context: Context): WhenRead {
  if (row.whenDate !== undefined) return { parsed: whenFromExcelDate(row.whenDate), whenFromExcelDate: true };
  const planYear = context.years.base;
  if (when === "") {
    const month = context.headingMonth ?? context.previous?.month;
    if (month !== undefined) {
      const year =
        context.headingMonth !== undefined
          ? (context.headingYear ?? planYear)
          : (context.previous?.year ?? planYear);
      return {
        parsed: wholeMonth(
          year,
          month,
          context.headingMonth !== undefined && context.headingYear !== undefined,
          TENTATIVE_ITEM.test(row.event),
        ),
        inheritedFromHeading: true,
        inheritedMonth: `${year}-${month}`,
      };
    }
  }
  // The cache holds what is returned, so that a row whose När was read before allocates nothing.
  const cached = context.whenCache.get(when);
  if (cached !== undefined) return cached;
  const read: WhenRead = { parsed: parseWhen(when, whenContext(context)) };
  context.whenCache.set(when, read);
  return read;
}

/**
 * Owner and notes from the owner cell. A mixed Ansvar/innehåll cell is split ("Enligt
 * anvisningar" is content, "Avdelningschefer ansvarar" an owner). A dedicated owner column is
 * the user's own statement of who owns the row: a name the splitter would call content
 * ("Enhet 001", "Kansliet") stays the owner, only normalised when the splitter recognises it.
 */
function ownerFromCell(
  cell: string,
  mixed: boolean,
  cache: Map<string, { owner: string; notes: string }>,
): { owner: string; notes: string } {
  let split = cache.get(cell);
  if (split === undefined) {
    split = splitOwnerCell(cell);
    cache.set(cell, split);
  }
  if (mixed || split.owner !== "") return split;
  return { owner: cell, notes: "" };
}

/** Add a reading note to an entry (a new array: entries of one row's meeting days share theirs). */
function addNote(entry: Writable<TimelineEntry>, note: ReadingNote): void {
  entry.readingNotes = entry.readingNotes === undefined ? [note] : [...entry.readingNotes, note];
}

/** The note of a När that names an alternative date ("12/5 (ev. 19/5)"), if it does. */
function alternativeNote(parsed: WhenResult): ReadingNote | undefined {
  const alternatives = parsed.ok ? parsed.alternatives : undefined;
  if (!parsed.ok || alternatives === undefined || alternatives.length === 0) return undefined;
  const other = alternatives.map((o) => occurrenceText(o, parsed.explicitYear)).join(", ");
  return {
    code: "alternative-date",
    message: {
      sv: `Preliminärt: läst som det första datumet; alternativet är ${other}.`,
      en: `Tentative: read as the first date; the alternative is ${other}.`,
    },
    alternativeWhen: other,
  };
}

/**
 * A new entry, keys in the order an entry has always had (id first, optional keys absent rather
 * than undefined). The common row is one object literal: built key by key, every entry of a big
 * import had a property store of its own besides the object, which the first import's garbage
 * collections then copied (spreading partial objects was slower still).
 */
function newEntry(
  line: number,
  when: string,
  read: WhenRead,
  event: string,
  owner: string,
  notes: string,
  alternative: ReadingNote | undefined,
  kind: TimelineEntry["kind"],
): Writable<TimelineEntry> {
  const parsed = read.parsed;
  if (
    read.whenFromExcelDate === undefined &&
    read.inheritedFromHeading === undefined &&
    alternative === undefined
  )
    return { id: "", line, when, parsed, event, owner, notes, kind };
  const entry = { id: "", line, when, parsed } as Writable<TimelineEntry>;
  if (read.whenFromExcelDate !== undefined) entry.whenFromExcelDate = read.whenFromExcelDate;
  if (read.inheritedFromHeading !== undefined) entry.inheritedFromHeading = read.inheritedFromHeading;
  entry.event = event;
  entry.owner = owner;
  entry.notes = notes;
  if (alternative !== undefined) entry.readingNotes = [alternative];
  entry.kind = kind;
  return entry;
}

/** Why a row's month went back without crossing New Year: a sentence of prose, or a period holding the month reached. */
type GoneBack = "prose" | "period";

/** What {@link settleYears} knows of the whole document when it settles one row. */
interface SettleState {
  readonly shift: number;
  readonly documentWraps: boolean;
  readonly planYearKnown: boolean;
  readonly budgetYear: number | undefined;
  readonly planYear: number;
  readonly idInputs: EntryIdInput[];
  /** Undefined when no sentence of prose went back in the months. */
  readonly proseBack: ReadonlyMap<number, GoneBack> | undefined;
  /**
   * The year notes handed out, as the one-note list an entry holds, by where the row stands and
   * its year (see {@link notePlace}), then by När: a long plan's rows share a few hundred, and
   * a first (cold) import of 10,000 rows spent more on building them than on deciding them.
   */
  readonly notes: Map<number, Map<string, readonly ReadingNote[] | null>>;
}

/**
 * What a year note depends on besides När and the import's constants, as one number: the year
 * taken, whether the row moved, and the three facts of its place that {@link yearNoteFor} reads.
 */
function notePlace(row: RowYear, year: number, moved: boolean): number {
  return (
    year * 16 + (moved ? 8 : 0) + (row.backAgain ? 4 : 0) + (row.wraps > 0 ? 2 : 0) + (row.anchored ? 1 : 0)
  );
}

/**
 * The pass after the last row: rows read before the first written year count back from it, a
 * document without one puts its larger part in the plan year, and every row whose year is
 * inferred while another is plausible says so (years.ts).
 */
function settleYears(
  entries: Writable<TimelineEntry>[],
  rowYears: readonly RowYear[],
  track: YearTrack,
  idInputs: EntryIdInput[],
  planYearKnown: boolean,
  budgetYear: number | undefined,
  proseBack: ReadonlyMap<number, GoneBack>,
): void {
  const state: SettleState = {
    shift: startShift(track, rowYears, planYearKnown),
    documentWraps:
      rowYears.some((r) => r.wraps > 0) ||
      (track.firstAnchor !== undefined && track.firstAnchor.wrapsBefore > 0),
    planYearKnown,
    budgetYear,
    planYear: track.start,
    idInputs,
    proseBack: proseBack.size > 0 ? proseBack : undefined,
    notes: new Map(),
  };
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    const row = rowYears[index];
    if (entry !== undefined && row !== undefined && !row.fixed) settleRow(entry, row, index, state);
  }
}

/**
 * One row of {@link settleYears}: moved when the rows before the first anchor count back, and a
 * note when its year is in doubt. A function of its own, so that V8 optimises it early in a cold
 * import (as {@link readRow}).
 */
function settleRow(entry: Writable<TimelineEntry>, row: RowYear, index: number, state: SettleState): void {
  const { shift, documentWraps, planYearKnown, budgetYear, idInputs, proseBack } = state;
  const moved = shift !== 0 && !row.anchored;
  if (moved) {
    entry.parsed = reread(entry, row.base + shift);
    const input = idInputs[index];
    const month = entry.parsed.ok ? entry.parsed.occurrences[0]?.start : undefined;
    if (input !== undefined && input.inheritedMonth !== undefined && month !== undefined) {
      idInputs[index] = { ...input, inheritedMonth: `${month.year}-${month.month}` };
    }
  }
  const start = entry.parsed.ok ? entry.parsed.occurrences[0]?.start : undefined;
  if (start === undefined) return;
  const when = entry.when !== "" ? entry.when : monthName(start.month, "sv");
  const back = proseBack?.get(index);
  if (back !== undefined) {
    addNote(entry, back === "prose" ? proseYearNote(start.year, when) : periodYearNote(start.year, when));
    return;
  }
  if (budgetYear !== undefined && !row.anchored && !documentWraps && start.year === budgetYear - 1) {
    addNote(entry, budgetTitleNote(start.year, budgetYear, when));
    return;
  }
  // In a plan year that was given or written in the title, the rows in that year are not in doubt.
  if (planYearKnown && start.year === state.planYear && !row.backAgain) return;
  if (entry.readingNotes !== undefined) {
    const note = yearNoteFor(row, start.year, moved, documentWraps, when);
    if (note !== undefined) addNote(entry, note);
    return;
  }
  // The common case, an entry with no note yet: the same frozen list for every row that would
  // get the same note (null: rows that get none).
  const place = notePlace(row, start.year, moved);
  let byWhen = state.notes.get(place);
  if (byWhen === undefined) {
    byWhen = new Map();
    state.notes.set(place, byWhen);
  }
  let notes = byWhen.get(when);
  if (notes === undefined) {
    const note = yearNoteFor(row, start.year, moved, documentWraps, when);
    notes = note === undefined ? null : Object.freeze([note]);
    byWhen.set(when, notes);
  }
  if (notes !== null) entry.readingNotes = notes;
}

/**
 * Turn rows into a timeline. Rows whose only cell is a month or year heading set the context
 * of the rows after them and are reported as skipped ("month-heading", "year-heading"); rows
 * with no cells at all are ignored. Never throws.
 *
 * @example
 * importRows(
 *   [{ line: 2, when: "FEBRUARI", event: "", owner: "", notes: "" },
 *    { line: 3, when: "", event: "Beslut om budget", owner: "KS ansvarar", notes: "" }],
 *   { title: "Tidsplan", year: 2007 },
 * ).entries[0] // → { when: "", parsed: 2007-02-01..2007-02-28, owner: "KS", kind: "decision", … }
 */
/** How {@link importRows} reads years. */
export interface ImportRowsOptions {
  /**
   * Read the year across the document (years.ts): rows with a written year anchor the rows
   * after them, and a month sequence that goes back crosses New Year. On for documents (text,
   * a sheet laid out as a document); off for a Tidsplan table, whose undated rows are in the
   * plan year stored with it.
   */
  readonly inferYears?: boolean;
  /**
   * The plan year was given (--year) or written in the title: rows before the first written year
   * stay in it. Otherwise they count back from that written year (years.ts).
   */
  readonly planYearKnown?: boolean;
  /**
   * The budget year a title named ("Tidplan budget 2024") when the plan year was taken as the
   * year before it: rows with no year of their own say so (the other reading is the budget year).
   */
  readonly budgetYear?: number;
}

/**
 * A list of meeting days ("25 januari, 22 februari kl. 13.00" under a body's heading) as one
 * entry per day, each with its own När ("25 januari kl. 13.00").
 */
function splitOccurrences(entry: TimelineEntry, parsed: ParsedWhen): Writable<TimelineEntry>[] {
  return parsed.occurrences.map((occurrence) => ({
    ...entry,
    when: occurrenceText(occurrence, parsed.explicitYear),
    parsed: {
      ...parsed,
      occurrences: [occurrence],
      precision: compareDates(occurrence.start, occurrence.end) === 0 ? "day" : "days",
    },
  }));
}

/** "" for a cell that says there is nothing there ("-", "–", "—", "x"), else the cell. */
function nothing(cell: string): string {
  // A length test first: this runs for four cells of every row.
  return cell.length === 1 && /^(?:[-–—]|x)$/iu.test(cell) ? "" : cell;
}

/** Re-read an entry's När in another base year (the pass after the last row, see years.ts). */
function reread(entry: TimelineEntry, base: number): WhenResult {
  const parsed = entry.parsed;
  if (entry.inheritedFromHeading === true && parsed.ok) {
    const month = parsed.occurrences[0]?.start.month ?? 1;
    return wholeMonth(base, month, false);
  }
  return parseWhen(entry.when, {
    planYear: base,
    ...(entry.headingMonth !== undefined ? { headingMonth: entry.headingMonth } : {}),
  });
}

/** Follow the year through one row (see years.ts); true when the row must be read again. */
function trackRow(track: YearTrack, parsed: WhenResult, context: Context, inherited: boolean): boolean {
  if (!parsed.ok) return false;
  const first = parsed.occurrences[0];
  const last = parsed.occurrences[parsed.occurrences.length - 1];
  if (first === undefined || last === undefined) return false;
  if (parsed.explicitYear) {
    if (context.headingYear === undefined) anchorYear(track, last.end.year, last.end.month);
    return false;
  }
  if (inherited) return false;
  // Under a month heading, a row in another month ("Februari - mars" under DECEMBER) moves on
  // from the heading as a heading would.
  if (context.headingMonth !== undefined && first.start.month === context.headingMonth) return false;
  if (last.end.year > first.start.year) {
    crossRow(track, parsed.occurrences);
    return false;
  }
  // A period that spans the month the plan has reached ("våren" among June's rows, "januari–juni"
  // after May) does not go back in the months: no New Year.
  if (spansLastMonth(track, first.start.month, last.end.month)) return false;
  return stepMonth(track, first.start.month);
}

/** What {@link importRows} carries from row to row. */
interface RowsState {
  readonly infer: boolean;
  readonly context: Context;
  readonly years: YearTrack;
  readonly rowYears: RowYear[];
  readonly entries: Writable<TimelineEntry>[];
  readonly idInputs: EntryIdInput[];
  readonly skipped: SkippedLine[];
  readonly splitCache: Map<string, { owner: string; notes: string }>;
  /** Entries read from prose whose month went back: they say which year was taken (settleYears). */
  readonly proseBackRows: Map<number, GoneBack>;
}

/**
 * Whether a row's month goes back without crossing New Year, and why: a sentence of prose (not
 * written in date order; its last month is noted, the months do not step on), or a period that
 * starts months back but holds the month reached ("Januari–december" after December's rows; see
 * trackRow). A function of its own, not a block of readRow: every row runs it.
 */
function goneBack(row: RawRow, read: WhenRead, years: YearTrack): GoneBack | undefined {
  const parsed = read.parsed;
  if (!parsed.ok || parsed.explicitYear) return undefined;
  const first = parsed.occurrences[0];
  const last = parsed.occurrences[parsed.occurrences.length - 1];
  if (first === undefined || last === undefined) return undefined;
  if (row.fromProse === true) {
    const back = goesBack(years, first.start.month);
    noteMonth(years, last.start.month);
    return back ? "prose" : undefined;
  }
  return read.inheritedFromHeading !== true &&
    last.end.year === first.start.year &&
    goesBack(years, first.start.month) &&
    spansLastMonth(years, first.start.month, last.end.month)
    ? "period"
    : undefined;
}

/**
 * One row of {@link importRows}: a heading sets the context, anything else becomes an entry (or
 * one per meeting day). A function of its own, not the loop's body: V8 optimises a small function
 * sooner than a long loop, and a first (cold) import of a big table runs most of its rows before
 * that happens.
 */
function readRow(row: RawRow, state: RowsState): void {
  const { infer, context, years, rowYears, entries, idInputs, skipped, splitCache, proseBackRows } = state;
  // A cell holding only "-", "–", "—" or "x" says there is nothing there.
  // (A row whose cells the importer cleaned on the way in is not cleaned twice: four calls per
  // row of a big table, most of them before V8 has optimised anything.)
  const clean = row.clean === true;
  let when = nothing(clean ? row.when : cleanCell(row.when));
  const event = nothing(clean ? row.event : cleanCell(row.event));
  const ownerCell = nothing(clean ? row.owner : cleanCell(row.owner));
  const notesCell = nothing(clean ? row.notes : cleanCell(row.notes));
  const onlyWhen = event === "" && ownerCell === "" && notesCell === "";
  if (onlyWhen && when === "" && row.whenDate === undefined) return;
  if (onlyWhen && row.whenDate === undefined) {
    const reason = applyHeading(when, context);
    if (reason !== undefined) {
      skipped.push({ line: row.line, text: when, reason });
      return;
    }
  }
  // Owner cells repeat ("Förvaltningsgruppen" dozens of times): split each text once.
  const split = ownerFromCell(ownerCell, row.ownerCellMixed === true, splitCache);
  let read = readWhen(row, when, context);
  // A row that crosses New Year ("December-januari") is read in the year it starts in, though
  // the rows after it run in the next one.
  let readIn: number | undefined;
  let proseBack: GoneBack | undefined;
  if (infer && read.whenFromExcelDate !== true) {
    if (row.newSequence === true) newSequence(years);
    const base = years.base;
    readIn = base;
    proseBack = goneBack(row, read, years);
    if (
      trackRow(years, read.parsed, context, read.inheritedFromHeading === true || row.fromProse === true) &&
      years.base !== base
    ) {
      // Past New Year the rows run in the year after the heading's: inferred, not written.
      context.headingYear = undefined;
      useWhenCache(context);
      read = readWhen(row, when, context);
    } else if (years.base !== base) {
      useWhenCache(context);
    }
  }
  if (onlyWhen && !read.parsed.ok) {
    skipped.push({ line: row.line, text: when, reason: "unrecognised" });
    return;
  }
  // "V 7 | Budgetperioden stängs 16 februari": the day the text names inside its week or month.
  // Documents only: a Tidsplan table's När is the user's own (read back, it means what it says).
  const day =
    infer &&
    read.inheritedFromHeading !== true &&
    read.whenFromExcelDate !== true &&
    row.fromProse !== true &&
    mayHaveDayInText(read.parsed, event)
      ? dayInText(when, event, read.parsed, whenContext(context))
      : undefined;
  if (day !== undefined) {
    when = day.when;
    read = { parsed: day.parsed };
  }
  const first = read.parsed.ok ? read.parsed.occurrences[0] : undefined;
  // The start date itself (year and month are what is read of it): no object per row.
  if (first !== undefined) context.previous = first.start;
  // Joined notes are cleaned again: "<" at the end of one and ">" in the other would read as a
  // tag once the table is read back, and the entry must mean the same both times.
  let notes =
    split.notes === ""
      ? notesCell
      : notesCell === ""
        ? split.notes
        : cleanCell(`${split.notes} ${notesCell}`);
  const alternative = alternativeNote(read.parsed);
  if (alternative !== undefined) {
    // "12/5 (ev. 19/5)": dated by the first, the alternative kept in Innehåll and offered as a fix.
    const other = alternative.alternativeWhen ?? "";
    notes = notes === "" ? `Alternativ: ${other}` : `${notes} Alternativ: ${other}`;
  }
  const entry = newEntry(
    row.line,
    when,
    read,
    event,
    nothing(split.owner),
    notes,
    alternative,
    inferKind(event),
  );
  if (context.headingMonth !== undefined) entry.headingMonth = context.headingMonth;
  if (context.headingYear !== undefined) entry.headingYear = context.headingYear;
  if (row.fromProse === true) entry.fromProse = true;
  if (row.extra !== undefined && row.extra.length > 0) entry.extra = row.extra;
  if (row.readingNotes !== undefined && row.readingNotes.length > 0)
    entry.readingNotes = [...row.readingNotes, ...(entry.readingNotes ?? [])];
  if (day !== undefined) addNote(entry, day.note);
  const place = rowYear(
    years,
    read.whenFromExcelDate === true ||
      context.headingYear !== undefined ||
      (read.parsed.ok && read.parsed.explicitYear) ||
      !read.parsed.ok,
    first !== undefined && first.start.year === readIn && years.base === readIn + 1 ? readIn : undefined,
  );
  const sourceId = row.id !== undefined && row.id.trim() !== "" ? row.id : undefined;
  // One entry per row, or one per meeting day of a body's list; no array for the common case.
  let days =
    row.perOccurrence === true && read.parsed.ok && read.parsed.occurrences.length > 1
      ? splitOccurrences(entry, read.parsed)
      : undefined;
  const cancelled = row.cancelledDays;
  if (days !== undefined && cancelled !== undefined) {
    days = days.filter((day) => {
      const start = day.parsed.ok ? day.parsed.occurrences[0]?.start : undefined;
      const off = cancelled.find((c) => c.month === start?.month && c.day === start.day);
      if (off !== undefined)
        skipped.push({ line: row.line, text: `${day.when}: ${off.text}`, reason: "cancelled" });
      return off === undefined;
    });
  }
  const count = days === undefined ? 1 : days.length;
  for (let k = 0; k < count; k += 1) {
    const part = days === undefined ? entry : (days[k] ?? entry);
    if (proseBack !== undefined) proseBackRows.set(entries.length, proseBack);
    entries.push(part);
    rowYears.push(place);
    idInputs.push({
      sourceId,
      when: part.when,
      event,
      owner: entry.owner,
      inheritedMonth: read.inheritedMonth,
    });
  }
}

export function importRows(
  rows: readonly RawRow[],
  plan: PlanInfo,
  options: ImportRowsOptions = {},
): Timeline {
  const infer = options.inferYears === true;
  const firstCache = new Map<string, WhenRead>();
  const years = yearTrack(plan.year);
  // Every field from the start (see yearTrack): no hidden-class change in the middle of an import.
  const context: Context = {
    headingMonth: undefined,
    headingYear: undefined,
    years,
    previous: undefined,
    whenCache: firstCache,
    whenCaches: new Map([[`||${plan.year}`, firstCache]]),
  };
  const rowYears: RowYear[] = [];
  const entries: Writable<TimelineEntry>[] = [];
  const idInputs: EntryIdInput[] = [];
  const skipped: SkippedLine[] = [];
  const splitCache = new Map<string, { owner: string; notes: string }>();
  const proseBackRows = new Map<number, GoneBack>();
  const state: RowsState = {
    infer,
    context,
    years,
    rowYears,
    entries,
    idInputs,
    skipped,
    splitCache,
    proseBackRows,
  };
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    if (row !== undefined) readRow(row, state);
  }
  if (infer)
    settleYears(
      entries,
      rowYears,
      years,
      idInputs,
      options.planYearKnown === true,
      options.budgetYear,
      proseBackRows,
    );
  const ids = assignEntryIds(idInputs);
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry !== undefined) entry.id = ids[index] ?? "";
  }
  return { plan, entries, skipped };
}
