/**
 * What a check writes back to the table, per row, and how it is computed from the rows read,
 * the checked timeline and the findings. Matching to table rows is by ID (see planCheckWrite).
 */
import type { Finding, Language, PlainDate, RawRow, Timeline, TimelineEntry } from "../types";
import { compareDates } from "../dates/plainDate";
import { kontrollLine } from "../validate";
import { kindLabel } from "./kindLabels";

/** One row's check result, matched to the table BY ID. */
export interface CheckUpdate {
  /** The row's ID. For a row that has no ID yet, the entry id the check used (see `line`). */
  readonly id: string;
  /**
   * The 1-based sheet row the entry was read from. Used only for a row whose ID cell is empty:
   * that row gets a new ID.
   */
  readonly line?: number;
  readonly start?: PlainDate;
  readonly end?: PlainDate;
  /** Written only where the Kategori cell is empty. */
  readonly kategori?: string;
  /** The short line for the Kontroll column ("" when the row has no findings). */
  readonly kontroll: string;
}

/** First start and last end over all occurrences; undefined when När could not be read. */
export function entrySpan(entry: TimelineEntry): {
  start?: PlainDate;
  end?: PlainDate;
} {
  if (!entry.parsed.ok) return {};
  let start: PlainDate | undefined;
  let end: PlainDate | undefined;
  for (const occurrence of entry.parsed.occurrences) {
    if (start === undefined || compareDates(occurrence.start, start) < 0) start = occurrence.start;
    if (end === undefined || compareDates(occurrence.end, end) > 0) end = occurrence.end;
  }
  return { start, end };
}

/**
 * The per-row updates of a check: Start/Slut from the parsed dates, Kategori from the kind,
 * Kontroll from the row's findings. Rows are linked to entries by their sheet row (`line`),
 * which is how the import numbers entries read from a table.
 *
 * @example
 * const updates = computeCheckUpdates(read.rows, timeline, validateTimeline(timeline), "sv");
 * // → [{ id: "r7k2x9", line: 5, start: {…}, end: {…}, kategori: "Beslut", kontroll: "" }, …]
 */
export function computeCheckUpdates(
  rows: readonly RawRow[],
  timeline: Timeline,
  findings: readonly Finding[],
  lang: Language,
): CheckUpdate[] {
  const entryByLine = new Map<number, TimelineEntry>();
  for (const entry of timeline.entries) entryByLine.set(entry.line, entry);
  const findingsByEntry = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.entryId === "") continue;
    const list = findingsByEntry.get(finding.entryId) ?? [];
    list.push(finding);
    findingsByEntry.set(finding.entryId, list);
  }
  const updates: CheckUpdate[] = [];
  for (const row of rows) {
    const entry = entryByLine.get(row.line);
    const id = row.id !== undefined && row.id !== "" ? row.id : (entry?.id ?? "");
    if (entry === undefined) {
      updates.push({ id, line: row.line, kontroll: "" });
      continue;
    }
    const span = entrySpan(entry);
    updates.push({
      id,
      line: row.line,
      ...span,
      kategori: kindLabel(entry.kind, lang),
      kontroll: kontrollLine(findingsByEntry.get(entry.id) ?? [], lang),
    });
  }
  return updates;
}
