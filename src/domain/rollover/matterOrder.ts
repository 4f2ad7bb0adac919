/**
 * The order of a matter's steps (preparation → draft → MBL → councils → decision → fullmäktige),
 * as the check's process-order rule groups them (validate/matterGroups.ts): the bounds a step
 * may move within, and the steps whose order the new dates break.
 */
import { compareDates } from "../dates/plainDate";
import { matterGroups } from "../validate/matterGroups";
import type { ProcessStep } from "../validate/matters";
import type { PlainDate, TimelineEntry } from "../types";

/** A dated step of a matter, with its new dates as they stand. */
export interface MatterMember {
  readonly entry: TimelineEntry;
  readonly matter: string;
  readonly step: ProcessStep;
  readonly rank: number;
}

/** The new span of an entry, as the rollover has it so far (undefined: not dated). */
export type SpanOf = (
  entry: TimelineEntry,
) => { readonly start: PlainDate; readonly end: PlainDate } | undefined;

/** The members of each matter, per members map (built once). */
const groups = new WeakMap<ReadonlyMap<TimelineEntry, MatterMember>, Map<string, MatterMember[]>>();

function groupOf(
  member: MatterMember,
  members: ReadonlyMap<TimelineEntry, MatterMember>,
): readonly MatterMember[] {
  let byMatter = groups.get(members);
  if (byMatter === undefined) {
    byMatter = new Map();
    for (const m of members.values()) {
      const list = byMatter.get(m.matter) ?? [];
      list.push(m);
      byMatter.set(m.matter, list);
    }
    groups.set(members, byMatter);
  }
  return byMatter.get(member.matter) ?? [];
}

/**
 * Every entry that is a step of a matter, by entry.
 *
 * @example
 * matterMembers(seed.entries).get(decisionEntry)?.step; // "decision"
 */
export function matterMembers(entries: readonly TimelineEntry[]): Map<TimelineEntry, MatterMember> {
  const members = new Map<TimelineEntry, MatterMember>();
  for (const [matter, group] of matterGroups(entries)) {
    for (const item of group)
      members.set(item.entry, { entry: item.entry, matter, step: item.step, rank: item.rank });
  }
  return members;
}

/** The bounds the order of the matter sets, and the steps that set them. */
export interface MatterBounds {
  readonly notBefore?: PlainDate;
  readonly notAfter?: PlainDate;
  readonly before?: MatterMember;
  readonly after?: MatterMember;
}

/**
 * The latest end of the matter's earlier steps and the earliest start of its later ones.
 *
 * @example
 * matterBounds(decision, members, spanOf); // { notBefore: <the draft's date>, before: <the draft> }
 */
export function matterBounds(
  member: MatterMember,
  members: ReadonlyMap<TimelineEntry, MatterMember>,
  spanOf: SpanOf,
): MatterBounds {
  let notBefore: PlainDate | undefined;
  let notAfter: PlainDate | undefined;
  let before: MatterMember | undefined;
  let after: MatterMember | undefined;
  for (const other of groupOf(member, members)) {
    if (other.entry === member.entry || other.rank === member.rank) continue;
    const span = spanOf(other.entry);
    if (span === undefined) continue;
    if (other.rank < member.rank && (notBefore === undefined || compareDates(span.end, notBefore) > 0)) {
      notBefore = span.end;
      before = other;
    }
    if (other.rank > member.rank && (notAfter === undefined || compareDates(span.start, notAfter) < 0)) {
      notAfter = span.start;
      after = other;
    }
  }
  return {
    ...(notBefore === undefined ? {} : { notBefore }),
    ...(notAfter === undefined ? {} : { notAfter }),
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  };
}

/**
 * The earlier-ranked step that `member` now comes before, when it did not in the old plan.
 *
 * @example
 * brokenOrder(decision, members, oldSpan, newSpan); // the draft, if the decision now precedes it
 */
export function brokenOrder(
  member: MatterMember,
  members: ReadonlyMap<TimelineEntry, MatterMember>,
  oldSpan: SpanOf,
  newSpan: SpanOf,
): MatterMember | undefined {
  const mine = { old: oldSpan(member.entry), next: newSpan(member.entry) };
  if (mine.old === undefined || mine.next === undefined) return undefined;
  for (const other of groupOf(member, members)) {
    if (other.rank >= member.rank) continue;
    const theirs = { old: oldSpan(other.entry), next: newSpan(other.entry) };
    if (theirs.old === undefined || theirs.next === undefined) continue;
    const wasInOrder = compareDates(theirs.old.start, mine.old.end) <= 0;
    const isInOrder = compareDates(theirs.next.start, mine.next.end) <= 0;
    if (wasInOrder && !isInOrder) return other;
  }
  return undefined;
}
