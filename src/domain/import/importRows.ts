/**
 * From rows already split into cells (a text table, an Excel table) to a checked timeline:
 * month and year headings give context, empty När cells inherit their month, the Ansvar cell
 * is split into owner and notes, each entry gets a kind and a stable id.
 */
import { lastDayOfMonth, parseWhen, plainDate, whenFromExcelDate } from "../dates";
import type {
  ParsedWhen,
  PlanInfo,
  RawRow,
  SkippedLine,
  Timeline,
  TimelineEntry,
  WhenResult,
} from "../types";
import { cleanCell, monthHeading, yearHeading } from "./cells";
import { assignEntryIds, type EntryIdInput } from "./entryId";
import { inferKind } from "./inferKind";
import { splitOwnerCell } from "./ownerSplit";

/** The whole of one month, as an empty När under a month heading means. */
function wholeMonth(year: number, month: number, explicitYear: boolean): ParsedWhen {
  return {
    ok: true,
    occurrences: [{ start: plainDate(year, month, 1), end: lastDayOfMonth(year, month) }],
    precision: "month",
    deadline: false,
    tentative: false,
    explicitYear,
  };
}

interface Context {
  headingMonth?: number;
  headingYear?: number;
  /** The month the previous entry started in, for an empty När without a heading. */
  previous?: { year: number; month: number };
  /**
   * parseWhen's results per När text, one map per heading context, within one import: real
   * plans repeat their När texts ("Löpande", "senast 15 maj"), and parseWhen is the larger half
   * of an import. `whenCache` is the map of the current context (replaced when a heading changes
   * it), so a row looks its text up without building a key.
   */
  whenCache: Map<string, WhenResult>;
  readonly whenCaches: Map<string, Map<string, WhenResult>>;
}

/** Point `context.whenCache` at the cache of its current heading context. */
function useWhenCache(context: Context): void {
  const key = `${context.headingYear ?? ""}|${context.headingMonth ?? ""}`;
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
function applyHeading(when: string, context: Context, planYear: number): string | undefined {
  const year = yearHeading(when);
  if (year !== undefined) {
    context.headingYear = year;
    context.headingMonth = undefined;
    useWhenCache(context);
    return "year-heading";
  }
  const heading = monthHeading(when);
  if (heading === undefined) return undefined;
  if (heading.year !== undefined) {
    context.headingYear = heading.year;
  } else if (context.headingMonth !== undefined && heading.month < context.headingMonth) {
    // DECEMBER followed by JANUARI without a year heading: the plan runs into the next year.
    context.headingYear = (context.headingYear ?? planYear) + 1;
  }
  context.headingMonth = heading.month;
  useWhenCache(context);
  return "month-heading";
}

function readWhen(
  row: RawRow,
  when: string,
  context: Context,
  planYear: number,
): Pick<Draft, "parsed" | "inheritedFromHeading" | "whenFromExcelDate" | "inheritedMonth"> {
  if (row.whenDate !== undefined) return { parsed: whenFromExcelDate(row.whenDate), whenFromExcelDate: true };
  if (when === "") {
    const month = context.headingMonth ?? context.previous?.month;
    if (month !== undefined) {
      const year =
        context.headingMonth !== undefined
          ? (context.headingYear ?? planYear)
          : (context.previous?.year ?? planYear);
      return {
        parsed: wholeMonth(year, month, context.headingYear !== undefined),
        inheritedFromHeading: true,
        inheritedMonth: `${year}-${month}`,
      };
    }
  }
  const cached = context.whenCache.get(when);
  if (cached !== undefined) return { parsed: cached };
  const parsed: WhenResult = parseWhen(when, {
    planYear,
    ...(context.headingMonth !== undefined ? { headingMonth: context.headingMonth } : {}),
    ...(context.headingYear !== undefined ? { headingYear: context.headingYear } : {}),
  });
  context.whenCache.set(when, parsed);
  return { parsed };
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
  const split = cache.get(cell) ?? splitOwnerCell(cell);
  cache.set(cell, split);
  if (mixed || split.owner !== "") return split;
  return { owner: cell, notes: "" };
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
export function importRows(rows: readonly RawRow[], plan: PlanInfo): Timeline {
  const firstCache = new Map<string, WhenResult>();
  const context: Context = { whenCache: firstCache, whenCaches: new Map([["|", firstCache]]) };
  const entries: Writable<TimelineEntry>[] = [];
  const idInputs: EntryIdInput[] = [];
  const skipped: SkippedLine[] = [];
  const splitCache = new Map<string, { owner: string; notes: string }>();
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    if (row === undefined) continue;
    const when = cleanCell(row.when);
    const event = cleanCell(row.event);
    const ownerCell = cleanCell(row.owner);
    const notesCell = cleanCell(row.notes);
    const onlyWhen = event === "" && ownerCell === "" && notesCell === "";
    if (onlyWhen && when === "" && row.whenDate === undefined) continue;
    if (onlyWhen && row.whenDate === undefined) {
      const reason = applyHeading(when, context, plan.year);
      if (reason !== undefined) {
        skipped.push({ line: row.line, text: when, reason });
        continue;
      }
    }
    // Owner cells repeat ("Förvaltningsgruppen" dozens of times): split each text once.
    const split = ownerFromCell(ownerCell, row.ownerCellMixed === true, splitCache);
    const read = readWhen(row, when, context, plan.year);
    if (onlyWhen && !read.parsed.ok) {
      skipped.push({ line: row.line, text: when, reason: "unrecognised" });
      continue;
    }
    const first = read.parsed.ok ? read.parsed.occurrences[0] : undefined;
    if (first !== undefined) context.previous = { year: first.start.year, month: first.start.month };
    // Built in place, keys in the order the entry has always had (id first, optional keys
    // absent rather than undefined): spreading partial objects per row was the largest
    // self-time of an import.
    const entry: Writable<TimelineEntry> = {
      id: "",
      line: row.line,
      when,
      parsed: read.parsed,
    } as Writable<TimelineEntry>;
    if (read.whenFromExcelDate !== undefined) entry.whenFromExcelDate = read.whenFromExcelDate;
    if (read.inheritedFromHeading !== undefined) entry.inheritedFromHeading = read.inheritedFromHeading;
    entry.event = event;
    entry.owner = split.owner;
    // Joined notes are cleaned again: "<" at the end of one and ">" in the other would read as a
    // tag once the table is read back, and the entry must mean the same both times.
    entry.notes =
      split.notes === ""
        ? notesCell
        : notesCell === ""
          ? split.notes
          : cleanCell(`${split.notes} ${notesCell}`);
    entry.kind = inferKind(event);
    if (context.headingMonth !== undefined) entry.headingMonth = context.headingMonth;
    if (context.headingYear !== undefined) entry.headingYear = context.headingYear;
    entries.push(entry);
    idInputs.push({
      sourceId: row.id !== undefined && row.id.trim() !== "" ? row.id : undefined,
      when,
      event,
      owner: split.owner,
      inheritedMonth: read.inheritedMonth,
    });
  }
  const ids = assignEntryIds(idInputs);
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry !== undefined) entry.id = ids[index] ?? "";
  }
  return { plan, entries, skipped };
}
