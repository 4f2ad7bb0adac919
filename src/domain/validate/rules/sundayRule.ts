import { singleDays } from "../entryDates";
import { ruleOn } from "../../governance/settings";
import { nonWorkingReason, onOrNextWorkingDay } from "../../governance/workingDay";
import { formatDate, shortEvent } from "../describe";
import { entryFinding } from "../finding";
import { governanceOf, type Rule } from "../ruleContext";
import type { Finding } from "../../types";

/**
 * sunday-rule (info): a deadline written "senast …"/"före …" on a day that is not a working day.
 * If the deadline comes from a law, lag (1930:173) 2 § lets the step be taken the next working
 * day; the rules of the law's deadlines (budget, delårsrapport, …) also report, under this code,
 * a step that relies on it (a warning where that is disputed).
 *
 * @example
 * // "senast 31 oktober 2026" (a Saturday)
 * sundayRule({ timeline, options: {} })[0].short.sv; // "Lördag: nästa vardag 2 november (lag 1930:173)"
 */
export const sundayRule: Rule = ({ timeline, options }) => {
  const settings = governanceOf(options);
  if (!ruleOn(settings, "sunday-rule")) return [];
  const work = { extraDaysOff: settings.extraDaysOff };
  const findings: Finding[] = [];
  for (const entry of timeline.entries) {
    if (!entry.parsed.ok || !entry.parsed.deadline) continue;
    const day = singleDays(entry)[0];
    if (day === undefined) continue;
    const reason = nonWorkingReason(day, work);
    if (reason === undefined) continue;
    const next = formatDate(onOrNextWorkingDay(day, work), false);
    const d = formatDate(day);
    findings.push(
      entryFinding(entry, {
        code: "sunday-rule",
        severity: "info",
        column: "when",
        message: {
          sv: `${shortEvent(entry)}: fristen ${d.sv} är en ${reason.sv}. Följer fristen av lag får åtgärden vidtas nästa vardag, ${next.sv} (lag 1930:173 2 §); för en frist "före … månads utgång" är det omstritt, och en egen frist flyttas inte. Lägg hellre fristen på arbetsdagen före.`,
          en: `${shortEvent(entry)}: the deadline ${d.en} is a ${reason.en}. If the deadline is set by law, the step may be taken on the next working day, ${next.en} (lag 1930:173 2 §); for a "before the end of the month" deadline that is disputed, and a deadline of your own does not move. Better put the deadline on the working day before.`,
        },
        short: {
          sv: `${reason.sv.charAt(0).toUpperCase()}${reason.sv.slice(1)}: nästa vardag ${next.sv} (lag 1930:173)`,
          en: `${reason.en}: next working day ${next.en} (lag 1930:173)`,
        },
      }),
    );
  }
  return findings;
};
