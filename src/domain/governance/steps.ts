/**
 * What the governance rules read from an entry: the topic of its event (budget, delårsrapport,
 * kungörelse, …), the body it happens in, the year it names and its dates.
 */
import type { TimelineEntry } from "../types";
import { entrySpans, type EntrySpan } from "../validate/entryDates";
import { bodyOf, type Body } from "./bodies";

export type Topic =
  | "budget-proposal"
  | "tax-proposal"
  | "budget-decision"
  | "tax-decision"
  | "interim-report"
  | "annual-report"
  | "discharge"
  | "announcement"
  | "minutes-checked"
  | "minutes-posted"
  | "final";

export interface GovernanceStep {
  readonly entry: TimelineEntry;
  readonly span: EntrySpan;
  readonly topic: Topic | undefined;
  readonly body: Body | undefined;
  /** A four-digit year written in the event ("budget 2027", "årsredovisning 2025"). */
  readonly namedYear: number | undefined;
  /** True when the step brings a document to fullmäktige or the revisorer ("överlämnas till …"). */
  readonly handOver: boolean;
}

const W0 = String.raw`(?<![\p{L}\d])`;
const re = (source: string): RegExp => new RegExp(source, "iu");

const PROPOSAL = re(`${W0}(?:förslag\\p{L}*|föreslå\\p{L}*|budgetförslag\\p{L}*)`);
const BUDGET = re(`${W0}(?:budget|budgeten|budgetförslag\\p{L}*|mål och budget|budget-?\\s?och)(?![\\p{L}])`);
const TAX = re(`${W0}skattesats\\p{L}*`);
const DECIDES = re(`${W0}(?:fastställ\\p{L}*|beslut\\p{L}*|anta\\p{L}*|klubba\\p{L}*)`);
const INTERIM = re(`${W0}(?:delårsrapport\\p{L}*|delårsbokslut\\p{L}*)`);
const ANNUAL = re(`${W0}årsredovisning\\p{L}*`);
const DISCHARGE = re(`${W0}(?:ansvarsfrihet\\p{L}*|ansvarsprövning\\p{L}*)`);
const ANNOUNCE = re(`${W0}(?:kungörelse\\p{L}*|kungörs|kungöra)`);
const CHECKED = re(`${W0}(?:justering\\p{L}*|justeras|justerat)`);
const POSTED = re(`${W0}(?:anslag(?:et|sbevis\\p{L}*)?|anslås|tillkännagivande\\p{L}*)(?![\\p{L}])`);
const FINAL = re(`${W0}laga kraft`);
const HAND_OVER = re(
  `${W0}(?:överlämna\\p{L}*|lämna\\p{L}*|skickas|till (?:kommun|region)?fullmäktige|till revisor\\p{L}*)`,
);
const YEAR = /(?<!\d)(19\d\d|20\d\d|21\d\d)(?!\d)/u;
/** One cheap scan first: a row naming none of these words has no topic (most rows of a plan). */
const ANY_TOPIC =
  /budget|skattesats|delårs|årsredovisning|ansvars|kungör|juster|anslag|anslås|tillkännag|laga kraft/iu;

function topicOf(text: string, body: Body | undefined): Topic | undefined {
  if (!ANY_TOPIC.test(text)) return undefined;
  if (FINAL.test(text)) return "final";
  if (CHECKED.test(text)) return "minutes-checked";
  if (ANNOUNCE.test(text)) return "announcement";
  if (POSTED.test(text) && !BUDGET.test(text)) return "minutes-posted";
  if (DISCHARGE.test(text)) return "discharge";
  if (INTERIM.test(text)) return "interim-report";
  if (ANNUAL.test(text)) return "annual-report";
  if (TAX.test(text) && !BUDGET.test(text)) {
    if (body === "assembly") return "tax-decision";
    if (body === "executive" && PROPOSAL.test(text)) return "tax-proposal";
    return undefined;
  }
  if (BUDGET.test(text)) {
    if (body === "assembly" && DECIDES.test(text) && !/presentera/iu.test(text)) return "budget-decision";
    if (body === "executive" && PROPOSAL.test(text)) return "budget-proposal";
  }
  return undefined;
}

const cache = new WeakMap<readonly TimelineEntry[], readonly (GovernanceStep | undefined)[]>();

/**
 * The governance step of every entry with readable dates, by index (undefined for the others).
 * Computed once per entries array.
 *
 * @example
 * governanceSteps(entries)[3]; // { topic: "budget-decision", body: "assembly", namedYear: 2008, … }
 */
export function governanceSteps(entries: readonly TimelineEntry[]): readonly (GovernanceStep | undefined)[] {
  const cached = cache.get(entries);
  if (cached !== undefined) return cached;
  const spans = entrySpans(entries);
  const steps = entries.map((entry, index): GovernanceStep | undefined => {
    const span = spans[index];
    if (span === undefined) return undefined;
    const text = entry.event;
    const body = bodyOf(text, entry.owner);
    const year = YEAR.exec(text);
    const topic = topicOf(text, body);
    return {
      entry,
      span,
      topic,
      body,
      namedYear: year?.[1] !== undefined ? Number(year[1]) : undefined,
      handOver: topic !== undefined && HAND_OVER.test(text),
    };
  });
  cache.set(entries, steps);
  return steps;
}

/** The steps of one topic. */
export function stepsOf(entries: readonly TimelineEntry[], topic: Topic): GovernanceStep[] {
  return governanceSteps(entries).filter((s): s is GovernanceStep => s?.topic === topic);
}
