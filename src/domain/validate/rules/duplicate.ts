import { compareDates } from "../../dates/plainDate";
import { shortEvent } from "../describe";
import { entrySpans, type EntrySpan } from "../entryDates";
import { entryFinding } from "../finding";
import type { Rule } from "../ruleContext";
import { singleSpaced } from "../../spacing";
import type { Finding, TimelineEntry } from "../../types";

interface Item {
  readonly entry: TimelineEntry;
  readonly span: EntrySpan;
}

function normalise(event: string): string {
  let text = event.toLowerCase();
  // Each replace only when it would change something: most texts need neither, and a replace
  // allocates a new string per row even when nothing matches.
  if (/[.,;:!?]$/u.test(text)) text = text.replace(/[.,;:!?]+$/u, "");
  return singleSpaced(text).trim();
}

function overlaps(a: EntrySpan, b: EntrySpan): boolean {
  return compareDates(a.start, b.end) <= 0 && compareDates(b.start, a.end) <= 0;
}

/** Beyond this many rows with one text, only neighbours are compared (keeps huge plans fast). */
const PAIRWISE_LIMIT = 200;

/**
 * duplicate (warning): two rows with the same event text (ignoring case, spacing and a final
 * full stop) whose dates overlap. Reported once per pair, on the later row, naming both lines.
 *
 * @example
 * duplicate({ timeline, options: {} })[0].message.en; // 'Lines 35 and 41 are the same event …'
 */
export const duplicate: Rule = ({ timeline }) => {
  const groups = new Map<string, Item[]>();
  const entries = timeline.entries;
  const spans = entrySpans(entries);
  // Indexed, not for…of: unoptimised for…of allocates per entry, and a CLI call runs cold.
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry === undefined) continue;
    const key = normalise(entry.event);
    const span = spans[index];
    if (key === "" || span === undefined) continue;
    const list = groups.get(key) ?? [];
    list.push({ entry, span });
    groups.set(key, list);
  }
  const findings: Finding[] = [];
  for (const items of groups.values()) {
    for (let j = 1; j < items.length; j += 1) {
      const later = items[j];
      if (later === undefined) continue;
      for (let i = items.length > PAIRWISE_LIMIT ? j - 1 : 0; i < j; i += 1) {
        const earlier = items[i];
        if (earlier === undefined || !overlaps(earlier.span, later.span)) continue;
        const [a, b] = [earlier.entry.line, later.entry.line];
        const event = shortEvent(later.entry);
        findings.push(
          entryFinding(later.entry, {
            code: "duplicate",
            severity: "warning",
            column: "event",
            message: {
              sv: `Rad ${a} och rad ${b} är samma händelse ("${event}") med överlappande datum. Ta bort den ena eller skilj dem åt.`,
              en: `Lines ${a} and ${b} are the same event ("${event}") with overlapping dates. Delete one or tell them apart.`,
            },
            short: { sv: `Dubblett av rad ${a}`, en: `Duplicate of line ${a}` },
            relatedEntryIds: [earlier.entry.id],
          }),
        );
      }
    }
  }
  return findings;
};
