/** "Nästa års plan": a plan for another year out of this year's, with a review of every row. */
export { rolloverPlan, type RolloverOptions } from "./rolloverPlan";
export { applyRolloverEdits, type RolloverEdit, type RolloverEdits } from "./applyEdits";
export { planSheetNames, type PlanSheetNames } from "./planSheetNames";
export type { RolloverChange, RolloverReason, RolloverReasonCode, RolloverResult, YearOffer } from "./types";
