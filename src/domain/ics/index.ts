export { buildIcs, DEFAULT_REFRESH_HOURS } from "./buildIcs";
export type { IcsOptions, IcsResult } from "./buildIcs";
export { STOCKHOLM_TZID, stockholmTimezoneGenerator } from "./stockholmTimezone";
export { derivedPlanId, exportIds, isPlanId, isUsableId, planIdentity, uidDomain } from "./identity";
export { readExportedEvents } from "./previousExport";
export type { ExportedEvent } from "./previousExport";
export type { AllDayBusy } from "./eventTiming";
export {
  EXPORT_MEMORY_COLUMNS,
  EXPORT_MEMORY_SHEET,
  eventsFromMemoryRows,
  exportScope,
  memoryRows,
} from "./exportMemory";
