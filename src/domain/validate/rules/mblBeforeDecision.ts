import { bodyOf } from "../../governance/bodies";
import { ruleOn } from "../../governance/settings";
import { formatDate, shortEvent } from "../describe";
import { entryFinding } from "../finding";
import { matterGroups } from "../matterGroups";
import { governanceOf, type Rule } from "../ruleContext";
import type { Finding } from "../../types";

/** Matters that are an important change of the business (MBL 11 §): budget, verksamhetsplan, organisation. */
const IMPORTANT = /^(?:budget|verksamhetsplan|organisation)/u;

/**
 * mbl-before-decision (warning): a nämnd's dated decision on a budget or verksamhetsplan with no
 * MBL step of the same matter in the plan (MBL 11 §). Joins process-order, which reports an MBL
 * step that comes after its decision.
 *
 * @example
 * // "Beslut om verksamhetsplan 2027 i nämnden" 10 december, no "MBL … verksamhetsplan 2027"
 * mblBeforeDecision({ timeline, options: {} })[0].code; // "mbl-before-decision"
 */
export const mblBeforeDecision: Rule = ({ timeline, options }) => {
  if (!ruleOn(governanceOf(options), "mbl-before-decision")) return [];
  const findings: Finding[] = [];
  for (const [matter, group] of matterGroups(timeline.entries)) {
    if (!IMPORTANT.test(matter) || group.some((g) => g.step === "mbl")) continue;
    for (const item of group) {
      if (item.step !== "decision" || !item.span.dated) continue;
      // A nämnd's decision; the styrelse's and fullmäktige's steps are checked by body-order.
      const body = bodyOf(item.entry.event, item.entry.owner);
      if (body !== undefined && body !== "board") continue;
      const date = formatDate(item.span.start, false);
      findings.push(
        entryFinding(item.entry, {
          code: "mbl-before-decision",
          severity: "warning",
          column: "event",
          message: {
            sv: `${shortEvent(item.entry)} (${date.sv}): ett beslut om ${matter} är en viktigare förändring, och före det ska arbetsgivaren förhandla med arbetstagarorganisationerna, men planen har inget MBL-steg för ${matter}. Lägg in MBL-förhandlingen före beslutet. (MBL 11 §)`,
            en: `${shortEvent(item.entry)} (${date.en}): a decision on ${matter} is an important change, and before it the employer must negotiate with the unions, but the plan has no MBL step for ${matter}. Add the MBL negotiation before the decision. (MBL 11 §)`,
          },
          short: {
            sv: "MBL-steg saknas före beslutet (MBL 11 §)",
            en: "No MBL step before the decision (MBL 11 §)",
          },
        }),
      );
    }
  }
  return findings;
};
