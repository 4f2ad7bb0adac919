/**
 * Builds a {@link Finding} for an entry.
 */
import type { Bilingual, Finding, FindingColumn, Fix, Severity, TimelineEntry } from "../types";

export interface FindingParts {
  readonly code: string;
  readonly severity: Severity;
  readonly column?: FindingColumn;
  readonly message: Bilingual;
  readonly short: Bilingual;
  readonly fix?: Fix;
  readonly relatedEntryIds?: readonly string[];
}

/**
 * A finding about one entry (its id and line filled in).
 *
 * @example
 * entryFinding(entry, { code: "empty-event", severity: "error", column: "event", message, short });
 */
export function entryFinding(entry: TimelineEntry, parts: FindingParts): Finding {
  return {
    code: parts.code,
    severity: parts.severity,
    entryId: entry.id,
    line: entry.line,
    ...(parts.column !== undefined ? { column: parts.column } : {}),
    message: parts.message,
    short: parts.short,
    ...(parts.fix !== undefined ? { fix: parts.fix } : {}),
    ...(parts.relatedEntryIds !== undefined ? { relatedEntryIds: parts.relatedEntryIds } : {}),
  };
}
