import { compareDates } from "../../dates/plainDate";
import { monthName } from "../../dates/months";
import { formatDate, shortEvent } from "../describe";
import { entryFinding } from "../finding";
import { matterGroups, type MatterEntry } from "../matterGroups";
import { STEP_NAMES, STEP_ORDER } from "../matters";
import type { Rule } from "../ruleContext";
import type { Bilingual, Finding } from "../../types";

const DECISION = STEP_ORDER.indexOf("decision");

/** "21 maj", or the När text / month for an undated step. */
function whenOf(item: MatterEntry): Bilingual {
  if (item.span.dated && compareDates(item.span.start, item.span.end) === 0)
    return formatDate(item.span.start, false);
  const written = item.entry.when.trim();
  if (written !== "") return { sv: written, en: written };
  return { sv: monthName(item.span.start.month, "sv"), en: monthName(item.span.start.month, "en") };
}

function outOfOrder(later: MatterEntry, earlier: MatterEntry): Finding {
  const name = STEP_NAMES[earlier.step];
  const [a, b] = [whenOf(later), whenOf(earlier)];
  const event = shortEvent(later.entry);
  return entryFinding(later.entry, {
    code: "process-order",
    severity: "error",
    column: "when",
    message: {
      sv: `${event} (${a.sv}) kommer före ${name.sv} (${b.sv}, rad ${earlier.entry.line}), men ska komma efter. Rätta datumen.`,
      en: `${event} (${a.en}) comes before ${name.en} (${b.en}, line ${earlier.entry.line}) but must come after it. Correct the dates.`,
    },
    short: { sv: `Före ${name.sv} (${b.sv})`, en: `Before ${name.en} (${b.en})` },
    relatedEntryIds: [earlier.entry.id],
  });
}

function unconfirmed(item: MatterEntry, decision: MatterEntry): Finding {
  const date = formatDate(decision.span.start, false);
  const period = whenOf(item);
  const event = shortEvent(item.entry);
  return entryFinding(item.entry, {
    code: "process-order",
    severity: "info",
    column: "when",
    message: {
      sv: `"${event}" har inget eget datum (${period.sv}), så det kan inte bekräftas att det kommer före beslutet ${date.sv} (rad ${decision.entry.line}). Skriv ett datum.`,
      en: `"${event}" has no date of its own (${period.en}), so it cannot be confirmed that it comes before the decision on ${date.en} (line ${decision.entry.line}). Write a date.`,
    },
    short: {
      sv: `Kan inte bekräftas före beslutet ${date.sv}`,
      en: `Cannot confirm before decision ${date.en}`,
    },
    fix: { type: "mark-reviewed", entryId: item.entry.id },
    relatedEntryIds: [decision.entry.id],
  });
}

/** The first decision (sorted by date) inside the item's span, by binary search. */
function firstFrom(decisions: readonly MatterEntry[], item: MatterEntry): MatterEntry | undefined {
  let low = 0;
  let high = decisions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const d = decisions[mid];
    if (d !== undefined && compareDates(d.span.start, item.span.start) < 0) low = mid + 1;
    else high = mid;
  }
  const found = decisions[low];
  return found !== undefined && compareDates(found.span.start, item.span.end) <= 0 ? found : undefined;
}

/**
 * process-order: the steps of one matter (preparation → draft → MBL → councils → decision →
 * fullmäktige) out of order (error), or an undated step in the month of the dated decision (info).
 *
 * @example
 * // "Beslut om tertialrapport 1 i stadsdelsnämnden" 8 maj, "Utkast till tertialrapport 1 …" 11 maj
 * processOrder({ timeline, options: {} })[0].message.sv; // "Beslut om tertialrapport 1 … (8 maj) kommer före utkastet (11 maj, …"
 */
export const processOrder: Rule = ({ timeline }) => {
  const findings: Finding[] = [];
  for (const group of matterGroups(timeline.entries).values()) {
    // The latest-starting entry of each step: the one most likely to come too late.
    const latest: (MatterEntry | undefined)[] = STEP_ORDER.map(() => undefined);
    for (const item of group) {
      const current = latest[item.rank];
      if (current === undefined || compareDates(item.span.start, current.span.start) > 0)
        latest[item.rank] = item;
    }
    const flagged = new Set<string>();
    for (const item of group) {
      for (let rank = 0; rank < item.rank; rank += 1) {
        const earlier = latest[rank];
        if (earlier === undefined || compareDates(earlier.span.start, item.span.end) <= 0) continue;
        findings.push(outOfOrder(item, earlier));
        flagged.add(earlier.entry.id);
      }
    }
    const decisions = group
      .filter((g) => g.rank === DECISION && g.span.dated)
      .sort((a, b) => compareDates(a.span.start, b.span.start));
    for (const item of group) {
      // Preparation rows ("… färdigställs" under the month) are the month's work towards the
      // decision by convention; only draft, MBL and councils need a date of their own.
      if (item.rank === 0 || item.rank >= DECISION || item.span.dated || flagged.has(item.entry.id)) continue;
      const decision = firstFrom(decisions, item);
      if (decision !== undefined) findings.push(unconfirmed(item, decision));
    }
  }
  return findings;
};
