export { validateTimeline, RULES } from "./validateTimeline";
export type { ValidateOptions } from "./ruleContext";
export { summarize, kontrollLine, type FindingSummary } from "./summarize";
export { ownerFromEvent } from "./ownerFromEvent";
export { matterStep, type MatterStep, type ProcessStep } from "./matters";
export { workingDaysBetween } from "./workingDays";
