/**
 * Small plans for the rollover tests: rows of När and Händelse imported as a user's paste would be.
 */
import { importTimeline } from "../import/importTimeline";
import type { Timeline } from "../types";

/** A plan of `year` with these rows (När, Händelse[, Ansvar]). */
export function planOf(year: number, rows: readonly (readonly string[])[]): Timeline {
  const text = [
    `TIDSPLAN ${year}`,
    "",
    "När\tHändelse\tAnsvar",
    ...rows.map((r) => [r[0], r[1], r[2] ?? "Nämnden"].join("\t")),
  ].join("\n");
  const result = importTimeline({ text, fileName: `plan-${year}.txt`, planYear: year });
  if (!result.ok) throw new Error(`test plan did not import: ${result.message.en}`);
  return result.timeline;
}
