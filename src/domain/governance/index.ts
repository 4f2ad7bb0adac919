export {
  isWorkingDay,
  nonWorkingReason,
  onOrNextWorkingDay,
  workingDaysBefore,
  workingDaysBetween,
} from "./workingDay";
export type { WorkingDayOptions } from "./workingDay";
export { electionDay, isElectionYear, newAssemblyFrom } from "./electionYear";
export { bodyName, type Body, type Organisation } from "./bodies";
export { DEFAULT_GOVERNANCE, ruleOn, type DischargeOrder, type GovernanceSettings } from "./settings";
export {
  readRegler,
  readReglerTsv,
  reglerDefaultRows,
  reglerDefaultTsv,
  REGLER_HEADERS,
  REGLER_TABLE_NAME,
  type ReglerRead,
} from "./reglerTable";
export { electionYearNote } from "./electionNote";
