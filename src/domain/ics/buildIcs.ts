/**
 * The ICS writer: a timeline becomes an iCalendar file that Outlook, Google Calendar and Apple
 * Calendar import or subscribe to. All RFC 5545 text (escaping, property syntax) is
 * ical-generator's; this module only decides which events there are and what they say. Folding
 * is done in one linear pass of our own, byte-identical to the library's (calendarText.ts).
 */
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus, escape } from "ical-generator";
import type { ICalCalendar, ICalEventData } from "ical-generator";
import { tableWhen } from "../table/tableWhen";
import type { Language, ParsedWhen, Timeline, TimelineEntry } from "../types";
import { calendarText } from "./calendarText";
import {
  type AllDayBusy,
  type EventSlot,
  eventSlots,
  isSpan,
  slotDateLines,
  slotTiming,
} from "./eventTiming";
import { foldIcsLines } from "./foldLines";
import { icsClean } from "./icsHygiene";
import { DEADLINE_PREFIX, DESCRIPTION_LABELS, KIND_NAMES, pick } from "./icsText";
import { exportIds, uidDomain } from "./identity";
import { cancellations, cancelledEventText, nextSequence, type ExportedEvent } from "./previousExport";
import { reminderSecondsBefore } from "./reminders";
import { STOCKHOLM_TZID, stockholmTimezoneGenerator } from "./stockholmTimezone";

export interface IcsOptions {
  /** "add": events go into the user's own calendar; "separate": opened as a calendar of its own. */
  readonly profile: "add" | "separate";
  /** Only this owner's entries (compared case-insensitively). */
  readonly owner?: string;
  /** Only the entries without an owner (the file beside the per-owner files). */
  readonly withoutOwner?: boolean;
  /** The calendar's name in the separate profile (default: the plan's title). */
  readonly calendarName?: string;
  /** A reminder at 09:00 this many WORKING days before each deadline. */
  readonly reminderDaysBeforeDeadline?: number;
  /** Include month, range, week and season entries (default true). */
  readonly includeSpans?: boolean;
  /** "free" (default): all-day items never block a day; "busy": one-day items do. Timed meetings are always busy. */
  readonly allDay?: AllDayBusy;
  /**
   * What the last export of this calendar held: SEQUENCE is raised for a changed event, and an
   * event no longer in the plan is written as cancelled.
   */
  readonly previous?: readonly ExportedEvent[];
  /**
   * Separate profile: subscribers of the published file are asked to refresh every this many
   * hours (REFRESH-INTERVAL, RFC 7986 §5.7, and Outlook's X-PUBLISHED-TTL); default 12.
   */
  readonly refreshHours?: number;
  /** DTSTAMP (tests fix it); default now. */
  readonly dtstamp?: Date;
  /** Language of the deadline prefix, the description labels and the categories (default "sv"). */
  readonly lang?: Language;
}

export interface IcsResult {
  /** The iCalendar text, CRLF line endings (also after the last line), folded at 75 octets. */
  readonly text: string;
  readonly eventCount: number;
  /** Entries left out because their När text could not be read. */
  readonly unreadableCount: number;
  /** Events of the previous export written as cancelled. */
  readonly cancelledCount: number;
  /**
   * What this export holds (cancellations included): remember it for the next export. Empty
   * unless `previous` was given (pass [] for a first export that is to be remembered).
   */
  readonly events: readonly ExportedEvent[];
}

const PRODID = { company: "Tidsplan", product: "Tidsplan 0.1", language: "SV" };
const END_CALENDAR = "END:VCALENDAR";
/** How often a subscriber is asked to fetch a published plan again: twice a day. */
export const DEFAULT_REFRESH_HOURS = 12;

/**
 * Writes a timeline as an iCalendar file: one VEVENT per occurrence (per day for a timed range).
 *
 * @example
 * const { text, eventCount } = buildIcs(timeline, { profile: "add", lang: "sv" });
 * // text starts "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tidsplan//Tidsplan 0.1//SV"
 */
export function buildIcs(timeline: Timeline, options: IcsOptions): IcsResult {
  const lang = options.lang ?? "sv";
  const includeSpans = options.includeSpans ?? true;
  const owner = options.owner?.trim().toLocaleLowerCase("sv");
  const calendar = newCalendar(timeline, options);
  const stamp = options.dtstamp ?? new Date();
  // What this export holds is only worked out when there is a previous export to compare with:
  // a plain export of a 100,000-row plan need not keep 100,000 more objects.
  const track = options.previous !== undefined;
  const previous = new Map((options.previous ?? []).map((event) => [event.uid, event]));
  // Ids over the whole plan (not the owner's rows only), so a per-owner file has the same UIDs.
  const ids = exportIds(timeline.entries);
  const domain = uidDomain(timeline.plan);
  const events: ExportedEvent[] = [];
  let unreadableCount = 0;
  timeline.entries.forEach((entry, entryIndex) => {
    if (owner !== undefined && owner !== "" && entry.owner.toLocaleLowerCase("sv") !== owner) return;
    if (options.withoutOwner === true && entry.owner.trim() !== "") return;
    if (!entry.parsed.ok) {
      unreadableCount++;
      return;
    }
    const parsed = entry.parsed;
    const uidBase = `${ids[entryIndex] ?? entry.id}-`;
    const texts = entryTexts(entry, parsed, timeline, lang);
    parsed.occurrences.forEach((occurrence, index) => {
      if (!includeSpans && isSpan(parsed, occurrence)) return;
      for (const slot of eventSlots(parsed, occurrence, index)) {
        const uid = `${uidBase}${slot.key}@${domain}`;
        let sequence = 0;
        if (track) {
          const [start, end] = slotDateLines(slot);
          const now = { uid, start, end, summary: `SUMMARY:${escape(texts.summary, false)}` };
          sequence = nextSequence(previous.get(uid), now);
          events.push({ ...now, sequence });
        }
        calendar.createEvent(eventData(slot, parsed, texts, uid, sequence, options, stamp));
      }
    });
  });
  const exported = new Set(events.map((event) => event.uid));
  const cancelled = cancellations([...previous.values()], exported);
  const text = withCancellations(calendarText(calendar, newCalendar(timeline, options)), cancelled, stamp);
  return {
    text,
    eventCount: calendar.length(),
    unreadableCount,
    cancelledCount: cancelled.length,
    events: [...events, ...cancelled],
  };
}

function newCalendar(timeline: Timeline, options: IcsOptions): ICalCalendar {
  const separate = options.profile === "separate";
  const hours = options.refreshHours ?? DEFAULT_REFRESH_HOURS;
  const calendar = ical({
    prodId: PRODID,
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone name: DTSTAMP stays in UTC; the generator still writes the
    // VTIMEZONE for the zone of timed events.
    timezone: { name: null, generator: stockholmTimezoneGenerator },
    // REFRESH-INTERVAL;VALUE=DURATION (RFC 7986 §5.7) and X-PUBLISHED-TTL ([MS-OXCICAL]
    // 2.1.3.1.1.15): how often a subscriber fetches the published file again.
    // An import ignores them ([MS-OXCICAL]: "SHOULD be ignored" on import); the add profile has none.
    ...(separate && hours > 0 ? { ttl: Math.round(hours * 3600) } : {}),
  });
  if (options.profile === "separate") {
    // ical-generator writes NAME/X-WR-CALNAME unescaped; escape so a title can never break a line.
    const name =
      icsClean(options.calendarName ?? timeline.plan.title).trim() || `Tidsplan ${timeline.plan.year}`;
    calendar.name(escape(name, false));
  }
  return calendar;
}

/** The texts of an entry's events, cleaned of control characters (RFC 5545 §3.3.11). */
interface EntryTexts {
  readonly summary: string;
  readonly description: string;
  readonly categories: readonly string[];
}

function entryTexts(
  entry: TimelineEntry,
  parsed: ParsedWhen,
  timeline: Timeline,
  lang: Language,
): EntryTexts {
  const when = icsClean(tableWhen(entry, timeline.plan.year)).trim();
  const owner = icsClean(entry.owner).trim();
  const event = icsClean(entry.event).trim();
  // Never an empty SUMMARY: a meeting list without an event column names the organ and the day.
  const title =
    event !== ""
      ? event
      : [owner, when].filter((part) => part !== "").join(" – ") ||
        icsClean(timeline.plan.title).trim() ||
        "Tidsplan";
  const lines: string[] = [];
  const add = (label: keyof typeof DESCRIPTION_LABELS, value: string) => {
    if (value.trim() !== "") lines.push(`${pick(DESCRIPTION_LABELS[label], lang)}: ${icsClean(value)}`);
  };
  add("owner", entry.owner);
  add("notes", entry.notes);
  // The När as the table writes it (month/year from the heading written out), so a plan exported
  // from its text and from its workbook describes each event alike.
  add("when", when);
  add("plan", timeline.plan.title);
  return {
    summary: (parsed.deadline ? pick(DEADLINE_PREFIX, lang) : "") + title,
    description: lines.join("\n"),
    categories: [owner, pick(KIND_NAMES[entry.kind], lang)].filter((name) => name !== ""),
  };
}

function eventData(
  slot: EventSlot,
  parsed: ParsedWhen,
  texts: EntryTexts,
  uid: string,
  sequence: number,
  options: IcsOptions,
  stamp: Date,
): ICalEventData {
  const reminder = options.reminderDaysBeforeDeadline;
  const alarms =
    parsed.deadline && reminder !== undefined && reminder > 0
      ? [
          {
            type: ICalAlarmType.display,
            trigger: reminderSecondsBefore(slot.start, slot.startTime, reminder),
            description: texts.summary,
          },
        ]
      : [];
  return {
    id: uid,
    sequence,
    stamp,
    summary: texts.summary,
    description: texts.description,
    categories: texts.categories.map((name) => ({ name })),
    alarms,
    status: parsed.tentative ? ICalEventStatus.TENTATIVE : null,
    ...slotTiming(slot, options.allDay ?? "free"),
  };
}

/** UTC DTSTAMP text ("20070111T080000Z"). */
function stampText(stamp: Date): string {
  return stamp
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
}

/**
 * The calendar text with the cancellations before its end, the zone they need, and a CRLF after
 * the last line (RFC 5545 §3.1: every content line ends with CRLF).
 */
function withCancellations(text: string, cancelled: readonly ExportedEvent[], stamp: Date): string {
  // ical-generator ends the text without a line break; adding one keeps the string unflattened.
  if (cancelled.length === 0) return `${text}\r\n`;
  const body = text.endsWith("\r\n") ? text.slice(0, -2) : text;
  const at = body.lastIndexOf(END_CALENDAR);
  const events = foldIcsLines(cancelled.map((event) => cancelledEventText(event, stampText(stamp))).join(""));
  const needsZone =
    cancelled.some((event) => event.start.includes(`TZID=${STOCKHOLM_TZID}`)) &&
    !body.includes(`TZID:${STOCKHOLM_TZID}`);
  const zone = needsZone ? `${stockholmTimezoneGenerator(STOCKHOLM_TZID) ?? ""}\r\n` : "";
  return `${body.slice(0, at)}${zone}${events}${body.slice(at)}\r\n`;
}
