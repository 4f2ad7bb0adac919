/**
 * Plain text as an Excel page header section. In a header, `&` starts a code (`&P` page number,
 * `&D` date …) and `&&` prints one ampersand; a header holds at most 255 characters. Both from
 * Microsoft: "Formatting and VBA codes for headers and footers"
 * (https://learn.microsoft.com/office/vba/excel/concepts/workbooks-and-worksheets/formatting-and-vba-codes-for-headers-and-footers)
 * and "Excel specifications and limits" (255 characters in a header or footer:
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 */

/** Excel's limit on a header or footer, in characters, codes included. */
export const HEADER_MAX_CHARS = 255;

/**
 * `text` escaped for a header section, shortened with "…" so that it and `reserved` characters of
 * codes around it (e.g. 2 for "&C") stay within {@link HEADER_MAX_CHARS}. An `&&` pair is never
 * cut in half.
 *
 * @example headerText("Vård & omsorg") // "Vård && omsorg"
 */
export function headerText(text: string, reserved = 0): string {
  const room = HEADER_MAX_CHARS - reserved;
  const escaped = text.replace(/&/g, "&&");
  if (escaped.length <= room) return escaped;
  let out = "";
  for (const ch of text) {
    const piece = ch === "&" ? "&&" : ch;
    if (out.length + piece.length + 1 > room) break;
    out += piece;
  }
  return `${out}…`;
}
