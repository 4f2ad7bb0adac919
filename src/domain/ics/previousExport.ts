/**
 * What was exported last time, and what follows from it for this export: an event whose date, time
 * or title changed gets a higher SEQUENCE (RFC 5545 §3.8.7.4: "incremented … each time the
 * Organizer makes a significant revision"), and an event that is gone is written once more as
 * STATUS:CANCELLED (RFC 5545 §3.8.1.11) so calendars that match by UID remove or strike it.
 * Which calendars do: docs/CALENDARS.md.
 */

/** One event as it was exported: enough to compare, and to write its cancellation. */
export interface ExportedEvent {
  readonly uid: string;
  readonly sequence: number;
  /** The DTSTART, DTEND and SUMMARY content lines as written, unfolded ("DTSTART;VALUE=DATE:20070205"). */
  readonly start: string;
  readonly end: string;
  readonly summary: string;
  /** True when the event was already written as cancelled. */
  readonly cancelled?: boolean;
}

function unfold(text: string): string[] {
  // RFC 5545 §3.1: a line break followed by one space or tab continues the line.
  return text.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
}

function nameOf(line: string): string {
  const end = line.search(/[:;]/);
  return (end < 0 ? line : line.slice(0, end)).toUpperCase();
}

/**
 * The events of an iCalendar text (a previous export), never throwing: a text that is not a
 * calendar gives []. Alarms inside an event are skipped; an event without UID is left out.
 *
 * @example
 * readExportedEvents(previousFileText)[0] // { uid: "t-…-0@2007.p-….tidsplan", sequence: 0, start: "DTSTART;VALUE=DATE:…", … }
 */
export function readExportedEvents(text: string): ExportedEvent[] {
  const events: ExportedEvent[] = [];
  let current: {
    uid?: string;
    sequence: number;
    start: string;
    end: string;
    summary: string;
    cancelled: boolean;
  } | null = null;
  let nested = 0;
  for (const line of unfold(text)) {
    const upper = line.toUpperCase();
    if (upper === "BEGIN:VEVENT") {
      current = { sequence: 0, start: "", end: "", summary: "", cancelled: false };
      nested = 0;
      continue;
    }
    if (current === null) continue;
    if (upper.startsWith("BEGIN:")) nested += 1;
    else if (upper === "END:VEVENT") {
      if (current.uid !== undefined && current.uid !== "")
        events.push({
          uid: current.uid,
          sequence: current.sequence,
          start: current.start,
          end: current.end,
          summary: current.summary,
          ...(current.cancelled ? { cancelled: true } : {}),
        });
      current = null;
    } else if (upper.startsWith("END:")) nested = Math.max(0, nested - 1);
    else if (nested === 0) {
      const name = nameOf(line);
      const value = line.slice(line.indexOf(":") + 1);
      if (name === "UID") current.uid = value.trim();
      else if (name === "SEQUENCE") current.sequence = Number.parseInt(value, 10) || 0;
      else if (name === "DTSTART") current.start = line;
      else if (name === "DTEND") current.end = line;
      else if (name === "SUMMARY") current.summary = line;
      else if (name === "STATUS") current.cancelled = value.trim().toUpperCase() === "CANCELLED";
    }
  }
  return events;
}

/** What changes an event's SEQUENCE: its date, its time and its title. */
export function eventFingerprint(event: Pick<ExportedEvent, "start" | "end" | "summary">): string {
  return `${event.start}\n${event.end}\n${event.summary}`;
}

/**
 * The SEQUENCE of an event in this export: 0 when new; the previous one when its date, time and
 * title are unchanged; one more when any changed (or when it was cancelled and is back).
 *
 * @example
 * nextSequence(previous.get(uid), { start, end, summary }) // 0, 3 or 4
 */
export function nextSequence(
  previous: ExportedEvent | undefined,
  now: Pick<ExportedEvent, "start" | "end" | "summary">,
): number {
  if (previous === undefined) return 0;
  const changed = previous.cancelled === true || eventFingerprint(previous) !== eventFingerprint(now);
  return changed ? previous.sequence + 1 : previous.sequence;
}

/**
 * The cancellations this export carries: every previous event whose UID is not in this export,
 * with its SEQUENCE raised once when it is newly cancelled (kept when it already was).
 *
 * @example
 * cancellations(previousEvents, new Set(["a-0@…"])) // [{ uid: "b-0@…", sequence: 1, …, cancelled: true }]
 */
export function cancellations(
  previous: readonly ExportedEvent[],
  exported: ReadonlySet<string>,
): ExportedEvent[] {
  const seen = new Set<string>();
  const result: ExportedEvent[] = [];
  for (const event of previous) {
    if (exported.has(event.uid) || seen.has(event.uid)) continue;
    seen.add(event.uid);
    result.push({
      ...event,
      sequence: event.cancelled === true ? event.sequence : event.sequence + 1,
      cancelled: true,
    });
  }
  return result;
}

/**
 * The VEVENT text of a cancellation (CRLF lines, not yet folded): the same UID, date and title,
 * the raised SEQUENCE, STATUS:CANCELLED, and free time so it never blocks a day.
 *
 * @example
 * cancelledEventText(event, "20070111T080000Z") // "BEGIN:VEVENT\r\nUID:…\r\nSEQUENCE:1\r\n…STATUS:CANCELLED\r\n…"
 */
export function cancelledEventText(event: ExportedEvent, stamp: string): string {
  return [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${stamp}`,
    event.start,
    ...(event.end === "" ? [] : [event.end]),
    // Never an empty SUMMARY (a file from elsewhere may lack one).
    event.summary === "" ? "SUMMARY:Tidsplan" : event.summary,
    "STATUS:CANCELLED",
    "TRANSP:TRANSPARENT",
    "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
    "END:VEVENT",
    "",
  ].join("\r\n");
}
