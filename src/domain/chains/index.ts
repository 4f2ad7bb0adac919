export {
  deriveChains,
  type DeriveOptions,
  type DeriveResult,
  type DerivedCells,
  type DerivedUpdate,
} from "./deriveChains";
export {
  CHAIN_PREFIX,
  chainDefaultRows,
  defaultChainTemplates,
  isChainRule,
  readChainRules,
  type ChainRulesRead,
  type ChainTemplate,
} from "./chainRules";
export { templateProblem } from "./chainFindings";
export { formatChainStep, parseChainSteps, type ChainStep } from "./template";
export { readMark, rowChecksum, type DerivedMark } from "./marker";
export { stepDate, workingDaysAfter, onOrPreviousWorkingDay } from "./chainDays";
export { markedMeetings } from "./meetings";
