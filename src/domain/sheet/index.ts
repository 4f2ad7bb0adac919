export * from "./sheetModel";
export { buildCalendarSheet } from "./buildCalendarSheet";
export type { CalendarOptions } from "./buildCalendarSheet";
export { buildPrintPlan } from "./buildPrintPlan";
export { buildTimelineTableSheet, buildOwnersSheet } from "./buildTableSheets";
export { ownerColors, OWNER_PALETTE } from "./ownerColors";
export type { OwnerColor } from "./ownerColors";
export { GENERATED_BY } from "./sheetText";
export { calendarYears } from "./calendarPlacement";
