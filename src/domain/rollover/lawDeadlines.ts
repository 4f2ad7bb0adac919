/**
 * The law's deadlines a step of the new plan must keep, whatever the old date was
 * (docs/GOVERNANCE-RULES.md): the styrelse's budget proposal before the end of October (KL 11
 * kap. 8 §), fullmäktige's budget decision before the end of November and, in a valår, by the
 * newly elected fullmäktige from 15 October (KL 5 kap. 9 §), the delårsrapport to fullmäktige
 * within two months of its period (KL 11 kap. 16 §), the årsredovisning to fullmäktige by
 * the Regler table's day (30 April), ansvarsfrihet before the end of June (KL 5 kap. 24–25 §§).
 */
import { newAssemblyFrom } from "../governance/electionYear";
import { ruleOn, type GovernanceSettings } from "../governance/settings";
import type { GovernanceStep } from "../governance/steps";
import { addMonthsLegal } from "../governance/deadline";
import { daysInMonth, plainDate } from "../dates/plainDate";
import { formatDate } from "../validate/describe";
import { periodEnd } from "../validate/rules/interimReport";
import type { Bilingual, PlainDate } from "../types";

/** The window the law gives a step in the year `year`, and the words that say why. */
export interface LawWindow {
  readonly notBefore?: PlainDate;
  readonly notAfter?: PlainDate;
  readonly law: Bilingual;
}

const endOf = (year: number, month: number): PlainDate => plainDate(year, month, daysInMonth(year, month));

/**
 * The law's window for a governance step dated in `year`, or undefined when the step has none
 * (or its rule is turned off in the Regler table).
 *
 * @example
 * lawWindow({ topic: "budget-decision", namedYear: 2027, … }, 2026, DEFAULT_GOVERNANCE);
 * // { notBefore: 2026-10-15, notAfter: 2026-11-30, law: { sv: "budgeten beslutas före november månads utgång …", … } }
 */
export function lawWindow(
  step: GovernanceStep,
  year: number,
  settings: GovernanceSettings,
): LawWindow | undefined {
  switch (step.topic) {
    case "budget-proposal":
      if (!ruleOn(settings, "budget-proposal")) return undefined;
      return {
        notAfter: endOf(year, 10),
        law: {
          sv: "styrelsens budgetförslag före oktober månads utgång (KL 11 kap. 8 §)",
          en: "the executive board's budget proposal before the end of October (KL 11 kap. 8 §)",
        },
      };
    case "budget-decision": {
      if (!ruleOn(settings, "budget-decision")) return undefined;
      const newAssembly = newAssemblyFrom(year);
      // In a valår, next year's budget is the newly elected fullmäktige's (from 15 October).
      if (newAssembly !== undefined && (step.namedYear === undefined || step.namedYear > year)) {
        return {
          notBefore: newAssembly,
          notAfter: endOf(year, 11),
          law: {
            sv: `valår: budgeten beslutas av nyvalda fullmäktige, från 15 oktober (KL 5 kap. 9 §), före november månads utgång`,
            en: `election year: the budget is decided by the newly elected council, from 15 October (KL 5 kap. 9 §), before the end of November`,
          },
        };
      }
      return {
        notAfter: endOf(year, 11),
        law: {
          sv: "budgeten beslutas före november månads utgång (KL 11 kap.; ordalydelsen ej verifierad)",
          en: "the budget is decided before the end of November (KL 11 kap.; wording not verified)",
        },
      };
    }
    case "interim-report": {
      if (!ruleOn(settings, "interim-report") || !step.handOver) return undefined;
      const end = periodEnd(step.entry.event, year);
      if (end === undefined) return undefined;
      const months = settings.interimReportMonths;
      const d = formatDate(end);
      return {
        notAfter: addMonthsLegal(end, months),
        law: {
          sv: `delårsrapporten till fullmäktige senast ${months} månader efter perioden (${d.sv}; KL 11 kap. 16 §)`,
          en: `the interim report to the council at most ${months} months after its period (${d.en}; KL 11 kap. 16 §)`,
        },
      };
    }
    case "annual-report": {
      if (!ruleOn(settings, "annual-report") || !step.handOver) return undefined;
      const by = settings.annualReportBy;
      return {
        notAfter: plainDate(year, by.month, Math.min(by.day, daysInMonth(year, by.month))),
        law: {
          sv: `årsredovisningen till fullmäktige senast ${by.day}/${by.month} (Regler; ordalydelsen ej verifierad)`,
          en: `the annual report to the council by ${by.day}/${by.month} (Regler; wording not verified)`,
        },
      };
    }
    case "discharge":
      if (!ruleOn(settings, "annual-report")) return undefined;
      return {
        notAfter: endOf(year, 6),
        law: {
          sv: "ansvarsfrihet före juni månads utgång (KL 5 kap. 24–25 §§)",
          en: "discharge from liability before the end of June (KL 5 kap. 24–25 §§)",
        },
      };
    default:
      return undefined;
  }
}
