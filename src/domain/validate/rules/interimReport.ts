import { monthFromWord } from "../../dates/months";
import { compareDates, daysInMonth, plainDate } from "../../dates/plainDate";
import { bodyName } from "../../governance/bodies";
import { addMonthsLegal, deadlineStanding } from "../../governance/deadline";
import { ruleOn } from "../../governance/settings";
import { stepsOf, type GovernanceStep } from "../../governance/steps";
import { formatDate, shortEvent } from "../describe";
import { entryFinding } from "../finding";
import { cite, sundayNote } from "../governanceText";
import { governanceOf, type Rule } from "../ruleContext";
import type { Finding, PlainDate } from "../../types";

const PERIOD = "LKBR 13 kap. 1 §";
const HAND_OVER = "KL 11 kap. 16 §";

/** "januari–augusti", "jan-aug", "januari t.o.m. augusti": the second month ends the period. */
const RANGE = /(\p{L}+\.?)\s*(?:–|-|till och med|till|t\.\s?o\.\s?m\.?)\s*(\p{L}+\.?)/iu;
/** "per 31 augusti", "per den 31 augusti", "per augusti". */
const PER = /(?<![\p{L}])per\s+(?:den\s+)?(?:(\d{1,2})\s+)?(\p{L}+\.?)/iu;

/**
 * The last day of the period a delårsrapport's text names, in `year`, or undefined.
 *
 * @example
 * periodEnd("Delårsrapport januari–augusti", 2026); // 2026-08-31
 * periodEnd("Delårsrapport per den 30 juni", 2026); // 2026-06-30
 */
export function periodEnd(text: string, year: number): PlainDate | undefined {
  const range = RANGE.exec(text);
  if (range !== null && monthFromWord(range[1] ?? "") === 1) {
    const month = monthFromWord(range[2] ?? "");
    if (month !== undefined) return plainDate(year, month, daysInMonth(year, month));
  }
  const per = PER.exec(text);
  const month = per === null ? undefined : monthFromWord(per[2] ?? "");
  if (per === null || month === undefined) return undefined;
  const day = per[1] === undefined ? daysInMonth(year, month) : Number(per[1]);
  return day >= 1 && day <= daysInMonth(year, month) ? plainDate(year, month, day) : undefined;
}

/** Half the year at least, two thirds at most: ends from 30 June to 31 August. */
function fits(end: PlainDate): boolean {
  return (
    compareDates(end, plainDate(end.year, 6, 30)) >= 0 && compareDates(end, plainDate(end.year, 8, 31)) <= 0
  );
}

interface WithPeriod {
  readonly step: GovernanceStep;
  readonly end: PlainDate;
}

/**
 * interim-report: a delårsrapport period that is not half to two thirds of the year when no
 * report of the plan's year fits (warning, LKBR 13 kap. 1 §), and the hand-over to fullmäktige and
 * the revisorer later than two months after the period's end (error, KL 11 kap. 16 §).
 *
 * @example
 * // "Delårsrapport januari–augusti överlämnas till kommunfullmäktige" on 16 november 2026
 * interimReport({ timeline, options: {} })[0].code; // "interim-report"
 */
export const interimReport: Rule = ({ timeline, options }) => {
  const settings = governanceOf(options);
  if (!ruleOn(settings, "interim-report")) return [];
  const work = { extraDaysOff: settings.extraDaysOff, sundayRule: ruleOn(settings, "sunday-rule") };
  const findings: Finding[] = [];
  const steps = stepsOf(timeline.entries, "interim-report");
  const withPeriod: WithPeriod[] = [];
  for (const step of steps) {
    const end = periodEnd(step.entry.event, step.namedYear ?? step.span.start.year);
    if (end !== undefined) withPeriod.push({ step, end });
  }
  const years = new Set(withPeriod.filter((p) => fits(p.end)).map((p) => p.end.year));
  for (const { step, end } of withPeriod) {
    if (fits(end) || years.has(end.year)) continue;
    const c = cite(PERIOD);
    findings.push(
      entryFinding(step.entry, {
        code: "interim-report",
        severity: "warning",
        column: "event",
        message: {
          sv: `${shortEvent(step.entry)}: perioden slutar ${formatDate(end).sv}. Den obligatoriska delårsrapporten ska omfatta minst hälften och högst två tredjedelar av räkenskapsåret (till och med 30 juni–31 augusti), och ingen delårsrapport i planen gör det. ${c.sv}`,
          en: `${shortEvent(step.entry)}: the period ends on ${formatDate(end).en}. The required interim report must cover at least half and at most two thirds of the financial year (up to 30 June–31 August), and no interim report in the plan does. ${c.en}`,
        },
        short: {
          sv: `Perioden ska vara 1/2–2/3 av året ${c.sv}`,
          en: `Period must be 1/2–2/3 of the year ${c.en}`,
        },
      }),
    );
  }
  const assembly = bodyName("assembly", settings.organisation);
  const periods = [...new Set(withPeriod.map((p) => `${p.end.year}-${p.end.month}-${p.end.day}`))];
  for (const step of steps) {
    if (!step.handOver) continue;
    const own = withPeriod.find((p) => p.step === step)?.end;
    const single = periods.length === 1 ? withPeriod[0]?.end : undefined;
    const end = own ?? single;
    if (end === undefined) continue;
    const deadline = addMonthsLegal(end, settings.interimReportMonths);
    const standing = deadlineStanding(step.span, deadline, work);
    if (standing === "in-time") continue;
    const c = cite(HAND_OVER);
    const event = shortEvent(step.entry);
    if (standing === "sunday") {
      const note = sundayNote(deadline, false);
      findings.push(
        entryFinding(step.entry, {
          code: "sunday-rule",
          severity: "info",
          column: "when",
          message: { sv: `${event}: ${note.sv} ${c.sv}`, en: `${event}: ${note.en} ${c.en}` },
          short: { sv: "Söndagsregeln (lag 1930:173)", en: "Sunday rule (lag 1930:173)" },
        }),
      );
      continue;
    }
    const d = formatDate(deadline);
    findings.push(
      entryFinding(step.entry, {
        code: "interim-report",
        severity: standing === "late" ? "error" : "warning",
        column: "when",
        message: {
          sv: `${event}: delårsrapporten ska överlämnas till ${assembly.sv} och revisorerna senast ${settings.interimReportMonths} månader efter periodens slut (${formatDate(end).sv}), alltså senast ${d.sv}${standing === "late" ? "" : "; raden kan ligga senare, skriv ett datum"}. ${c.sv}`,
          en: `${event}: the interim report must be handed to ${assembly.en} and the auditors at most ${settings.interimReportMonths} months after the period ends (${formatDate(end).en}), that is by ${d.en}${standing === "late" ? "" : "; the row may fall later, write a date"}. ${c.en}`,
        },
        short: { sv: `Senast ${d.sv} ${c.sv}`, en: `By ${d.en} ${c.en}` },
      }),
    );
  }
  return findings;
};
