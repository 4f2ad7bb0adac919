/**
 * "Kontrollera / Check": read the Tidsplan table, import and validate it, write ID, Start, Slut,
 * Kategori and Kontroll back (matched by ID), and return the findings. Shared by the pane's
 * button, the pane's live re-check and the ribbon command. One port call: checkTable (reads the
 * table and the owner register, checks, writes, in one batch: two syncs in Excel); none per row.
 */
import type { Finding, Fix, Language, OwnerRecord, RawRow, Timeline } from "../domain/types";
import { computeCheckUpdates } from "../domain/table";
import { summarize, type FindingSummary } from "../domain/validate";
import type { PortResult, WorkbookPort } from "../excel/workbookPort";
import { importRows } from "../domain/import";
import { validateTimeline } from "../domain/validate";
import { readRegler, type ReglerRead } from "../domain/governance";
import { fallbackPlan } from "./workbookTimeline";

/** What a check found and did. */
export interface CheckOutcome {
  readonly timeline: Timeline;
  readonly owners: OwnerRecord[] | null;
  /** The Regler table's settings and the cells it could not read; null without a Regler table. */
  readonly rules: ReglerRead | null;
  /** The findings; entry ids are those now in the table's ID column. */
  readonly findings: Finding[];
  readonly summary: FindingSummary;
  /** Rows whose Kontroll cell was written (0 when the write was skipped as unchanged). */
  readonly written: number;
  /** What the user wrote in the table (not the add-in's columns), to tell own writes from edits. */
  readonly fingerprint: string;
  /** True when the table held the same user content as `unlessUnchangedFrom`: nothing was written. */
  readonly unchanged: boolean;
}

/** Options of {@link checkWorkbook}. */
export interface CheckOptions {
  /**
   * The fingerprint of the previous check. When the table's user content is the same (the change
   * event came from the add-in's own Kontroll write), nothing is written back.
   */
  readonly unlessUnchangedFrom?: string;
  /**
   * Read and check, write nothing: the live re-check while the user types. On Excel builds
   * without undo support for add-in writes, every write clears the user's undo history
   * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities), so the
   * sheet is written only when the user asks (Kontrollera, a fix).
   */
  readonly readOnly?: boolean;
}

/**
 * The user-written content of the rows: ID, När, Händelse, Ansvarig, Innehåll and Kategori, in
 * table order. Kontroll, Start and Slut are the add-in's and do not count.
 */
export function rowsFingerprint(rows: readonly RawRow[]): string {
  return JSON.stringify(
    rows.map((row) => [
      row.line,
      row.id ?? "",
      row.when,
      row.whenDate ?? null,
      row.event,
      row.owner,
      row.notes,
      row.category ?? "",
    ]),
  );
}

function renameFix(fix: Fix | undefined, rename: (id: string) => string): Fix | undefined {
  if (fix === undefined || fix.type === "sort-chronologically") return fix;
  return { ...fix, entryId: rename(fix.entryId) };
}

/** Findings with entry ids replaced by the IDs the write assigned (rows that had none). */
export function withAssignedIds(
  findings: readonly Finding[],
  assigned: Readonly<Record<string, string>>,
): Finding[] {
  const rename = (id: string): string => assigned[id] ?? id;
  return findings.map((finding) => {
    const fix = renameFix(finding.fix, rename);
    return {
      ...finding,
      entryId: rename(finding.entryId),
      ...(fix === undefined ? {} : { fix }),
      ...(finding.relatedEntryIds === undefined
        ? {}
        : { relatedEntryIds: finding.relatedEntryIds.map(rename) }),
    };
  });
}

/**
 * Check the workbook's timeline and write the results into the table. Resolves to null when
 * the workbook has no Tidsplan table; a port failure comes back as it is.
 */
export async function checkWorkbook(
  port: WorkbookPort,
  lang: Language,
  options: CheckOptions = {},
): Promise<PortResult<CheckOutcome | null>> {
  const checked: {
    value?: {
      timeline: Timeline;
      owners: OwnerRecord[] | null;
      rules: ReglerRead | null;
      findings: Finding[];
      fingerprint: string;
      unchanged: boolean;
    };
  } = {};
  // The check runs between checkTable's read and write, so it must not call the port itself:
  // the owner register comes with the table.
  const result = await port.checkTable((table) => {
    const timeline = importRows(table.rows, table.plan ?? fallbackPlan());
    // The Regler table comes with the table (same batch); without it, the law's defaults.
    const rules = table.rules === undefined || table.rules === null ? null : readRegler(table.rules);
    const findings = validateTimeline(timeline, {
      ...(table.owners === null ? {} : { owners: table.owners }),
      ...(rules === null ? {} : { governance: rules.settings }),
    });
    const fingerprint = rowsFingerprint(table.rows) + (rules === null ? "" : JSON.stringify(table.rules));
    const unchanged = options.unlessUnchangedFrom === fingerprint;
    checked.value = { timeline, owners: table.owners, rules, findings, fingerprint, unchanged };
    return unchanged || options.readOnly === true
      ? []
      : computeCheckUpdates(table.rows, timeline, findings, lang);
  });
  if (!result.ok) return result.code === "no-table" ? { ok: true, value: null } : result;
  if (checked.value === undefined) return { ok: true, value: null };
  const { timeline, owners, rules, findings, fingerprint, unchanged } = checked.value;
  const summary = summarize(findings);
  // Unchanged: the check returned no updates, so nothing was written and no ID was assigned.
  const { write } = result.value;
  return {
    ok: true,
    value: {
      timeline,
      owners,
      rules,
      findings: withAssignedIds(findings, write.assignedIds),
      summary,
      written: write.written,
      fingerprint,
      unchanged,
    },
  };
}
