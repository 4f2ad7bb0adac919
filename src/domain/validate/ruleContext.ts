/**
 * What every validation rule receives, and the shape of a rule.
 */
import type { Finding, OwnerRecord, Timeline } from "../types";

/** Options of {@link validateTimeline}. */
export interface ValidateOptions {
  /** An owner register (a --owners file or the workbook's owner table). Enables unknown-owner. */
  readonly owners?: readonly OwnerRecord[];
  /** Minimum working days between a matter's draft and its decision (off when undefined). */
  readonly minLeadWorkingDays?: number;
}

export interface RuleContext {
  readonly timeline: Timeline;
  readonly options: ValidateOptions;
}

/** A pure check: the findings of one rule for the whole timeline. */
export type Rule = (context: RuleContext) => Finding[];
