/**
 * The output forms of `tidsplan validate`: the readable report and the JSON object.
 */
import { electionDay, electionYearNote } from "../../domain/governance";
import { toIsoDate } from "../../domain/dates";
import type { FindingSummary } from "../../domain/validate";
import type { Finding, Language, Severity, Timeline } from "../../domain/types";

const HEADINGS: Readonly<Record<Severity, Record<Language, string>>> = {
  error: { sv: "Fel", en: "Errors" },
  warning: { sv: "Varningar", en: "Warnings" },
  info: { sv: "Information", en: "Information" },
};

function summaryLine(summary: FindingSummary, lang: Language): string {
  return lang === "sv"
    ? `${summary.error} fel, ${summary.warning} varningar, ${summary.info} information`
    : `${summary.error} errors, ${summary.warning} warnings, ${summary.info} information`;
}

/**
 * The readable report: the plan, then findings grouped by severity with their line numbers.
 *
 * @example
 * validateReport(timeline, findings, summary, "sv");
 * // "Tidsplan för verksamhetsledning 2007 (2007): 0 fel, 21 varningar, 2 information\n\nVarningar (21)\n  rad 14: …"
 */
export function validateReport(
  timeline: Timeline,
  findings: readonly Finding[],
  summary: FindingSummary,
  lang: Language,
): string {
  const out: string[] = [`${timeline.plan.title} (${timeline.plan.year}): ${summaryLine(summary, lang)}`];
  const valar = electionYearNote(timeline.plan.year);
  if (valar !== undefined) out.push(valar[lang]);
  if (findings.length === 0) {
    out.push("", lang === "sv" ? "Inga problem hittades." : "No problems found.");
  }
  for (const severity of ["error", "warning", "info"] as const) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push("", `${HEADINGS[severity][lang]} (${group.length})`);
    for (const f of group) {
      const where = f.line > 0 ? `${lang === "sv" ? "rad" : "line"} ${f.line}: ` : "";
      out.push(`  ${where}${f.message[lang]} [${f.code}]`);
    }
  }
  return `${out.join("\n")}\n`;
}

/**
 * The JSON form: `{ plan, election: { electionYear, electionDay }, findings: [{ code, severity,
 * entryId, line, column, message, fix? }], summary }`; electionDay is "2026-09-13" in a valår, else null.
 * `column` is null for findings about the whole plan.
 *
 * @example
 * JSON.stringify(validateJson(timeline, findings, summary));
 */
export function validateJson(
  timeline: Timeline,
  findings: readonly Finding[],
  summary: FindingSummary,
): unknown {
  const day = electionDay(timeline.plan.year);
  return {
    plan: { title: timeline.plan.title, year: timeline.plan.year },
    election: { electionYear: day !== undefined, electionDay: day === undefined ? null : toIsoDate(day) },
    findings: findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      entryId: f.entryId,
      line: f.line,
      column: f.column ?? null,
      message: { sv: f.message.sv, en: f.message.en },
      ...(f.fix !== undefined ? { fix: f.fix } : {}),
    })),
    summary: { error: summary.error, warning: summary.warning, info: summary.info },
  };
}
