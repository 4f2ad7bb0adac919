/**
 * What every validation rule receives, and the shape of a rule.
 */
import { DEFAULT_GOVERNANCE, type GovernanceSettings } from "../governance/settings";
import type { Finding, OwnerRecord, Timeline } from "../types";

/** Options of {@link validateTimeline}. */
export interface ValidateOptions {
  /** An owner register (a --owners file or the workbook's owner table). Enables unknown-owner. */
  readonly owners?: readonly OwnerRecord[];
  /** Minimum working days between a matter's draft and its decision (off when undefined). */
  readonly minLeadWorkingDays?: number;
  /**
   * The governance rules' settings (the Regler table). The law's defaults when undefined
   * (docs/GOVERNANCE-RULES.md).
   */
  readonly governance?: GovernanceSettings;
}

/** The governance settings of a check: the options' own, or the law's defaults. */
export function governanceOf(options: ValidateOptions): GovernanceSettings {
  return options.governance ?? DEFAULT_GOVERNANCE;
}

export interface RuleContext {
  readonly timeline: Timeline;
  readonly options: ValidateOptions;
}

/** A pure check: the findings of one rule for the whole timeline. */
export type Rule = (context: RuleContext) => Finding[];
