import { compareDates, daysBetween } from "../../dates/plainDate";
import { bodyName } from "../../governance/bodies";
import { ruleOn } from "../../governance/settings";
import { governanceSteps, stepsOf, type GovernanceStep } from "../../governance/steps";
import { formatDate, shortEvent } from "../describe";
import { entryFinding } from "../finding";
import { cite, UNVERIFIED } from "../governanceText";
import { governanceOf, type Rule } from "../ruleContext";
import type { Finding } from "../../types";

const SECTION = "KL 5 kap. 53 §";
/** A kungörelse is paired with the next fullmäktige meeting within this many days. */
const PAIR_WITHIN = 45;

/**
 * announcement: the kungörelse of a fullmäktige meeting on the anslagstavla fewer than 7 days
 * (a setting) before the meeting (error). The meeting is the next dated fullmäktige step on or
 * after the kungörelse.
 *
 * @example
 * // "Kungörelse av kommunfullmäktige anslås" 8 juni, "Kommunfullmäktige sammanträder" 11 juni
 * announcement({ timeline, options: {} })[0].short.sv; // "Kungörelse 3 dagar före (KL 5 kap. 53 §)"
 */
export const announcement: Rule = ({ timeline, options }) => {
  const settings = governanceOf(options);
  if (!ruleOn(settings, "announcement")) return [];
  const assembly = bodyName("assembly", settings.organisation);
  const meetings = governanceSteps(timeline.entries).filter(
    (s): s is GovernanceStep =>
      s !== undefined && s.body === "assembly" && s.span.dated && s.topic !== "announcement",
  );
  const findings: Finding[] = [];
  for (const notice of stepsOf(timeline.entries, "announcement")) {
    if (!notice.span.dated) continue;
    let meeting: GovernanceStep | undefined;
    for (const m of meetings) {
      if (compareDates(m.span.start, notice.span.start) < 0) continue;
      if (daysBetween(notice.span.start, m.span.start) > PAIR_WITHIN) continue;
      if (meeting === undefined || compareDates(m.span.start, meeting.span.start) < 0) meeting = m;
    }
    if (meeting === undefined) continue;
    const days = daysBetween(notice.span.end, meeting.span.start);
    if (days >= settings.announcementDays) continue;
    const c = cite(SECTION, UNVERIFIED);
    const m = formatDate(meeting.span.start, false);
    findings.push(
      entryFinding(notice.entry, {
        code: "announcement",
        severity: "error",
        column: "when",
        message: {
          sv: `${shortEvent(notice.entry)}: kungörelsen av ${assembly.sv}s sammanträde (${m.sv}, rad ${meeting.entry.line}) ska finnas på anslagstavlan minst ${settings.announcementDays} dagar före sammanträdet, här ${days}. Ett sammanträde som inte kungjorts i tid kan behöva ställas in. ${c.sv}`,
          en: `${shortEvent(notice.entry)}: the notice of the ${assembly.en}'s meeting (${m.en}, line ${meeting.entry.line}) must be on the notice board at least ${settings.announcementDays} days before the meeting, here ${days}. A meeting not announced in time may have to be cancelled. ${c.en}`,
        },
        short: {
          sv: `Kungörelse ${days} dagar före (${SECTION})`,
          en: `Notice ${days} days before (${SECTION})`,
        },
        relatedEntryIds: [meeting.entry.id],
      }),
    );
  }
  return findings;
};
