import { compareDates, plainDate } from "../../dates/plainDate";
import { bodyName } from "../../governance/bodies";
import { deadlineStanding } from "../../governance/deadline";
import { ruleOn } from "../../governance/settings";
import { stepsOf, type GovernanceStep } from "../../governance/steps";
import { formatDate, shortEvent } from "../describe";
import { entryFinding } from "../finding";
import { cite, sundayNote, UNVERIFIED } from "../governanceText";
import { governanceOf, type Rule } from "../ruleContext";
import type { Finding, PlainDate } from "../../types";

const DISCHARGE = "KL 5 kap. 24–25 §§";
const HAND_OVER = "KL 11 kap. 19 §";

/** The year a step reports on: the year it names, else the year before its date. */
const reportYear = (step: GovernanceStep): number => step.namedYear ?? step.span.start.year - 1;

/**
 * annual-report: the årsredovisning reaching fullmäktige after the set day (default end of April,
 * warning: secondary sources only), ansvarsfrihet decided after June (error), and, when the Regler
 * table sets an order, ansvarsfrihet before/after fullmäktige approves the årsredovisning.
 *
 * @example
 * // "Kommunfullmäktige beslutar om ansvarsfrihet för 2025" on 1 september 2026
 * annualReport({ timeline, options: {} })[0].severity; // "error"
 */
export const annualReport: Rule = ({ timeline, options }) => {
  const settings = governanceOf(options);
  if (!ruleOn(settings, "annual-report")) return [];
  const work = { extraDaysOff: settings.extraDaysOff, sundayRule: ruleOn(settings, "sunday-rule") };
  const assembly = bodyName("assembly", settings.organisation);
  const findings: Finding[] = [];
  const reports = stepsOf(timeline.entries, "annual-report");
  const push = (
    step: GovernanceStep,
    deadline: PlainDate,
    severity: "error" | "warning",
    what: { sv: string; en: string },
    section: { sv: string; en: string },
  ): void => {
    const standing = deadlineStanding(step.span, deadline, work);
    if (standing === "in-time") return;
    const event = shortEvent(step.entry);
    if (standing === "sunday") {
      const note = sundayNote(deadline, true);
      findings.push(
        entryFinding(step.entry, {
          code: "sunday-rule",
          severity: "warning",
          column: "when",
          message: { sv: `${event}: ${note.sv} ${section.sv}`, en: `${event}: ${note.en} ${section.en}` },
          short: { sv: "Söndagsregeln, omstritt (lag 1930:173)", en: "Sunday rule, disputed (lag 1930:173)" },
        }),
      );
      return;
    }
    const d = formatDate(deadline);
    findings.push(
      entryFinding(step.entry, {
        code: "annual-report",
        severity: standing === "late" ? severity : "warning",
        column: "when",
        message: {
          sv: `${event}: ${what.sv} senast ${d.sv}${standing === "late" ? "" : "; raden kan ligga senare, skriv ett datum"}. ${section.sv}`,
          en: `${event}: ${what.en} by ${d.en}${standing === "late" ? "" : "; the row may fall later, write a date"}. ${section.en}`,
        },
        short: { sv: `Senast ${d.sv}`, en: `By ${d.en}` },
      }),
    );
  };
  for (const step of reports) {
    if (!step.handOver && step.body !== "executive") continue;
    const { month, day } = settings.annualReportBy;
    push(
      step,
      plainDate(reportYear(step) + 1, month, day),
      "warning",
      {
        sv: `årsredovisningen för ${reportYear(step)} ska lämnas till ${assembly.sv} och revisorerna`,
        en: `the annual report for ${reportYear(step)} must be handed to ${assembly.en} and the auditors`,
      },
      cite(HAND_OVER, UNVERIFIED),
    );
  }
  const discharges = stepsOf(timeline.entries, "discharge");
  for (const step of discharges) {
    push(
      step,
      plainDate(reportYear(step) + 1, 6 /* jun */, 30),
      "error",
      {
        sv: `${assembly.sv} ska besluta om ansvarsfrihet för ${reportYear(step)} före juni månads utgång,`,
        en: `${assembly.en} must decide on discharge from liability for ${reportYear(step)} before the end of June,`,
      },
      cite(DISCHARGE, UNVERIFIED),
    );
  }
  if (settings.dischargeOrder === "valfri") return findings;
  for (const discharge of discharges) {
    const approval = reports.find(
      (r) => r.body === "assembly" && !r.handOver && reportYear(r) === reportYear(discharge),
    );
    if (approval === undefined) continue;
    const wantBefore = settings.dischargeOrder === "före";
    const wrong = wantBefore
      ? compareDates(discharge.span.start, approval.span.end) > 0
      : compareDates(discharge.span.end, approval.span.start) < 0;
    if (!wrong) continue;
    const a = formatDate(approval.span.start, false);
    findings.push(
      entryFinding(discharge.entry, {
        code: "annual-report",
        severity: "warning",
        column: "when",
        message: {
          sv: `${shortEvent(discharge.entry)}: enligt Regler-tabellen ska ansvarsfrihet beslutas ${wantBefore ? "före" : "efter"} att ${assembly.sv} godkänner årsredovisningen (${a.sv}, rad ${approval.entry.line}). Ordningen varierar mellan kommuner; ändra regeln om er praxis är en annan.`,
          en: `${shortEvent(discharge.entry)}: the Regler table says discharge is decided ${wantBefore ? "before" : "after"} ${assembly.en} approves the annual report (${a.en}, line ${approval.entry.line}). Practice differs between municipalities; change the rule if yours does.`,
        },
        short: {
          sv: `Ansvarsfrihet ${wantBefore ? "före" : "efter"} årsredovisningen`,
          en: `Discharge ${wantBefore ? "before" : "after"} the annual report`,
        },
        relatedEntryIds: [approval.entry.id],
      }),
    );
  }
  return findings;
};
