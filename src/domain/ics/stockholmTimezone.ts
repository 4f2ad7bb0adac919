/**
 * The VTIMEZONE component for Europe/Stockholm, given to ical-generator as its timezone
 * generator. Written statically (CET/CEST with the EU rule: last Sunday of March and October)
 * so that the output never depends on the machine's time zone database.
 */

/** The time zone every timed plan event is in. */
export const STOCKHOLM_TZID = "Europe/Stockholm";

// RFC 5545 §3.6.5: a VTIMEZONE with one STANDARD and one DAYLIGHT sub-component, each with an
// RRULE, describes the zone for all years since 1996 (the EU's harmonised rule).
const STOCKHOLM_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Stockholm",
  "X-LIC-LOCATION:Europe/Stockholm",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

/**
 * ical-generator's timezone generator: the VTIMEZONE text for a TZID, or null for zones we do
 * not write (none are used).
 *
 * @example
 * stockholmTimezoneGenerator("Europe/Stockholm"); // "BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm…"
 */
export function stockholmTimezoneGenerator(tzid: string): string | null {
  return tzid === STOCKHOLM_TZID ? STOCKHOLM_VTIMEZONE : null;
}
