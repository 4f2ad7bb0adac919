import { compareDates } from "../../dates/plainDate";
import { shortEvent } from "../describe";
import { entrySpan, type EntrySpan } from "../entryDates";
import { entryFinding } from "../finding";
import type { Rule } from "../ruleContext";
import type { Finding, TimelineEntry } from "../../types";

interface Item {
  readonly entry: TimelineEntry;
  readonly span: EntrySpan;
}

function normalise(event: string): string {
  return event
    .toLowerCase()
    .replace(/[.,;:!?]+$/u, "")
    .replace(/\s+/g, " ")
    .trim();
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
  for (const entry of timeline.entries) {
    const key = normalise(entry.event);
    const span = entrySpan(entry);
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
