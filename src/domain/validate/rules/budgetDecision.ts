import { compareDates, plainDate } from "../../dates/plainDate";
import { bodyName } from "../../governance/bodies";
import { deadlineStanding } from "../../governance/deadline";
import { isElectionYear, newAssemblyFrom } from "../../governance/electionYear";
import { ruleOn } from "../../governance/settings";
import { stepsOf, type GovernanceStep } from "../../governance/steps";
import { formatDate, shortEvent } from "../describe";
import { entryFinding } from "../finding";
import { cite, sundayNote, UNVERIFIED } from "../governanceText";
import { governanceOf, type Rule } from "../ruleContext";
import type { Finding } from "../../types";

const SECTION = "KL 11 kap. 10–11 §§";
const TERM = "KL 5 kap. 9 §";
/** A change to this year's budget is not the yearly budget decision. */
const AMENDMENT = /tilläggsbudget|ändringsbudget|revider|omfördelning|omföring/iu;

/**
 * budget-decision: fullmäktige sets next year's budget before the end of November (error after,
 * a warning when the plan sets the skattesats in time, as the special-reasons case allows); in a
 * valår the newly elected fullmäktige sets it, so a decision before 15 October (KL 5 kap. 9 §)
 * is the old fullmäktige's (error; warning when the row's dates straddle 15 October).
 *
 * @example
 * // "Kommunfullmäktige fastställer budget 2027" on 8 oktober 2026 (a valår)
 * budgetDecision({ timeline, options: {} })[0].message.sv; // "… nyvalda fullmäktige … (KL 11 kap. 10–11 §§; …)"
 */
export const budgetDecision: Rule = ({ timeline, options }) => {
  const settings = governanceOf(options);
  if (!ruleOn(settings, "budget-decision")) return [];
  const work = { extraDaysOff: settings.extraDaysOff, sundayRule: ruleOn(settings, "sunday-rule") };
  const assembly = bodyName("assembly", settings.organisation);
  const findings: Finding[] = [];
  const taxDecisions = stepsOf(timeline.entries, "tax-decision");
  for (const step of stepsOf(timeline.entries, "budget-decision")) {
    if (AMENDMENT.test(step.entry.event)) continue;
    const budgetYear = step.namedYear ?? step.span.start.year + 1;
    const event = shortEvent(step.entry);
    const c = cite(SECTION, UNVERIFIED);
    const november = plainDate(budgetYear - 1, 11 /* nov */, 30);
    const standing = deadlineStanding(step.span, november, work);
    if (standing === "sunday") {
      const note = sundayNote(november, true);
      findings.push(
        entryFinding(step.entry, {
          code: "sunday-rule",
          severity: "warning",
          column: "when",
          message: { sv: `${event}: ${note.sv} ${c.sv}`, en: `${event}: ${note.en} ${c.en}` },
          short: { sv: "Söndagsregeln, omstritt (lag 1930:173)", en: "Sunday rule, disputed (lag 1930:173)" },
        }),
      );
    } else if (standing !== "in-time") {
      findings.push(late(step, budgetYear, taxDecisions, assembly, standing));
    }
    const takesOffice = newAssemblyFrom(budgetYear - 1);
    if (takesOffice === undefined || !isElectionYear(budgetYear - 1)) continue;
    if (compareDates(step.span.start, takesOffice) >= 0) continue;
    const from = formatDate(takesOffice);
    const straddles = compareDates(step.span.end, takesOffice) >= 0;
    const t = cite(`${SECTION}, ${TERM}`, UNVERIFIED);
    findings.push(
      entryFinding(step.entry, {
        code: "budget-decision",
        severity: straddles ? "warning" : "error",
        column: "when",
        message: {
          sv: `${event}: ${budgetYear - 1} är valår, och då ska budgeten fastställas av nyvalda ${assembly.sv}, som tjänstgör från ${from.sv}. ${straddles ? "Raden kan ligga före det; skriv ett datum efter." : "Här beslutar det avgående fullmäktige."} ${t.sv}`,
          en: `${event}: ${budgetYear - 1} is an election year, when the budget must be set by the newly elected council (${assembly.en.replace(/^the /u, "")}), in office from ${from.en}. ${straddles ? "The row may fall before that; write a date after it." : "Here the outgoing council decides."} ${t.en}`,
        },
        short: {
          sv: `Valår: nyvalda fullmäktige från ${from.sv}`,
          en: `Election year: new council from ${from.en}`,
        },
      }),
    );
  }
  return findings;
};

function late(
  step: GovernanceStep,
  budgetYear: number,
  taxDecisions: readonly GovernanceStep[],
  assembly: { sv: string; en: string },
  standing: "late" | "maybe-late",
): Finding {
  const november = plainDate(budgetYear - 1, 11, 30);
  const tax = taxDecisions.find(
    (t) => compareDates(t.span.end, november) <= 0 && t.span.end.year === budgetYear - 1,
  );
  const event = shortEvent(step.entry);
  const c = cite(SECTION, UNVERIFIED);
  const error = tax === undefined && standing === "late";
  return entryFinding(step.entry, {
    code: "budget-decision",
    severity: error ? "error" : "warning",
    column: "when",
    message: {
      sv: `${event}: ${assembly.sv} ska fastställa budgeten för ${budgetYear} före november månads utgång${
        standing === "maybe-late" ? "; raden kan ligga senare, skriv ett datum" : ""
      }.${tax !== undefined ? ` Skattesatsen fastställs i tid (rad ${tax.entry.line}); ett senare budgetbeslut kräver särskilda skäl.` : ""} ${c.sv}`,
      en: `${event}: ${assembly.en} must set the budget for ${budgetYear} before the end of November${
        standing === "maybe-late" ? "; the row may fall later, write a date" : ""
      }.${tax !== undefined ? ` The tax rate is set in time (line ${tax.entry.line}); a later budget decision needs special reasons.` : ""} ${c.en}`,
    },
    short: {
      sv: "Budgetbeslut efter november (KL 11 kap.)",
      en: "Budget decision after November (KL 11 kap.)",
    },
    ...(tax !== undefined ? { relatedEntryIds: [tax.entry.id] } : {}),
  });
}
