import { compareDates } from "../../dates/plainDate";
import { formatDate } from "../describe";
import { entryFinding } from "../finding";
import { matterGroups, type MatterEntry } from "../matterGroups";
import { governanceOf, type Rule } from "../ruleContext";
import type { Finding } from "../../types";
import { workingDaysBetween } from "../workingDays";

/** The latest draft (drafts sorted by date) on or before the decision's day, by binary search. */
function lastOnOrBefore(drafts: readonly MatterEntry[], decision: MatterEntry): MatterEntry | undefined {
  let low = 0;
  let high = drafts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const d = drafts[mid];
    if (d !== undefined && compareDates(d.span.start, decision.span.start) <= 0) low = mid + 1;
    else high = mid;
  }
  return drafts[low - 1];
}

/**
 * lead-time (warning, only when options.minLeadWorkingDays is set): fewer working days from a
 * matter's draft to its decision than required. Weekends and Swedish holidays do not count.
 *
 * @example
 * leadTime({ timeline, options: { minLeadWorkingDays: 10 } }); // [{ code: "lead-time", … }]
 */
export const leadTime: Rule = ({ timeline, options }) => {
  const settings = governanceOf(options);
  const minimum = options.minLeadWorkingDays ?? settings.minLeadWorkingDays;
  if (minimum === undefined || minimum <= 0) return [];
  const findings: Finding[] = [];
  for (const group of matterGroups(timeline.entries).values()) {
    const dated = (step: string): MatterEntry[] => group.filter((g) => g.step === step && g.span.dated);
    const drafts = dated("draft").sort((a, b) => compareDates(a.span.start, b.span.start));
    for (const decision of dated("decision")) {
      const draft = lastOnOrBefore(drafts, decision);
      if (draft === undefined) continue;
      const days = workingDaysBetween(draft.span.start, decision.span.start, {
        extraDaysOff: settings.extraDaysOff,
      });
      if (days >= minimum) continue;
      const [from, to] = [formatDate(draft.span.start, false), formatDate(decision.span.start, false)];
      findings.push(
        entryFinding(decision.entry, {
          code: "lead-time",
          severity: "warning",
          column: "when",
          message: {
            sv: `Bara ${days} arbetsdagar från utkastet (${from.sv}, rad ${draft.entry.line}) till beslutet (${to.sv}); minst ${minimum} krävs. Tidigarelägg utkastet eller senarelägg beslutet.`,
            en: `Only ${days} working days from the draft (${from.en}, line ${draft.entry.line}) to the decision (${to.en}); at least ${minimum} are required. Move the draft earlier or the decision later.`,
          },
          short: { sv: `${days} arbetsdagar efter utkastet`, en: `${days} working days after draft` },
          relatedEntryIds: [draft.entry.id],
        }),
      );
    }
  }
  return findings;
};
