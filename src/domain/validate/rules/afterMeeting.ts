import { readMark } from "../../chains/marker";
import { addDays, compareDates, daysBetween } from "../../dates/plainDate";
import { ruleOn } from "../../governance/settings";
import { governanceSteps, type GovernanceStep } from "../../governance/steps";
import { onOrNextWorkingDay } from "../../governance/workingDay";
import { formatDate, shortEvent } from "../describe";
import { entryFinding } from "../finding";
import { cite, UNVERIFIED } from "../governanceText";
import { governanceOf, type Rule } from "../ruleContext";
import type { Bilingual, Finding } from "../../types";

const MINUTES = "KL 8 kap. 12 §";
const APPEAL = "KL 13 kap. 5 §";
/** Steps about a meeting's paperwork, not meetings themselves. */
const PAPERWORK: ReadonlySet<string> = new Set([
  "minutes-checked",
  "minutes-posted",
  "final",
  "announcement",
]);

/** The meeting a derived row (Härled datum) belongs to, by its mark in Innehåll; undefined for other rows. */
const chainCache = new WeakMap<GovernanceStep, string | null>();
function chainOf(step: GovernanceStep): string | undefined {
  let id = chainCache.get(step);
  if (id === undefined) {
    id = step.entry.notes.includes("[") ? (readMark(step.entry.notes)?.meetingId ?? null) : null;
    chainCache.set(step, id);
  }
  return id ?? undefined;
}

/**
 * The latest step before `step` (on or before its start) that `accept` takes. A derived row looks
 * only in its own chain (its meeting and the rows derived from it), so a fortnightly organ's
 * next justering or anslag is never taken for this meeting's.
 */
function latestBefore(
  steps: readonly (GovernanceStep | undefined)[],
  step: GovernanceStep,
  accept: (s: GovernanceStep) => boolean,
): GovernanceStep | undefined {
  let found: GovernanceStep | undefined;
  const chain = chainOf(step);
  for (const s of steps) {
    if (s === undefined || s === step || !s.span.dated || !accept(s)) continue;
    if (chain !== undefined && s.entry.id !== chain && chainOf(s) !== chain) continue;
    if (compareDates(s.span.start, step.span.start) > 0) continue;
    if (found === undefined || compareDates(s.span.start, found.span.start) > 0) found = s;
  }
  return found;
}

/**
 * after-meeting: the protokoll justerat more than 14 days after its meeting, the anslag later than
 * the second day after the justering, or a decision treated as final (laga kraft) before the three
 * weeks of överklagande after the anslag have run (errors). The meeting is the latest dated step of
 * the body the justering names (or of any body).
 *
 * @example
 * // "Sammanträde i stadsdelsnämnden" 3 mars, "Justering av stadsdelsnämndens protokoll" 20 mars
 * afterMeeting({ timeline, options: {} })[0].short.sv; // "Justerat 17 dagar efter (KL 8 kap. 12 §)"
 */
export const afterMeeting: Rule = ({ timeline, options }) => {
  const settings = governanceOf(options);
  if (!ruleOn(settings, "after-meeting")) return [];
  const steps = governanceSteps(timeline.entries);
  const findings: Finding[] = [];
  const add = (step: GovernanceStep, related: GovernanceStep, message: Bilingual, short: Bilingual): void => {
    findings.push(
      entryFinding(step.entry, {
        code: "after-meeting",
        severity: "error",
        column: "when",
        message,
        short,
        relatedEntryIds: [related.entry.id],
      }),
    );
  };
  for (const step of steps) {
    if (step === undefined || !step.span.dated) continue;
    const event = shortEvent(step.entry);
    if (step.topic === "minutes-checked" && ruleOn(settings, "after-meeting/justering")) {
      const meeting = latestBefore(
        steps,
        step,
        (s) =>
          s.body !== undefined &&
          !PAPERWORK.has(s.topic ?? "") &&
          (step.body === undefined || s.body === step.body),
      );
      if (meeting === undefined) continue;
      const days = daysBetween(meeting.span.end, step.span.start);
      if (days <= settings.minutesCheckedDays) continue;
      const c = cite(MINUTES, UNVERIFIED);
      add(
        step,
        meeting,
        {
          sv: `${event}: protokollet ska justeras senast ${settings.minutesCheckedDays} dagar efter sammanträdet (${formatDate(meeting.span.end, false).sv}, rad ${meeting.entry.line}), här ${days}. ${c.sv}`,
          en: `${event}: the minutes must be checked at most ${settings.minutesCheckedDays} days after the meeting (${formatDate(meeting.span.end, false).en}, line ${meeting.entry.line}), here ${days}. ${c.en}`,
        },
        { sv: `Justerat ${days} dagar efter (${MINUTES})`, en: `Checked ${days} days after (${MINUTES})` },
      );
    } else if (step.topic === "minutes-posted" && ruleOn(settings, "after-meeting/anslag")) {
      const checked = latestBefore(steps, step, (s) => s.topic === "minutes-checked");
      if (checked === undefined) continue;
      const deadline = addDays(checked.span.end, settings.minutesPostedDays);
      // "Senast andra dagen": a law deadline, so söndagsregeln applies (lag 1930:173 2 §).
      const lastDay = ruleOn(settings, "sunday-rule")
        ? onOrNextWorkingDay(deadline, { extraDaysOff: settings.extraDaysOff })
        : deadline;
      if (compareDates(step.span.start, lastDay) <= 0) continue;
      const c = cite(MINUTES, UNVERIFIED);
      const j = formatDate(checked.span.end, false);
      add(
        step,
        checked,
        {
          sv: `${event}: justeringen (${j.sv}, rad ${checked.entry.line}) ska tillkännages på anslagstavlan senast andra dagen efter, alltså senast ${formatDate(lastDay, false).sv}. ${c.sv}`,
          en: `${event}: the checking of the minutes (${j.en}, line ${checked.entry.line}) must be posted on the notice board by the second day after, that is by ${formatDate(lastDay, false).en}. ${c.en}`,
        },
        {
          sv: `Anslag senast ${formatDate(lastDay, false).sv} (${MINUTES})`,
          en: `Post by ${formatDate(lastDay, false).en} (${MINUTES})`,
        },
      );
    } else if (step.topic === "final" && ruleOn(settings, "after-meeting/laga-kraft")) {
      const posted = latestBefore(steps, step, (s) => s.topic === "minutes-posted");
      if (posted === undefined) continue;
      const appealEnds = onOrNextWorkingDay(addDays(posted.span.end, settings.appealDays), {
        extraDaysOff: settings.extraDaysOff,
      });
      if (compareDates(step.span.start, appealEnds) > 0) continue;
      const c = cite(APPEAL);
      const e = formatDate(appealEnds, false);
      add(
        step,
        posted,
        {
          sv: `${event}: beslutet kan överklagas i tre veckor från anslaget (${formatDate(posted.span.end, false).sv}, rad ${posted.entry.line}), till och med ${e.sv}; först därefter vinner det laga kraft. ${c.sv}`,
          en: `${event}: the decision can be appealed for three weeks from the posting (${formatDate(posted.span.end, false).en}, line ${posted.entry.line}), up to ${e.en}; only after that does it become final. ${c.en}`,
        },
        { sv: `Överklagbart t.o.m. ${e.sv} (${APPEAL})`, en: `Appealable until ${e.en} (${APPEAL})` },
      );
    }
  }
  return findings;
};
