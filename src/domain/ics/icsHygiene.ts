/**
 * Text that is safe in an iCalendar TEXT value. RFC 5545 §3.3.11 allows no control characters in
 * TEXT except HTAB; a line break is written as "\n" (ical-generator escapes it). A raw CR, a NUL
 * from a PDF copy or an ESC would otherwise reach the file: one parser refuses such a file,
 * another reads something else than was meant.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * `text` with CR LF and CR turned into LF and every other control character except TAB and LF
 * removed (RFC 5545 §3.3.11).
 *
 * @example
 * icsClean("Budget\r\n2008\u0000") // → "Budget\n2008"
 */
export function icsClean(text: string): string {
  // Nearly every cell has none: one test instead of two replaces (a 100,000-row plan has 500,000).
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(/\r\n?/g, "\n").replace(CONTROL, "");
}

// eslint-disable-next-line no-control-regex -- CR and the control characters removed below
const NEEDS_CLEANING = /[\u0000-\u0008\u000b-\u001f\u007f]/;
