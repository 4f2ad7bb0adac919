/**
 * validateTimeline: every rule over the whole timeline, all findings at once.
 */
import type { Finding, Severity, Timeline } from "../types";
import type { Rule, ValidateOptions } from "./ruleContext";
import { afterMeeting } from "./rules/afterMeeting";
import { annualReport } from "./rules/annualReport";
import { announcement } from "./rules/announcement";
import { bodyOrder } from "./rules/bodyOrder";
import { budgetDecision } from "./rules/budgetDecision";
import { budgetProposal } from "./rules/budgetProposal";
import { electionPeriod } from "./rules/electionPeriod";
import { interimReport } from "./rules/interimReport";
import { mblBeforeDecision } from "./rules/mblBeforeDecision";
import { sundayRule } from "./rules/sundayRule";
import { cellTooLong } from "./rules/cellTooLong";
import { duplicate } from "./rules/duplicate";
import { emptyEvent } from "./rules/emptyEvent";
import { excelDateYear } from "./rules/excelDateYear";
import { excelError } from "./rules/excelError";
import { holiday } from "./rules/holiday";
import { idDuplicate, idInvalid } from "./rules/idCheck";
import { leadTime } from "./rules/leadTime";
import { missingOwner } from "./rules/missingOwner";
import { notChronological } from "./rules/notChronological";
import { outsidePlanYear } from "./rules/outsidePlanYear";
import { processOrder } from "./rules/processOrder";
import { reversedRange } from "./rules/reversedRange";
import { similarOwners } from "./rules/similarOwners";
import { unknownOwner } from "./rules/unknownOwner";
import { weekdayMismatch } from "./rules/weekdayMismatch";
import { weekend } from "./rules/weekend";
import { uncertainReading } from "./rules/uncertainReading";
import { whenUnreadable } from "./rules/whenUnreadable";
import { wrongMonthHeading } from "./rules/wrongMonthHeading";

/** Every rule with its code, in the order their findings are listed for one row. */
export const RULES: readonly { readonly code: string; readonly rule: Rule }[] = [
  { code: "excel-error", rule: excelError },
  { code: "when-unreadable", rule: whenUnreadable },
  { code: "reversed-range", rule: reversedRange },
  { code: "weekday-mismatch", rule: weekdayMismatch },
  { code: "wrong-month-heading", rule: wrongMonthHeading },
  { code: "uncertain-reading", rule: uncertainReading },
  { code: "empty-event", rule: emptyEvent },
  { code: "cell-too-long", rule: cellTooLong },
  { code: "process-order", rule: processOrder },
  { code: "mbl-before-decision", rule: mblBeforeDecision },
  { code: "body-order", rule: bodyOrder },
  { code: "budget-proposal", rule: budgetProposal },
  { code: "budget-decision", rule: budgetDecision },
  { code: "interim-report", rule: interimReport },
  { code: "annual-report", rule: annualReport },
  { code: "announcement", rule: announcement },
  { code: "after-meeting", rule: afterMeeting },
  { code: "outside-plan-year", rule: outsidePlanYear },
  { code: "excel-date-year", rule: excelDateYear },
  { code: "missing-owner", rule: missingOwner },
  { code: "unknown-owner", rule: unknownOwner },
  { code: "similar-owners", rule: similarOwners },
  { code: "weekend", rule: weekend },
  { code: "holiday", rule: holiday },
  { code: "lead-time", rule: leadTime },
  { code: "sunday-rule", rule: sundayRule },
  { code: "election-period", rule: electionPeriod },
  { code: "duplicate", rule: duplicate },
  { code: "id-invalid", rule: idInvalid },
  { code: "id-duplicate", rule: idDuplicate },
  { code: "not-chronological", rule: notChronological },
];

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Checks a timeline and returns every finding, sorted by line, then severity. Never throws: a
 * rule that fails on odd data is reported as an internal finding instead of stopping the others.
 *
 * @example
 * validateTimeline(timeline, { minLeadWorkingDays: 5 });
 * // [{ code: "missing-owner", severity: "warning", line: 14, message: { sv: "…", en: "…" }, fix: … }, …]
 */
export function validateTimeline(timeline: Timeline, options: ValidateOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const { code, rule } of RULES) {
    try {
      findings.push(...rule({ timeline, options }));
    } catch (error) {
      // A rule bug must not hide the other rules' findings; say which rule failed.
      const reason = error instanceof Error ? error.message : String(error);
      findings.push({
        code: "internal-error",
        severity: "info",
        entryId: "",
        line: 0,
        message: {
          sv: `Kontrollen ${code} kunde inte köras (${reason}). Övriga kontroller är gjorda.`,
          en: `The check ${code} could not run (${reason}). The other checks were made.`,
        },
      });
    }
  }
  const order = new Map(RULES.map((r, i) => [r.code, i]));
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        a.finding.line - b.finding.line ||
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        (order.get(a.finding.code) ?? 99) - (order.get(b.finding.code) ?? 99) ||
        a.index - b.index,
    )
    .map((x) => x.finding);
}
