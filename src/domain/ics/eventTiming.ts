/**
 * When an event is and whether it blocks time: all-day dates (DTEND exclusive), timed meetings in
 * Europe/Stockholm, one timed event per day for a timed range over several days, and TRANSP with
 * Outlook's busy status.
 */
import { ICalEventTransparency } from "ical-generator";
import type { ICalEventData } from "ical-generator";
import { addDays, compareDates } from "../dates/plainDate";
import type { Occurrence, ParsedWhen, PlainDate, PlainTime } from "../types";
import { icsDate, icsDateTime } from "./icsDateValues";
import { STOCKHOLM_TZID } from "./stockholmTimezone";

const DEFAULT_MEETING_MINUTES = 60;
const SPAN_PRECISIONS: ReadonlySet<string> = new Set([
  "week",
  "month",
  "months",
  "part-of-month",
  "season",
  "quarter",
]);

/** Whether a plan's all-day dates block the day ("free": they never do). */
export type AllDayBusy = "free" | "busy";

/** One event to write: a day or span of days, with a time or all day. */
export interface EventSlot {
  readonly start: PlainDate;
  /** Inclusive last day. */
  readonly end: PlainDate;
  readonly startTime?: PlainTime;
  readonly endTime?: PlainTime;
  /** The UID's occurrence part: "0", "1", … or "0-20070104" for one day of a timed range. */
  readonly key: string;
  /** A month, week, season or range of days: never busy. */
  readonly span: boolean;
}

function sameDay(a: PlainDate, b: PlainDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function dayKey(date: PlainDate): string {
  return `${date.year}${String(date.month).padStart(2, "0")}${String(date.day).padStart(2, "0")}`;
}

/**
 * True when an occurrence is a span (month, week, season, a range of days), not a single day.
 *
 * @example
 * isSpan(parsedMonth, parsedMonth.occurrences[0]) // → true
 */
export function isSpan(parsed: ParsedWhen, occurrence: Occurrence): boolean {
  return SPAN_PRECISIONS.has(parsed.precision) || !sameDay(occurrence.start, occurrence.end);
}

/**
 * The events of one occurrence. A timed occurrence over several days ("4–22 januari kl. 8.30")
 * is one timed event per day, never one busy block from the first day to the last; every other
 * occurrence is one event.
 *
 * @example
 * eventSlots(parsed, { start: 4 jan, end: 6 jan, startTime: 8.30 }, 0) // three slots, keys "0-20070104" … "0-20070106"
 */
export function eventSlots(parsed: ParsedWhen, occurrence: Occurrence, index: number): EventSlot[] {
  const span = isSpan(parsed, occurrence);
  const timed = occurrence.startTime !== undefined;
  if (!timed || sameDay(occurrence.start, occurrence.end)) {
    return [{ ...occurrence, key: String(index), span: span && !timed }];
  }
  const slots: EventSlot[] = [];
  // Bounded: a timed range is at most a year of days.
  for (
    let day = occurrence.start, n = 0;
    compareDates(day, occurrence.end) <= 0 && n < 366;
    day = addDays(day, 1), n += 1
  ) {
    slots.push({
      start: day,
      end: day,
      startTime: occurrence.startTime,
      ...(occurrence.endTime === undefined ? {} : { endTime: occurrence.endTime }),
      key: `${index}-${dayKey(day)}`,
      span: false,
    });
  }
  return slots;
}

type Timing = Pick<ICalEventData, "allDay" | "timezone" | "start" | "end" | "transparency" | "x">;

function addMinutes(time: PlainTime, minutes: number): PlainTime {
  const total = Math.min(time.hour * 60 + time.minute + minutes, 23 * 60 + 59);
  return { hour: Math.floor(total / 60), minute: total % 60 };
}

/**
 * The dates, zone and busy status of a slot. Timed events are busy (TRANSP:OPAQUE, RFC 5545
 * §3.8.2.7). All-day events are free by default: TRANSP:TRANSPARENT for every reader, and
 * X-MICROSOFT-CDO-BUSYSTATUS:FREE, which Outlook maps to its busy status ([MS-OXCICAL],
 * "X-MICROSOFT-CDO-BUSYSTATUS", learn.microsoft.com/openspecs/exchange_server_protocols/ms-oxcical/
 * cd68eae7-ed65-4dd3-8ea7-ad585c76c736). With `allDay: "busy"` a one-day item blocks its day; a
 * span (a month, a season) never does.
 *
 * @example
 * slotTiming(slot, "free") // { allDay: true, start: …, end: …, transparency: "TRANSPARENT", x: [[…BUSYSTATUS, "FREE"]] }
 */
export function slotTiming(slot: EventSlot, allDay: AllDayBusy): Timing {
  if (slot.startTime !== undefined) {
    const end = slot.endTime ?? addMinutes(slot.startTime, DEFAULT_MEETING_MINUTES);
    return {
      allDay: false,
      timezone: STOCKHOLM_TZID,
      start: icsDateTime(slot.start, slot.startTime),
      end: icsDateTime(slot.end, end),
      transparency: ICalEventTransparency.OPAQUE,
      x: [["X-MICROSOFT-CDO-BUSYSTATUS", "BUSY"]],
    };
  }
  const free = slot.span || allDay === "free";
  return {
    allDay: true,
    start: icsDate(slot.start),
    // RFC 5545 §3.6.1: DTEND of an all-day event is exclusive, so it is the day after the last.
    end: icsDate(addDays(slot.end, 1)),
    transparency: free ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    x: [["X-MICROSOFT-CDO-BUSYSTATUS", free ? "FREE" : "BUSY"]],
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * The DTSTART and DTEND content lines ical-generator writes for a slot (compared with a previous
 * export's lines to decide SEQUENCE; a test reads them back from the file).
 *
 * @example
 * slotDateLines(allDaySlot) // ["DTSTART;VALUE=DATE:20070205", "DTEND;VALUE=DATE:20070206"]
 */
export function slotDateLines(slot: EventSlot): [string, string] {
  const date = (d: PlainDate) => `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;
  if (slot.startTime === undefined) {
    return [`DTSTART;VALUE=DATE:${date(slot.start)}`, `DTEND;VALUE=DATE:${date(addDays(slot.end, 1))}`];
  }
  const end = slot.endTime ?? addMinutes(slot.startTime, DEFAULT_MEETING_MINUTES);
  const time = (t: PlainTime) => `T${pad(t.hour)}${pad(t.minute)}00`;
  return [
    `DTSTART;TZID=${STOCKHOLM_TZID}:${date(slot.start)}${time(slot.startTime)}`,
    `DTEND;TZID=${STOCKHOLM_TZID}:${date(slot.end)}${time(end)}`,
  ];
}
