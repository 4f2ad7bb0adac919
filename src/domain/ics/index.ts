export { buildIcs } from "./buildIcs";
export type { IcsOptions, IcsResult } from "./buildIcs";
export { STOCKHOLM_TZID, stockholmTimezoneGenerator } from "./stockholmTimezone";
export { derivedPlanId, exportIds, isPlanId, isUsableId, planIdentity, uidDomain } from "./identity";
