/**
 * Working days: the one definition lives in ../governance/workingDay (lag 1930:173 2 §); kept
 * here as the name the validation rules have always imported.
 */
export { workingDaysBetween } from "../governance/workingDay";
