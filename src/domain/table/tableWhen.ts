/**
 * The När text a table row gets. A document's month and year headings give meaning to the När
 * texts under them ("5-9" under MARS is 5–9 March; "12 mars" under "År 2008" is in 2008), and a
 * table has no headings: a text that needs its heading gets the month and/or year written after
 * it, so the table reads back as the same dates. Found by the table round-trip property test.
 */
import { monthName } from "../dates/months";
import { occurrenceText } from "../dates/occurrenceText";
import { parseWhen } from "../dates/parseWhen";
import type { Occurrence, TimelineEntry } from "../types";

function sameOccurrences(a: readonly Occurrence[], b: readonly Occurrence[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The När text for an entry's table row, read without headings in a plan of `planYear`: the
 * text as written when it reads the same there, otherwise the first of "text month",
 * "text month year", "text year" that does (for an empty När: "month", "month year"); an
 * unreadable När the same way, keeping its reason. Entries without heading context, and texts no
 * variant reads the same, keep their text (an empty När under a month heading: the month's name).
 *
 * @example
 * // "5-9" under the heading JANUARI of a 2007 plan:
 * tableWhen(entry, 2007) // → "5-9 januari"
 */
export function tableWhen(entry: TimelineEntry, planYear: number): string {
  const month = entry.headingMonth === undefined ? undefined : monthName(entry.headingMonth, "sv");
  const fallback = entry.when === "" && month !== undefined ? month : entry.when;
  const wanted = entry.parsed;
  if (entry.headingMonth === undefined && entry.headingYear === undefined) {
    // A year the document's reading inferred (a row with a written year above, a plan across New
    // Year) is written out when it is not the plan year, so the table means the same dates.
    const first = wanted.ok && !wanted.explicitYear ? wanted.occurrences[0] : undefined;
    if (first === undefined || first.start.year === planYear) return fallback;
    const text = entry.when === "" ? monthName(first.start.month, "sv") : entry.when;
    const candidate = `${text} ${first.start.year}`;
    const parsed = parseWhen(candidate, { planYear });
    return wanted.ok && parsed.ok && sameOccurrences(parsed.occurrences, wanted.occurrences) ? candidate : fallback;
  }
  const year = String(
    entry.headingYear ?? (wanted.ok ? wanted.occurrences[0]?.start.year : undefined) ?? planYear,
  );
  const base = entry.when === "" ? [] : [entry.when];
  const candidates =
    month === undefined
      ? [...base, ...base.map((when) => `${when} ${year}`)]
      : entry.when === ""
        ? [month, `${month} ${year}`]
        : [entry.when, `${entry.when} ${month}`, `${entry.when} ${month} ${year}`, `${entry.when} ${year}`];
  // An unreadable När keeps its reason too: "0" under JANUARI is a day that does not exist
  // ("0 januari"), where a bare "0" would read as no date at all.
  // Last, the dates themselves ("1 januari 2026"): a När no variant reads the same way (a stray
  // character after the day, "1丽" under JANUARI) must still mean its dates in the table.
  if (wanted.ok && entry.when !== "") candidates.push(wanted.occurrences.map((o) => occurrenceText(o, true)).join(", "));
  const found = candidates.find((text) => {
    const parsed = parseWhen(text, { planYear });
    return wanted.ok
      ? parsed.ok && sameOccurrences(parsed.occurrences, wanted.occurrences)
      : !parsed.ok && parsed.reason === wanted.reason;
  });
  return found ?? fallback;
}
