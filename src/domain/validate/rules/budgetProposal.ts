import { compareDates, plainDate } from "../../dates/plainDate";
import { bodyName } from "../../governance/bodies";
import { deadlineStanding } from "../../governance/deadline";
import { ruleOn } from "../../governance/settings";
import { stepsOf } from "../../governance/steps";
import { formatDate, shortEvent } from "../describe";
import { entryFinding } from "../finding";
import { cite, sundayNote } from "../governanceText";
import { governanceOf, type Rule } from "../ruleContext";
import type { Finding } from "../../types";

const SECTION = "KL 11 kap. 8 §";

/**
 * budget-proposal: the styrelse's budget proposal after October (KL 11 kap. 8 §: "före oktober
 * månads utgång"; in November only with särskilda skäl, and then the skattesats is proposed
 * before the end of October). November: warning (info when the plan proposes the skattesats in
 * time); later: error.
 *
 * @example
 * // "Kommunstyrelsen beslutar om förslag till budget 2027" on 12 november 2026
 * budgetProposal({ timeline, options: {} })[0].severity; // "warning"
 */
export const budgetProposal: Rule = ({ timeline, options }) => {
  const settings = governanceOf(options);
  if (!ruleOn(settings, "budget-proposal")) return [];
  const work = { extraDaysOff: settings.extraDaysOff, sundayRule: ruleOn(settings, "sunday-rule") };
  const findings: Finding[] = [];
  const board = bodyName("executive", settings.organisation);
  for (const step of stepsOf(timeline.entries, "budget-proposal")) {
    const budgetYear = step.namedYear ?? step.span.start.year + 1;
    const october = plainDate(budgetYear - 1, 10 /* oct */, 31);
    const november = plainDate(budgetYear - 1, 11 /* nov */, 30);
    const standing = deadlineStanding(step.span, october, work);
    if (standing === "in-time") continue;
    const event = shortEvent(step.entry);
    const oct = formatDate(october);
    const c = cite(SECTION);
    if (standing === "sunday") {
      const note = sundayNote(october, true);
      findings.push(
        entryFinding(step.entry, {
          code: "sunday-rule",
          severity: "warning",
          column: "when",
          message: { sv: `${event}: ${note.sv} ${c.sv}`, en: `${event}: ${note.en} ${c.en}` },
          short: { sv: "Söndagsregeln, omstritt (lag 1930:173)", en: "Sunday rule, disputed (lag 1930:173)" },
        }),
      );
      continue;
    }
    if (compareDates(step.span.start, november) > 0) {
      findings.push(
        entryFinding(step.entry, {
          code: "budget-proposal",
          severity: "error",
          column: "when",
          message: {
            sv: `${event}: ${board.sv} ska upprätta förslaget till budget ${budgetYear} före oktober månads utgång, med särskilda skäl i november, men här kommer det senare. ${c.sv}`,
            en: `${event}: ${board.en} must prepare the budget proposal for ${budgetYear} before the end of October, with special reasons in November, but here it comes later. ${c.en}`,
          },
          short: {
            sv: `Budgetförslag efter november ${cite(SECTION).sv}`,
            en: `Budget proposal after November ${c.en}`,
          },
        }),
      );
      continue;
    }
    const tax = stepsOf(timeline.entries, "tax-proposal").find(
      (t) => compareDates(t.span.end, october) <= 0 && t.span.start.year === budgetYear - 1,
    );
    findings.push(
      entryFinding(step.entry, {
        code: "budget-proposal",
        severity: tax === undefined ? "warning" : "info",
        column: "when",
        message:
          tax === undefined
            ? {
                sv: `${event}: förslaget till budget ska upprättas före oktober månads utgång (${oct.sv}). I november får det upprättas bara om det finns särskilda skäl, och då ska ${board.sv} föreslå skattesatsen före oktober månads utgång; planen har inget sådant steg. ${c.sv}`,
                en: `${event}: the budget proposal must be prepared before the end of October (${oct.en}). It may be prepared in November only with special reasons, and then ${board.en} must propose the tax rate before the end of October; the plan has no such step. ${c.en}`,
              }
            : {
                sv: `${event}: förslaget till budget kommer i november, vilket kräver särskilda skäl; skattesatsen föreslås i tid (rad ${tax.entry.line}). ${c.sv}`,
                en: `${event}: the budget proposal comes in November, which needs special reasons; the tax rate is proposed in time (line ${tax.entry.line}). ${c.en}`,
              },
        short: { sv: `Budgetförslag i november ${c.sv}`, en: `Budget proposal in November ${c.en}` },
        ...(tax !== undefined ? { relatedEntryIds: [tax.entry.id] } : {}),
      }),
    );
  }
  return findings;
};
