/** The bilingual failure messages of {@link parseWhen}. Each quotes the text as written. */
import type { WhenFailure } from "../types";

const EXAMPLES_SV = `"7 mars", "2026-03-07", "7/3", "7–9 oktober", "mars-april", "v. 7", "i slutet av maj", "hösten", "Q2"`;
const EXAMPLES_EN = `"7 March", "2026-03-07", "7/3", "7–9 October", "March-April", "week 7", "end of May", "autumn", "Q2"`;

/**
 * The failure for a När text, by reason.
 *
 * @example
 * whenFailure("invalid-date", "31 februari").message.en; // '"31 februari" is not a valid date …'
 */
export function whenFailure(reason: string, text: string): WhenFailure {
  const quoted = `"${text.trim()}"`;
  switch (reason) {
    case "empty":
      return {
        ok: false,
        reason,
        message: { sv: "När saknas: ingen tidpunkt angiven.", en: "När (when) is empty: no date given." },
      };
    case "no-date":
      return {
        ok: false,
        reason,
        message: {
          sv: `${quoted} betyder inget datum (ingen händelse).`,
          en: `${quoted} means no date (nothing happens).`,
        },
      };
    case "invalid-date":
      return {
        ok: false,
        reason,
        message: {
          sv: `${quoted} innehåller ett datum som inte finns (t.ex. 31 februari eller månad 13).`,
          en: `${quoted} contains a date that does not exist (such as 31 February or month 13).`,
        },
      };
    case "invalid-week":
      return {
        ok: false,
        reason,
        message: {
          sv: `${quoted} anger en vecka som inte finns det året (veckor är 1–52, ibland 53).`,
          en: `${quoted} names a week that does not exist in that year (weeks are 1–52, sometimes 53).`,
        },
      };
    case "invalid-quarter":
      return {
        ok: false,
        reason,
        message: {
          sv: `${quoted} anger ett kvartal, tertial eller halvår som inte finns (kvartal 1–4, tertial 1–3, halvår 1–2).`,
          en: `${quoted} names a quarter, tertial or half-year that does not exist (quarters 1–4, tertials 1–3, halves 1–2).`,
        },
      };
    default:
      return {
        ok: false,
        reason: "unrecognised",
        message: {
          sv: `Kan inte läsa ${quoted} som en tidpunkt. Skriv till exempel ${EXAMPLES_SV}.`,
          en: `Cannot read ${quoted} as a date. Write for example ${EXAMPLES_EN}.`,
        },
      };
  }
}
