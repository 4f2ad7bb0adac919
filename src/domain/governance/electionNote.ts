/**
 * The line that says a plan's year is a valår (CLI summary, pane header).
 */
import { formatDate } from "../validate/describe";
import type { Bilingual } from "../types";
import { electionDay } from "./electionYear";

/**
 * "Valår: valdag 13 september 2026" for a valår, undefined for other years.
 *
 * @example
 * electionYearNote(2026); // { sv: "Valår: valdag 13 september 2026", en: "Election year: election day 13 September 2026" }
 * electionYearNote(2007); // undefined
 */
export function electionYearNote(year: number): Bilingual | undefined {
  const day = electionDay(year);
  if (day === undefined) return undefined;
  const d = formatDate(day);
  return { sv: `Valår: valdag ${d.sv}`, en: `Election year: election day ${d.en}` };
}
