/**
 * The table writes officeWorkbook.ts loads on first use, as one chunk: create the Tidsplan and
 * Ansvariga tables, apply a finding's fix.
 */
export { applyFix } from "./applyFix";
export { createTimelineTable } from "./createTable";
export { createOwnersTable } from "./ownersCreate";
export { createPlanSheet } from "./planSheet";
