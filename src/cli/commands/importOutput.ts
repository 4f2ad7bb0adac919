/**
 * The two outputs of `tidsplan import`: the JSON document (one object, stable shape) and the
 * readable table.
 */
import { compareDates, monthName, toIsoDate } from "../../domain/dates";
import { ROUTINE_SKIP_REASONS, skipReasonText } from "../../domain/import/skipReasons";
import type { Language, Occurrence, PlainTime, Timeline, TimelineEntry } from "../../domain/types";

/** One occurrence in the JSON output. */
export interface JsonDates {
  readonly start: string;
  readonly end: string;
  readonly startTime?: string;
  readonly endTime?: string;
}

/** One entry in the JSON output; start/end/precision are null when När could not be read. */
export interface JsonEntry {
  readonly id: string;
  readonly line: number;
  readonly when: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly dates: readonly JsonDates[];
  readonly precision: string | null;
  readonly deadline: boolean;
  readonly tentative: boolean;
  readonly event: string;
  readonly owner: string;
  readonly notes: string;
  readonly kind: string;
  /** The document's own columns ("Plats": "Stadshuset"); their text is in notes too. */
  readonly extra?: Readonly<Record<string, string>>;
  /** Read out of a paragraph of prose: a reader should look at it. */
  readonly fromProse?: boolean;
  /** What the importer was unsure of (an inferred year, a glued footnote), in English. */
  readonly uncertain?: readonly string[];
}

/** The JSON document printed by `tidsplan import --json`. */
export interface JsonTimeline {
  readonly plan: { readonly title: string; readonly year: number };
  readonly entries: readonly JsonEntry[];
  readonly skipped: readonly { readonly line: number; readonly text: string; readonly reason: string }[];
}

function time(t: PlainTime): string {
  return `${String(t.hour).padStart(2, "0")}:${String(t.minute).padStart(2, "0")}`;
}

function jsonDates(o: Occurrence): JsonDates {
  return {
    start: toIsoDate(o.start),
    end: toIsoDate(o.end),
    ...(o.startTime !== undefined ? { startTime: time(o.startTime) } : {}),
    ...(o.endTime !== undefined ? { endTime: time(o.endTime) } : {}),
  };
}

function jsonEntry(entry: TimelineEntry): JsonEntry {
  const parsed = entry.parsed;
  const occurrences = parsed.ok ? parsed.occurrences : [];
  let start = occurrences[0]?.start;
  let end = occurrences[0]?.end;
  for (const o of occurrences) {
    if (start === undefined || compareDates(o.start, start) < 0) start = o.start;
    if (end === undefined || compareDates(o.end, end) > 0) end = o.end;
  }
  return {
    id: entry.id,
    line: entry.line,
    when: entry.when,
    start: start === undefined ? null : toIsoDate(start),
    end: end === undefined ? null : toIsoDate(end),
    dates: occurrences.map(jsonDates),
    precision: parsed.ok ? parsed.precision : null,
    deadline: parsed.ok && parsed.deadline,
    tentative: parsed.ok && parsed.tentative,
    event: entry.event,
    owner: entry.owner,
    notes: notesWithExtra(entry),
    kind: entry.kind,
    ...(entry.extra !== undefined ? { extra: Object.fromEntries(entry.extra.map((c) => [c.header, c.value])) } : {}),
    ...(entry.fromProse === true ? { fromProse: true } : {}),
    ...(entry.readingNotes !== undefined ? { uncertain: entry.readingNotes.map((n) => n.message.en) } : {}),
  };
}

/**
 * The notes with the cells of the document's own columns after them ("Plats: Stadshuset"): the
 * command line keeps them there, an Excel table in columns of their own.
 */
export function notesWithExtra(entry: TimelineEntry): string {
  const extra = (entry.extra ?? []).map((cell) => `${cell.header}: ${cell.value}`);
  return [entry.notes, ...extra].filter((t) => t !== "").join(" · ");
}

/**
 * The JSON form of a timeline.
 *
 * @example
 * JSON.stringify(timelineJson(timeline)) // '{"plan":{"title":"…","year":2007},"entries":[…],"skipped":[…]}'
 */
export function timelineJson(timeline: Timeline): JsonTimeline {
  return {
    plan: { title: timeline.plan.title, year: timeline.plan.year },
    entries: timeline.entries.map(jsonEntry),
    skipped: timeline.skipped.map((s) => ({ line: s.line, text: s.text, reason: s.reason })),
  };
}

function fit(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length <= width ? flat.padEnd(width) : `${flat.slice(0, width - 1)}…`;
}

const HEAD: Readonly<Record<Language, readonly string[]>> = {
  sv: ["Rad", "När", "Datum", "Händelse", "Ansvarig"],
  en: ["Line", "When", "Dates", "Event", "Owner"],
};


/**
 * The readable table of a timeline, one line per entry, then a summary.
 *
 * @example
 * timelineTable(timeline, "sv") // "Rad  När          Datum                  Händelse … \n…"
 */
export function timelineTable(timeline: Timeline, lang: Language): string {
  const head = HEAD[lang];
  const widths = [5, 18, 23, 56, 24];
  const row = (cells: readonly string[]): string =>
    cells
      .map((c, i) => fit(c, widths[i] ?? 10))
      .join(" ")
      .trimEnd();
  const lines = [`${timeline.plan.title} (${timeline.plan.year})`, "", row(head)];
  for (const entry of timeline.entries) {
    const json = jsonEntry(entry);
    const dates =
      json.start === null
        ? lang === "sv"
          ? "(oläsligt)"
          : "(unreadable)"
        : json.start === json.end
          ? json.start
          : `${json.start}–${json.end ?? ""}`;
    const month = entry.parsed.ok ? entry.parsed.occurrences[0]?.start.month : undefined;
    const when =
      entry.inheritedFromHeading === true && month !== undefined ? `(${monthName(month, lang)})` : entry.when;
    lines.push(row([String(entry.line), when, dates, entry.event, entry.owner]));
  }
  const unreadable = timeline.entries.filter((e) => !e.parsed.ok).length;
  const extraColumns = timeline.extraColumns ?? [];
  lines.push(
    "",
    lang === "sv"
      ? `${timeline.entries.length} händelser, ${unreadable} med oläsligt datum.`
      : `${timeline.entries.length} entries, ${unreadable} with an unreadable date.`,
  );
  if (extraColumns.length > 0) {
    lines.push(
      lang === "sv"
        ? `Kolumner som Tidsplan inte känner till behölls i Innehåll (i Excel: egna kolumner): ${extraColumns.join(", ")}.`
        : `Columns Tidsplan does not know were kept in the notes (in Excel: columns of their own): ${extraColumns.join(", ")}.`,
    );
  }
  // Every line that did not become an entry, with why (the headings and the header row, which a
  // reader expects, are counted, not listed).
  const listed = timeline.skipped.filter((k) => !ROUTINE_SKIP_REASONS.has(k.reason) && k.text.trim() !== "");
  const routine = timeline.skipped.length - listed.length;
  if (listed.length > 0 || routine > 0) {
    lines.push(
      lang === "sv"
        ? `${timeline.skipped.length} rader blev inga händelser (${routine} rubriker och kolumnrubriker):`
        : `${timeline.skipped.length} lines did not become entries (${routine} headings and column headings):`,
    );
  }
  for (const s of listed) {
    const text = fit(s.text, 70).trimEnd();
    lines.push(
      lang === "sv"
        ? `  rad ${s.line}: ${skipReasonText(s.reason, lang)}: ${text}`
        : `  line ${s.line}: ${skipReasonText(s.reason, lang)}: ${text}`,
    );
  }
  return lines.join("\n") + "\n";
}
