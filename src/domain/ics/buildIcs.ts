/**
 * The ICS writer: a timeline becomes an iCalendar file that Outlook, Google Calendar and Apple
 * Calendar import. All RFC 5545 text (escaping, property syntax) is ical-generator's; this
 * module only decides which events there are and what they say. Folding is done in one linear
 * pass of our own, byte-identical to the library's (calendarText.ts explains why).
 */
import ical, {
  ICalAlarmType,
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
  escape,
} from "ical-generator";
import type { ICalCalendar, ICalEventData } from "ical-generator";
import { addDays } from "../dates";
import type { Language, Occurrence, ParsedWhen, Timeline, TimelineEntry } from "../types";
import { icsDate, icsDateTime } from "./icsDateValues";
import { tableWhen } from "../table/tableWhen";
import { calendarText } from "./calendarText";
import { exportIds, uidDomain } from "./identity";
import { DEADLINE_PREFIX, DESCRIPTION_LABELS, KIND_NAMES, pick } from "./icsText";
import { STOCKHOLM_TZID, stockholmTimezoneGenerator } from "./stockholmTimezone";

export interface IcsOptions {
  /** "add": events go into the user's own calendar; "separate": opened as a calendar of its own. */
  readonly profile: "add" | "separate";
  /** Only this owner's entries (compared case-insensitively). */
  readonly owner?: string;
  /** A reminder (VALARM) this many days before each deadline. */
  readonly reminderDaysBeforeDeadline?: number;
  /** Include month, range, week and season entries (default true). */
  readonly includeSpans?: boolean;
  /** DTSTAMP (tests fix it); default now. */
  readonly dtstamp?: Date;
  /** Language of the deadline prefix, the description labels and the categories (default "sv"). */
  readonly lang?: Language;
}

export interface IcsResult {
  /** The iCalendar text, CRLF line endings, folded at 75 octets. */
  readonly text: string;
  readonly eventCount: number;
  /** Entries left out because their När text could not be read. */
  readonly unreadableCount: number;
}

const PRODID = { company: "Tidsplan", product: "Tidsplan 0.1", language: "SV" };
const SPAN_PRECISIONS: ReadonlySet<string> = new Set([
  "week",
  "month",
  "months",
  "part-of-month",
  "season",
  "quarter",
]);
const DEFAULT_MEETING_MINUTES = 60;

/**
 * Writes a timeline as an iCalendar file: one VEVENT per occurrence.
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
  const ids = exportIds(timeline.entries);
  const domain = uidDomain(timeline.plan);
  let unreadableCount = 0;
  timeline.entries.forEach((entry, entryIndex) => {
    if (owner !== undefined && owner !== "" && entry.owner.toLocaleLowerCase("sv") !== owner) {
      return;
    }
    if (!entry.parsed.ok) {
      unreadableCount++;
      return;
    }
    const parsed = entry.parsed;
    const uidBase = `${ids[entryIndex] ?? entry.id}-`;
    parsed.occurrences.forEach((occurrence, index) => {
      if (!includeSpans && isSpan(parsed, occurrence)) return;
      const uid = `${uidBase}${index}@${domain}`;
      calendar.createEvent(eventData(entry, parsed, occurrence, uid, timeline, options, lang, stamp));
    });
  });
  const text = calendarText(calendar, newCalendar(timeline, options));
  return { text, eventCount: calendar.length(), unreadableCount };
}

function newCalendar(timeline: Timeline, options: IcsOptions): ICalCalendar {
  const calendar = ical({
    prodId: PRODID,
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone name: DTSTAMP stays in UTC; the generator still writes the
    // VTIMEZONE for the zone of timed events.
    timezone: { name: null, generator: stockholmTimezoneGenerator },
  });
  if (options.profile === "separate") {
    // ical-generator writes NAME/X-WR-CALNAME unescaped; escape so a title can never break a line.
    calendar.name(escape(timeline.plan.title || `Tidsplan ${timeline.plan.year}`, false));
  }
  return calendar;
}

function isSpan(parsed: ParsedWhen, occurrence: Occurrence): boolean {
  return SPAN_PRECISIONS.has(parsed.precision) || !sameDay(occurrence.start, occurrence.end);
}

function sameDay(a: Occurrence["start"], b: Occurrence["start"]): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function eventData(
  entry: TimelineEntry,
  parsed: ParsedWhen,
  occurrence: Occurrence,
  uid: string,
  timeline: Timeline,
  options: IcsOptions,
  lang: Language,
  stamp: Date,
): ICalEventData {
  const summary = (parsed.deadline ? pick(DEADLINE_PREFIX, lang) : "") + entry.event;
  const categories = [entry.owner, pick(KIND_NAMES[entry.kind], lang)]
    .filter((name) => name.trim() !== "")
    .map((name) => ({ name }));
  const reminder = options.reminderDaysBeforeDeadline;
  const alarms =
    parsed.deadline && reminder !== undefined && reminder > 0
      ? [{ type: ICalAlarmType.display, trigger: reminder * 86_400, description: summary }]
      : [];
  return {
    id: uid,
    stamp,
    summary,
    description: description(entry, timeline, lang),
    categories,
    alarms,
    status: parsed.tentative ? ICalEventStatus.TENTATIVE : null,
    ...timing(parsed, occurrence),
  };
}

type Timing = Pick<ICalEventData, "allDay" | "timezone" | "start" | "end" | "transparency">;

function timing(parsed: ParsedWhen, occurrence: Occurrence): Timing {
  if (occurrence.startTime !== undefined) {
    const end = occurrence.endTime ?? addMinutes(occurrence.startTime, DEFAULT_MEETING_MINUTES);
    return {
      allDay: false,
      timezone: STOCKHOLM_TZID,
      start: icsDateTime(occurrence.start, occurrence.startTime),
      end: icsDateTime(occurrence.end, end),
    };
  }
  return {
    allDay: true,
    start: icsDate(occurrence.start),
    // RFC 5545 §3.6.1: DTEND of an all-day event is exclusive, so it is the day after the last.
    end: icsDate(addDays(occurrence.end, 1)),
    // A span must not block anyone's free/busy time (RFC 5545 §3.8.2.7).
    transparency: isSpan(parsed, occurrence) ? ICalEventTransparency.TRANSPARENT : null,
  };
}

function addMinutes(time: { hour: number; minute: number }, minutes: number) {
  const total = Math.min(time.hour * 60 + time.minute + minutes, 23 * 60 + 59);
  return { hour: Math.floor(total / 60), minute: total % 60 };
}

function description(entry: TimelineEntry, timeline: Timeline, lang: Language): string {
  const lines: string[] = [];
  const add = (label: keyof typeof DESCRIPTION_LABELS, value: string) => {
    if (value.trim() !== "") lines.push(`${pick(DESCRIPTION_LABELS[label], lang)}: ${value}`);
  };
  add("owner", entry.owner);
  add("notes", entry.notes);
  // The När as the table writes it (month/year from the heading written out), so a plan exported
  // from its text and from its workbook describes each event alike.
  add("when", tableWhen(entry, timeline.plan.year));
  add("plan", timeline.plan.title);
  return lines.join("\n");
}
