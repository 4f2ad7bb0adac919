/**
 * Härled datum: every meeting's chain of preparation and follow-up steps as rows of the plan.
 * New steps are rows to add; a derived row whose meeting moved is a row to update; a derived row
 * edited by hand is left alone with a finding; conflicts between chains are findings. Pure: the
 * edges (Excel, the CLI) apply the result.
 */
import { monthName } from "../dates/months";
import { compareDates, toIsoDate } from "../dates/plainDate";
import type { WorkingDayOptions } from "../governance/workingDay";
import { newRowId } from "../table/rowIds";
import type { Finding, Language, PlainDate, Timeline, TimelineEntry } from "../types";
import { entrySpan } from "../validate/entryDates";
import { stepDate } from "./chainDays";
import { doesNotFit, handEdited, notOneDay, orphan, sharedStep } from "./chainFindings";
import type { ChainTemplate } from "./chainRules";
import { formatMark, readMark, rowChecksum, withMark, type DerivedMark } from "./marker";
import { findMeetings, type Meeting } from "./meetings";
import type { ChainStep } from "./template";

/** Options of {@link deriveChains}. */
export interface DeriveOptions {
  /** Klämdagar and other local days off (the Regler table's). */
  readonly workingDays?: WorkingDayOptions;
  /** The language of the event texts and the mark (default "sv"). */
  readonly lang?: Language;
  /** IDs of rows the user marked as meetings (Kategori "Möte": meetings.ts, markedMeetings). */
  readonly markedMeetings?: ReadonlySet<string>;
  /** For new row IDs when the natural one ("<meeting ID>-<step>") is taken or too long. */
  readonly random?: () => number;
}

/** A row as Härled datum writes it (new, or the new cells of an existing row). */
export interface DerivedCells {
  /** The row's ID: a new one for an added row, the existing one for an update. */
  readonly id: string;
  readonly when: string;
  readonly date: PlainDate;
  readonly event: string;
  readonly owner: string;
  readonly notes: string;
  readonly meetingId: string;
  readonly step: string;
  /** The day counted to and why the step moved off it (a non-working day). */
  readonly movedFrom?: { readonly date: PlainDate; readonly reason: { sv: string; en: string } };
}

/** A derived row to rewrite because its meeting moved (matched by ID). */
export interface DerivedUpdate extends DerivedCells {
  /** The row's sheet row (or source line) when it was read. */
  readonly line: number;
  /** När and Händelse as they were: the edge refuses to write when they changed meanwhile. */
  readonly before: { readonly when: string; readonly event: string };
}

/** What {@link deriveChains} found: rows to add and update, what it left, and its findings. */
export interface DeriveResult {
  readonly adds: readonly DerivedCells[];
  readonly updates: readonly DerivedUpdate[];
  /** Derived rows that already say what the chain says. */
  readonly unchanged: number;
  /** IDs of derived rows left alone because they were edited by hand. */
  readonly handEdited: readonly string[];
  readonly meetings: number;
  readonly findings: readonly Finding[];
}

/** "26 mars" (or "26 mars 2028" outside the plan year); "senast …" for a step with a reminder. */
function whenText(date: PlainDate, planYear: number, deadline: boolean): string {
  const year = date.year === planYear ? "" : ` ${date.year}`;
  return `${deadline ? "senast " : ""}${date.day} ${monthName(date.month, "sv")}${year}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A row ID from the meeting's and the step's ("r7k2x9-kallelse"), or a new one. */
function rowIdFor(meetingId: string, step: string, taken: Set<string>, random: () => number): string {
  const slug = step
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-|-$/gu, "");
  const natural = `${meetingId}-${slug}`;
  const id =
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,23}$/u.test(natural) && !taken.has(natural)
      ? natural
      : newRowId(taken, random);
  taken.add(id);
  return id;
}

/** The dates of one meeting's chain, step by step (a step may count from an earlier step). */
function chainDates(
  meeting: Meeting,
  steps: readonly ChainStep[],
  options: WorkingDayOptions,
): Map<string, ReturnType<typeof stepDate>> {
  const dates = new Map<string, ReturnType<typeof stepDate>>();
  for (const step of steps) {
    const from = step.from === undefined ? meeting.date : (dates.get(step.from)?.date ?? meeting.date);
    dates.set(step.key, stepDate(from, step, options));
  }
  return dates;
}

/** The derived rows already in the plan, by meeting ID and step. */
function derivedRows(
  entries: readonly TimelineEntry[],
): Map<string, { entry: TimelineEntry; mark: DerivedMark }> {
  const rows = new Map<string, { entry: TimelineEntry; mark: DerivedMark }>();
  for (const entry of entries) {
    const mark = readMark(entry.notes);
    if (mark === undefined) continue;
    const key = `${mark.meetingId}\u0000${mark.step}`;
    if (!rows.has(key)) rows.set(key, { entry, mark });
  }
  return rows;
}

/** True when the row still holds what was derived (its date and the checksum of När and Händelse). */
function untouched(entry: TimelineEntry, mark: DerivedMark): boolean {
  const span = entrySpan(entry);
  return (
    span !== undefined &&
    compareDates(span.start, mark.date) === 0 &&
    rowChecksum(entry.when, entry.event) === mark.checksum
  );
}

/**
 * Derive every meeting's chain.
 *
 * @example
 * const result = deriveChains(timeline, readChainRules(reglerCells).templates);
 * result.adds[0]; // { id: "r7k2x9-arendestopp", when: "senast 11 mars", event: "Ärendestopp – Kommunstyrelsen 25 mars", … }
 */
export function deriveChains(
  timeline: Timeline,
  templates: readonly ChainTemplate[],
  options: DeriveOptions = {},
): DeriveResult {
  const lang = options.lang ?? "sv";
  const working = options.workingDays ?? {};
  const random = options.random ?? Math.random;
  const { meetings, notOneDay: unplaced } = findMeetings(timeline.entries, templates, options.markedMeetings);
  const existing = derivedRows(timeline.entries);
  const used = new Set<string>();
  const taken = new Set(timeline.entries.map((e) => e.id));
  const adds: DerivedCells[] = [];
  const updates: DerivedUpdate[] = [];
  const edited: string[] = [];
  const findings: Finding[] = [];
  let unchanged = 0;
  const byMeeting = new Map<string, Map<string, ReturnType<typeof stepDate>>>();

  for (const meeting of meetings) {
    const template = meeting.template;
    if (template === undefined) continue;
    const dates = chainDates(meeting, template.steps, working);
    byMeeting.set(meeting.entry.id, dates);
    const day = `${meeting.date.day} ${monthName(meeting.date.month, lang)}`;
    for (const step of template.steps) {
      const derived = dates.get(step.key);
      if (derived === undefined) continue;
      const when = whenText(derived.date, timeline.plan.year, step.reminder);
      const event = `${capitalise(step.name)} – ${meeting.organ} ${day}`;
      const mark = (): string =>
        formatMark(
          {
            meetingId: meeting.entry.id,
            step: step.key,
            date: derived.date,
            checksum: rowChecksum(when, event),
          },
          lang,
        );
      const moved = derived.movedFrom === undefined ? {} : { movedFrom: derived.movedFrom };
      const key = `${meeting.entry.id}\u0000${step.key}`;
      const row = existing.get(key);
      used.add(key);
      if (row === undefined) {
        const id = rowIdFor(meeting.entry.id, step.key, taken, random);
        const cells = { when, date: derived.date, event, owner: meeting.organ, notes: mark() };
        adds.push({ id, ...cells, meetingId: meeting.entry.id, step: step.key, ...moved });
        continue;
      }
      if (row.entry.when.trim() === when && row.entry.event.trim() === event) {
        unchanged += 1;
        continue;
      }
      if (!untouched(row.entry, row.mark)) {
        edited.push(row.entry.id);
        findings.push(
          handEdited(row.entry, step.name, derived.date, compareDates(row.mark.date, derived.date) !== 0),
        );
        continue;
      }
      updates.push({
        id: row.entry.id,
        line: row.entry.line,
        before: { when: row.entry.when, event: row.entry.event },
        when,
        date: derived.date,
        event,
        owner: row.entry.owner,
        notes: withMark(row.entry.notes, mark()),
        meetingId: meeting.entry.id,
        step: step.key,
        ...moved,
      });
    }
  }

  const meetingIds = new Set(meetings.map((m) => m.entry.id));
  for (const [key, row] of existing) {
    if (used.has(key)) continue;
    findings.push(orphan(row.entry, row.mark.meetingId, row.mark.step, !meetingIds.has(row.mark.meetingId)));
  }
  for (const entry of unplaced) findings.push(notOneDay(entry));
  findings.push(...chainConflicts(meetings, byMeeting));
  return {
    adds,
    updates,
    unchanged,
    handEdited: edited,
    meetings: meetings.filter((m) => m.template !== undefined).length,
    findings,
  };
}

/**
 * Two chains needing the same step on one day, and chains that do not fit between meetings (a
 * preparation step before the organ's previous meeting; on its day is usual for a fortnightly organ).
 */
function chainConflicts(
  meetings: readonly Meeting[],
  dates: ReadonlyMap<string, ReadonlyMap<string, ReturnType<typeof stepDate>>>,
): Finding[] {
  const findings: Finding[] = [];
  const byOrgan = new Map<string, Meeting[]>();
  for (const m of meetings) {
    if (m.template === undefined) continue;
    const key = m.organ.toLowerCase();
    byOrgan.set(key, [...(byOrgan.get(key) ?? []), m]);
  }
  for (const list of byOrgan.values()) {
    const seen = new Map<string, Meeting>();
    list.forEach((meeting, index) => {
      const steps = meeting.template?.steps ?? [];
      const own = dates.get(meeting.entry.id);
      const previous = index > 0 ? list[index - 1] : undefined;
      for (const step of steps) {
        const date = own?.get(step.key)?.date;
        if (date === undefined) continue;
        const sameKey = `${step.key}\u0000${toIsoDate(date)}`;
        const other = seen.get(sameKey);
        if (other !== undefined && other !== meeting)
          findings.push(sharedStep(other, meeting, step.name, date));
        else seen.set(sameKey, meeting);
        if (step.offset < 0 && previous !== undefined && compareDates(date, previous.date) < 0)
          findings.push(doesNotFit(previous, meeting, step.name, date));
      }
    });
  }
  return findings;
}
