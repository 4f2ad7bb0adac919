/**
 * "Nästa års plan": a new plan for another year out of this year's. The old timeline is only
 * read; the result is a new timeline (new plan identity, same row ids) and a review of every row.
 */
import { DEFAULT_GOVERNANCE, type GovernanceSettings } from "../governance/settings";
import { governanceSteps } from "../governance/steps";
import { addDays, compareDates, daysBetween } from "../dates/plainDate";
import { derivedPlanId, planIdentity } from "../ics/identity";
import { entrySpan } from "../validate/entryDates";
import { STEP_ORDER } from "../validate/matters";
import type { Occurrence, PlainDate, Timeline, TimelineEntry } from "../types";
import { patternOf, shiftByPattern } from "./datePattern";
import { lawWindow, type LawWindow } from "./lawDeadlines";
import { brokenOrder, matterBounds, matterMembers, type SpanOf } from "./matterOrder";
import { newEntry } from "./newEntry";
import {
  asWrittenReason,
  lawReason,
  nonWorkingReason,
  orderBrokenReason,
  orderConflictReason,
  orderKeptReason,
  patternReason,
  unreadableReason,
} from "./reasons";
import type { RolloverChange, RolloverReason, RolloverResult } from "./types";
import { moveToWorkingDay, offDayReason } from "./workingDayMove";
import { advanceYears } from "./yearsInText";

/** Options of {@link rolloverPlan}. */
export interface RolloverOptions {
  /** The Regler table's settings (klämdagar, rules turned off); the law's defaults otherwise. */
  readonly governance?: GovernanceSettings;
}

/** A dated row on its way to the new year. */
interface Draft {
  occurrences: Occurrence[];
  readonly reasons: RolloverReason[];
  readonly window?: LawWindow;
}

const DECISION = STEP_ORDER.indexOf("decision");

function spanOfOccurrences(
  occurrences: readonly Occurrence[],
): { start: PlainDate; end: PlainDate } | undefined {
  let start: PlainDate | undefined;
  let end: PlainDate | undefined;
  for (const o of occurrences) {
    if (start === undefined || compareDates(o.start, start) < 0) start = o.start;
    if (end === undefined || compareDates(o.end, end) > 0) end = o.end;
  }
  return start === undefined || end === undefined ? undefined : { start, end };
}

function lastWorkingOnOrBefore(date: PlainDate, settings: GovernanceSettings): PlainDate {
  let day = date;
  for (let i = 0; i < 21 && offDayReason(day, settings) !== undefined; i += 1) day = addDays(day, -1);
  return day;
}

function firstWorkingOnOrAfter(date: PlainDate, settings: GovernanceSettings): PlainDate {
  let day = date;
  for (let i = 0; i < 21 && offDayReason(day, settings) !== undefined; i += 1) day = addDays(day, 1);
  return day;
}

/** The law's window applied to a one-day row: the date moved inside it, with the reason. */
function keepLaw(draft: Draft, settings: GovernanceSettings): void {
  const window = draft.window;
  const [only] = draft.occurrences;
  if (window === undefined || only === undefined || draft.occurrences.length !== 1) return;
  let date = only.start;
  if (window.notAfter !== undefined && compareDates(date, window.notAfter) > 0)
    date = lastWorkingOnOrBefore(window.notAfter, settings);
  else if (window.notBefore !== undefined && compareDates(date, window.notBefore) < 0)
    date = firstWorkingOnOrAfter(window.notBefore, settings);
  else return;
  draft.reasons.push(lawReason(only.start, date, window.law));
  draft.occurrences = [{ ...only, start: date, end: date }];
}

/**
 * The plan for `toYear` made from `timeline`: dated rows keep their pattern (the weekday of the
 * ISO week; the nth weekday or the same date where the text or the law says so), a day off moves
 * to the nearest working day that keeps the order of its matter, month and week rows move as
 * written, years in the texts advance (other years are offered), and the plan gets a new
 * identity. Never throws; a row it cannot read is kept and the review says so.
 *
 * @example
 * const { timeline: next, review } = rolloverPlan(seed, 2008);
 * next.entries[2].when; // "4 februari" (was "5 februari": Monday of v. 6)
 * review[2].reasons[0].code; // "iso-week"
 */
export function rolloverPlan(
  timeline: Timeline,
  toYear: number,
  options: RolloverOptions = {},
): RolloverResult {
  const settings = options.governance ?? DEFAULT_GOVERNANCE;
  const fromYear = timeline.plan.year;
  const delta = toYear - fromYear;
  const entries = timeline.entries;
  const steps = governanceSteps(entries);
  const members = matterMembers(entries);
  const drafts = new Map<TimelineEntry, Draft>();

  entries.forEach((entry, index) => {
    const span = entrySpan(entry);
    const parsed = entry.parsed;
    if (!parsed.ok || span === undefined || !span.dated) return;
    const step = steps[index];
    // The year the text names advances with the plan ("budget 2027" becomes "budget 2028").
    const named = step?.namedYear === undefined ? undefined : step.namedYear + delta;
    const window =
      step === undefined
        ? undefined
        : lawWindow({ ...step, namedYear: named }, span.start.year + delta, settings);
    const pattern = patternOf(entry, window !== undefined);
    const occurrences = parsed.occurrences.map((o) => {
      const start = shiftByPattern(o.start, pattern, delta);
      return { ...o, start, end: addDays(start, daysBetween(o.start, o.end)) };
    });
    const first = occurrences[0]?.start ?? span.start;
    const draft: Draft = {
      occurrences,
      reasons: [patternReason(pattern, first)],
      ...(window === undefined ? {} : { window }),
    };
    keepLaw(draft, settings);
    drafts.set(entry, draft);
  });

  const newSpan: SpanOf = (entry) => {
    const draft = drafts.get(entry);
    return draft === undefined ? undefined : spanOfOccurrences(draft.occurrences);
  };
  const oldSpan: SpanOf = (entry) => {
    const span = entrySpan(entry);
    return span?.dated === true ? span : undefined;
  };

  // Days off, earliest first and on one day the earlier step first, so a moved draft bounds its decision.
  const rankOf = (entry: TimelineEntry): number => members.get(entry)?.rank ?? -1;
  const byDate = [...drafts.entries()].sort(([a], [b]) => {
    const [sa, sb] = [newSpan(a), newSpan(b)];
    const byStart = sa === undefined || sb === undefined ? 0 : compareDates(sa.start, sb.start);
    return byStart !== 0 ? byStart : rankOf(a) - rankOf(b);
  });
  for (const [entry, draft] of byDate) {
    const member = members.get(entry);
    const bounds = member === undefined ? {} : matterBounds(member, members, newSpan);
    const window = draft.window;
    const notBefore = [bounds.notBefore, window?.notBefore]
      .filter((d) => d !== undefined)
      .sort(compareDates)
      .pop();
    const notAfter = [bounds.notAfter, window?.notAfter].filter((d) => d !== undefined).sort(compareDates)[0];
    const prefer = member !== undefined && member.rank >= DECISION ? "later" : "earlier";
    const deadline = entry.parsed.ok && entry.parsed.deadline;
    draft.occurrences = draft.occurrences.map((o) => {
      if (compareDates(o.start, o.end) !== 0) return o;
      const off = offDayReason(o.start, settings);
      if (off === undefined) return o;
      const moved = moveToWorkingDay(
        o.start,
        {
          ...(notBefore === undefined ? {} : { notBefore }),
          ...(notAfter === undefined ? {} : { notAfter }),
        },
        deadline ? "earlier" : prefer,
        settings,
      );
      if (moved === undefined) {
        draft.reasons.push(orderConflictReason(o.start, off));
        return o;
      }
      draft.reasons.push(nonWorkingReason(o.start, off, moved.date));
      if (moved.forOrder) {
        const later = compareDates(moved.date, o.start) > 0;
        const peer = later ? bounds.before : bounds.after;
        if (peer !== undefined) draft.reasons.push(orderKeptReason(later, peer.step, peer.entry.line));
      }
      return { ...o, start: moved.date, end: moved.date };
    });
  }
  for (const [entry, draft] of drafts) {
    const member = members.get(entry);
    const broken = member === undefined ? undefined : brokenOrder(member, members, oldSpan, newSpan);
    if (broken !== undefined) draft.reasons.push(orderBrokenReason(broken.step, broken.entry.line));
  }

  const review: RolloverChange[] = [];
  const newEntries = entries.map((entry) => {
    const draft = drafts.get(entry);
    const event = advanceYears(entry.event, fromYear, toYear, "event");
    const notes = advanceYears(entry.notes, fromYear, toYear, "notes");
    const made = newEntry(entry, {
      fromYear,
      toYear,
      event,
      notes,
      ...(draft === undefined ? {} : { occurrences: draft.occurrences }),
    });
    const reasons: RolloverReason[] =
      draft?.reasons ?? (entry.parsed.ok ? [asWrittenReason()] : [unreadableReason()]);
    review.push({ ...made.change, reasons: [...reasons, ...made.textReasons] });
    return made.entry;
  });

  const title = advanceYears(timeline.plan.title, fromYear, toYear, "title");
  const plan = {
    title: title.text,
    year: toYear,
    // A new identity, so the new plan's calendar events never replace the old plan's.
    id: derivedPlanId(`${planIdentity(timeline.plan)} ${toYear}`),
  };
  return {
    timeline: {
      plan,
      entries: newEntries,
      skipped: [],
      ...(timeline.extraColumns === undefined ? {} : { extraColumns: timeline.extraColumns }),
    },
    review,
    titleOffers: title.offer === undefined ? [] : [title.offer],
    fromYear,
    toYear,
  };
}
