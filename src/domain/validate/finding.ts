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
  // Built in place, keys in the order a finding has always had (optional keys absent, not
  // undefined): conditional spreads per finding showed in the validation profile.
  const finding: Writable<Finding> = {
    code: parts.code,
    severity: parts.severity,
    entryId: entry.id,
    line: entry.line,
  } as Writable<Finding>;
  if (parts.column !== undefined) finding.column = parts.column;
  finding.message = parts.message;
  finding.short = parts.short;
  if (parts.fix !== undefined) finding.fix = parts.fix;
  if (parts.relatedEntryIds !== undefined) finding.relatedEntryIds = parts.relatedEntryIds;
  return finding;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };
