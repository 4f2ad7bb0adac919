import { compareDates } from "../../dates/plainDate";
import { BODY_RANK, bodyName, type Body } from "../../governance/bodies";
import { ruleOn } from "../../governance/settings";
import { governanceSteps, type GovernanceStep } from "../../governance/steps";
import { formatDate, shortEvent } from "../describe";
import { entryFinding } from "../finding";
import { governanceOf, type Rule } from "../ruleContext";
import type { Finding } from "../../types";

/**
 * Reports travel up the whole chain (nämnd → arbetsutskott → styrelse → fullmäktige). A budget
 * goes from the styrelse to fullmäktige, and a nämnd's own budget work may follow fullmäktige's
 * decision, so for the budget only the styrelse → fullmäktige order is checked.
 */
const REPORT =
  /(?<![\p{L}])(delårsrapport|delårsbokslut|tertialrapport\s*\d|årsredovisning|verksamhetsberättelse)/iu;
const BUDGET = /(?<![\p{L}])budget(?![\p{L}])/iu;

function matterOf(step: GovernanceStep): { key: string; budget: boolean } | undefined {
  const text = step.entry.event;
  const year = step.namedYear ?? "";
  const report = REPORT.exec(text);
  if (report?.[1] !== undefined) {
    const name = report[1].toLowerCase().replace(/\s+/gu, " ").replace("delårsbokslut", "delårsrapport");
    return { key: `${name} ${year}`.trim(), budget: false };
  }
  if (step.topic === "budget-proposal" || step.topic === "budget-decision" || BUDGET.test(text))
    return { key: `budget ${year}`.trim(), budget: true };
  return undefined;
}

/**
 * body-order (error): a step of a matter in a higher body (fullmäktige, styrelse, arbetsutskott)
 * that comes before the same matter's step in a lower body, when the matter does not come back to
 * the higher body after it (a matter in rounds is not out of order). Reports (delårsrapport,
 * tertialrapport, årsredovisning, verksamhetsberättelse) are checked end to end; a budget from the
 * styrelse to fullmäktige.
 *
 * @example
 * // "Delårsrapport 2026 i kommunfullmäktige" 24 september, "… i kommunstyrelsen" 6 oktober
 * bodyOrder({ timeline, options: {} })[0].line; // the fullmäktige row
 */
export const bodyOrder: Rule = ({ timeline, options }) => {
  const settings = governanceOf(options);
  if (!ruleOn(settings, "body-order")) return [];
  const groups = new Map<string, { budget: boolean; steps: (GovernanceStep & { body: Body })[] }>();
  for (const step of governanceSteps(timeline.entries)) {
    if (step === undefined || step.body === undefined) continue;
    const matter = matterOf(step);
    if (matter === undefined) continue;
    if (matter.budget && step.body !== "executive" && step.body !== "assembly") continue;
    const group = groups.get(matter.key) ?? { budget: matter.budget, steps: [] };
    group.steps.push({ ...step, body: step.body });
    groups.set(matter.key, group);
  }
  const findings: Finding[] = [];
  for (const [matter, { steps }] of groups) {
    // A matter written without its year joins nothing: "budget" alone may be any year's.
    for (const later of steps) {
      let earliestWrong: (GovernanceStep & { body: Body }) | undefined;
      for (const lower of steps) {
        if (BODY_RANK[lower.body] >= BODY_RANK[later.body]) continue;
        if (compareDates(lower.span.start, later.span.end) <= 0) continue;
        // A matter in rounds (fullmäktige sets the budget's frames in June, the styrelse proposes
        // in October, fullmäktige decides in November): the lower step feeds a later round.
        const laterRound = steps.some(
          (s) => BODY_RANK[s.body] >= BODY_RANK[later.body] && compareDates(s.span.start, lower.span.end) > 0,
        );
        if (laterRound) continue;
        if (earliestWrong === undefined || compareDates(lower.span.start, earliestWrong.span.start) > 0)
          earliestWrong = lower;
      }
      if (earliestWrong === undefined) continue;
      const high = bodyName(later.body, settings.organisation);
      const low = bodyName(earliestWrong.body, settings.organisation);
      const [a, b] = [formatDate(later.span.start, false), formatDate(earliestWrong.span.start, false)];
      findings.push(
        entryFinding(later.entry, {
          code: "body-order",
          severity: "error",
          column: "when",
          message: {
            sv: `${shortEvent(later.entry)}: ${matter} behandlas i ${high.sv} (${a.sv}) före ${low.sv} (${b.sv}, rad ${earliestWrong.entry.line}), men ärendet går nämnd → arbetsutskott → styrelse → fullmäktige. Rätta datumen. (Beredningsordningen; ingen lagfrist, se KL 5 kap. 1 § om fullmäktiges ärenden)`,
            en: `${shortEvent(later.entry)}: ${matter} is handled by ${high.en} (${a.en}) before ${low.en} (${b.en}, line ${earliestWrong.entry.line}), but a matter goes board → working committee → executive board → council. Correct the dates. (The order of preparation; no statutory deadline, see KL 5 kap. 1 § on the council's matters)`,
          },
          short: { sv: `Före ${low.sv} (${b.sv})`, en: `Before ${low.en} (${b.en})` },
          relatedEntryIds: [earliestWrong.entry.id],
        }),
      );
    }
  }
  return findings;
};
