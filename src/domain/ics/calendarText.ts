/**
 * Turns a finished ical-generator calendar into its iCalendar text, byte for byte what
 * `calendar.toString()` returns, in time linear in the size of the file.
 *
 * ical-generator writes every property; `calendar.toString()` then folds the whole text with a
 * per-character `TextEncoder` (see foldLines.ts), which made a 10,000-entry plan take seconds.
 * Here each event's text still comes from ical-generator (`ICalEvent.toString()`, unfolded),
 * and so does the calendar around them: a layout calendar with the same settings and one
 * placeholder event per time zone in use writes the header, the VTIMEZONE blocks and the end.
 * Folding is per content line (RFC 5545 §3.1), so folding the event lines in our own pass and
 * putting them in place of the placeholders gives exactly the library's output.
 */
import type { ICalCalendar } from "ical-generator";
import { foldIcsLines } from "./foldLines";

const LAYOUT_UID = "tidsplan-layout-placeholder";
/** The first placeholder, anchored on its UID so no header text can be taken for it. */
const FIRST_PLACEHOLDER = `\r\nBEGIN:VEVENT\r\nUID:${LAYOUT_UID}\r\n`;
const END_EVENT = "\r\nEND:VEVENT\r\n";
const LAYOUT_START = new Date(Date.UTC(2000, 0, 1));

/**
 * The text of `calendar`, equal to `calendar.toString()`. `emptyLayout` must be a fresh calendar
 * with the same settings and no events (the caller's factory makes both); placeholder events are
 * added to it.
 *
 * @example
 * const text = calendarText(calendar, makeCalendar()); // "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…"
 */
export function calendarText(calendar: ICalCalendar, emptyLayout: ICalCalendar): string {
  const events = calendar.events();
  if (events.length === 0) return calendar.toString();
  const zones = new Set(events.map((event) => event.timezone()));
  for (const zone of zones) {
    // A placeholder per zone, so the layout asks the timezone generator for the same VTIMEZONEs.
    emptyLayout.createEvent({ id: LAYOUT_UID, start: LAYOUT_START, timezone: zone });
  }
  const layout = emptyLayout.toString();
  const first = layout.indexOf(FIRST_PLACEHOLDER);
  const last = layout.lastIndexOf(END_EVENT);
  // Not expected with ical-generator 10; the library's own (slow) path is always right.
  if (first < 0 || last < first) return calendar.toString();
  const body = foldIcsLines(events.map((event) => event.toString()).join(""));
  return layout.slice(0, first + 2) + body + layout.slice(last + END_EVENT.length);
}
