import { addDays, compareDates, daysBetween } from "../../dates/plainDate";
import { electionDay } from "../../governance/electionYear";
import { ruleOn } from "../../governance/settings";
import { governanceSteps } from "../../governance/steps";
import { formatDate, shortEvent } from "../describe";
import { entryFinding } from "../finding";
import { governanceOf, type Rule } from "../ruleContext";
import type { Finding } from "../../types";

/**
 * election-period (info): a meeting of a nämnd, styrelse or fullmäktige within a week (a setting)
 * of the valdag (the second Sunday of September in a valår, vallagen 1 kap. 3 §).
 *
 * @example
 * // "Beslut om tertialrapport 2 i nämnden" 10 september 2026 (valdag 13 september)
 * electionPeriod({ timeline, options: {} })[0].short.sv; // "3 dagar före valdagen 13 september"
 */
export const electionPeriod: Rule = ({ timeline, options }) => {
  const settings = governanceOf(options);
  if (!ruleOn(settings, "election-period")) return [];
  const findings: Finding[] = [];
  const window = settings.electionWindowDays;
  for (const step of governanceSteps(timeline.entries)) {
    if (step === undefined || step.body === undefined || !step.span.dated) continue;
    const valdag = electionDay(step.span.start.year);
    if (valdag === undefined) continue;
    const day = step.span.start;
    if (compareDates(day, addDays(valdag, -window)) < 0 || compareDates(day, addDays(valdag, window)) > 0)
      continue;
    const diff = daysBetween(valdag, day);
    const v = formatDate(valdag, false);
    const when =
      diff === 0
        ? { sv: "på valdagen", en: "on election day" }
        : diff < 0
          ? { sv: `${-diff} dagar före valdagen`, en: `${-diff} days before election day` }
          : { sv: `${diff} dagar efter valdagen`, en: `${diff} days after election day` };
    findings.push(
      entryFinding(step.entry, {
        code: "election-period",
        severity: "info",
        column: "when",
        message: {
          sv: `${shortEvent(step.entry)}: ${day.year} är valår och sammanträdet ligger ${when.sv} (${v.sv}, vallagen 1 kap. 3 §). Kontrollera att det inte krockar med valet.`,
          en: `${shortEvent(step.entry)}: ${day.year} is an election year and the meeting is ${when.en} (${v.en}, vallagen 1 kap. 3 §). Check that it does not clash with the election.`,
        },
        short: { sv: `${capital(when.sv)} ${v.sv}`, en: `${capital(when.en)} ${v.en}` },
      }),
    );
  }
  return findings;
};

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
