import { compareDates } from "../../dates/plainDate";
import { entrySpans } from "../entryDates";
import type { Rule } from "../ruleContext";
import type { PlainDate, TimelineEntry } from "../../types";

/**
 * not-chronological (info, once per plan): a row that ends before an earlier row starts.
 * Rows whose span still reaches the earlier start (a month row after a day in that month) are in order.
 *
 * @example
 * notChronological({ timeline, options: {} }); // [{ code: "not-chronological", fix: { type: "sort-chronologically" } }]
 */
export const notChronological: Rule = ({ timeline }) => {
  let latestStart: PlainDate | undefined;
  let previous: TimelineEntry | undefined;
  const entries = timeline.entries;
  const spans = entrySpans(entries);
  // Indexed, not for…of: unoptimised for…of allocates per entry, and a CLI call runs cold.
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry === undefined) continue;
    const span = spans[index];
    if (span === undefined) continue;
    if (latestStart !== undefined && previous !== undefined && compareDates(span.end, latestStart) < 0) {
      return [
        {
          code: "not-chronological",
          severity: "info",
          entryId: "",
          line: entry.line,
          column: "when",
          message: {
            sv: `Raderna står inte i datumordning (rad ${entry.line} kommer efter rad ${previous.line}). Sortera planen efter datum.`,
            en: `The rows are not in date order (line ${entry.line} comes after line ${previous.line}). Sort the plan by date.`,
          },
          short: { sv: "Ej i datumordning", en: "Not in date order" },
          fix: { type: "sort-chronologically" },
          relatedEntryIds: [entry.id, previous.id],
        },
      ];
    }
    if (latestStart === undefined || compareDates(span.start, latestStart) > 0) {
      latestStart = span.start;
      previous = entry;
    }
  }
  return [];
};
