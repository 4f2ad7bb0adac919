/**
 * The municipality's settings of the governance rules: every rule's default comes from the law
 * (docs/GOVERNANCE-RULES.md); the Regler table (./reglerTable.ts) can turn a rule off or change
 * its value.
 */
import type { Organisation } from "./bodies";

/** Which of the two steps fullmäktige takes first (practice differs: SKR vs. local). */
export type DischargeOrder = "före" | "efter" | "valfri";

export interface GovernanceSettings {
  readonly organisation: Organisation;
  /** Rule codes turned off ("budget-proposal", "sunday-rule", …). */
  readonly off: ReadonlySet<string>;
  /** Kungörelse of fullmäktige at least this many days before the meeting (7). */
  readonly announcementDays: number;
  /** Protokoll justerat at most this many days after the meeting (14). */
  readonly minutesCheckedDays: number;
  /** Anslag at most this many days after the justering (2: "senast andra dagen"). */
  readonly minutesPostedDays: number;
  /** Överklagandetid after the anslag, in days (21: "tre veckor", KL 13 kap. 5 §). */
  readonly appealDays: number;
  /** Delårsrapport to fullmäktige and revisorer at most this many months after its period (2). */
  readonly interimReportMonths: number;
  /** Årsredovisning to fullmäktige by this day of the next year: { month, day } (30 April). */
  readonly annualReportBy: { readonly month: number; readonly day: number };
  /** Ansvarsfrihet before or after fullmäktige approves the årsredovisning, or either. */
  readonly dischargeOrder: DischargeOrder;
  /** Days around the valdag whose meetings get an info finding (7). */
  readonly electionWindowDays: number;
  /** Klämdagar and other local days off (ISO dates); empty unless the Regler table turns them on. */
  readonly extraDaysOff: ReadonlySet<string>;
  /** Working days from draft (handlingar) to decision; undefined = lead-time off. */
  readonly minLeadWorkingDays: number | undefined;
}

/**
 * The law's defaults: every rule on, kommun, the deadlines of KL and LKBR.
 *
 * @example
 * DEFAULT_GOVERNANCE.announcementDays; // 7
 */
export const DEFAULT_GOVERNANCE: GovernanceSettings = {
  organisation: "kommun",
  off: new Set<string>(),
  announcementDays: 7,
  minutesCheckedDays: 14,
  minutesPostedDays: 2,
  appealDays: 21,
  interimReportMonths: 2,
  annualReportBy: { month: 4, day: 30 },
  dischargeOrder: "valfri",
  electionWindowDays: 7,
  extraDaysOff: new Set<string>(),
  minLeadWorkingDays: undefined,
};

/** True unless the settings turn the rule with this code off. */
export function ruleOn(settings: GovernanceSettings, code: string): boolean {
  return !settings.off.has(code);
}
