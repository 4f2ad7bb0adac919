/**
 * Swedish and English month and weekday names, full and abbreviated, as planners write them.
 */
import type { Language } from "../types";

const MONTHS_SV = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
] as const;
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
const WEEKDAYS_SV = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"] as const;
const WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** Every accepted month word (lower case, no trailing dot) → month 1–12. */
const MONTH_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  ...MONTHS_SV.map((name, i): [string, number] => [name, i + 1]),
  ...MONTHS_EN.map((name, i): [string, number] => [name.toLowerCase(), i + 1]),
  ["jan", 1],
  ["feb", 2],
  ["febr", 2],
  ["mar", 3],
  ["mars", 3],
  ["apr", 4],
  ["jun", 6],
  // A month heading or grid column "Jul" is July; in a När text parseWhen reads "jul" alone as
  // Christmas (see readJul in whenTokens.ts).
  ["jul", 7],
  ["aug", 8],
  ["sep", 9],
  ["sept", 9],
  ["okt", 10],
  ["oct", 10],
  ["nov", 11],
  ["dec", 12],
]);

/** Every accepted weekday word (lower case, no trailing dot) → 1 = Monday … 7 = Sunday. */
const WEEKDAY_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  ...WEEKDAYS_SV.map((name, i): [string, number] => [name, i + 1]),
  ...WEEKDAYS_EN.map((name, i): [string, number] => [name.toLowerCase(), i + 1]),
  ["mån", 1],
  ["tis", 2],
  ["ons", 3],
  ["tor", 4],
  ["tors", 4],
  ["fre", 5],
  ["lör", 6],
  ["sön", 7],
  ["mon", 1],
  ["tue", 2],
  ["tues", 2],
  ["wed", 3],
  ["thu", 4],
  ["thur", 4],
  ["thurs", 4],
  ["fri", 5],
  ["sat", 6],
  ["sun", 7],
]);

/**
 * The month 1–12 a word names, in Swedish or English, full or abbreviated, any case, with or
 * without a trailing dot; undefined when it is not a month word.
 *
 * @example
 * monthFromWord("OKTOBER"); // 10
 * monthFromWord("nov."); // 11
 * monthFromWord("May"); // 5
 */
export function monthFromWord(word: string): number | undefined {
  return MONTH_WORDS.get(word.toLowerCase().replace(/\.$/, ""));
}

/**
 * The weekday (1 = Monday … 7 = Sunday) a word names, Swedish or English, full or abbreviated.
 *
 * @example
 * weekdayFromWord("tisdag"); // 2
 * weekdayFromWord("Fri"); // 5
 */
export function weekdayFromWord(word: string): number | undefined {
  return WEEKDAY_WORDS.get(word.toLowerCase().replace(/\.$/, ""));
}

/**
 * The full month name: Swedish in lower case ("februari"), English capitalised ("February").
 * Returns "" for a month outside 1–12.
 *
 * @example
 * monthName(2, "sv"); // "februari"
 * monthName(2, "en"); // "February"
 */
export function monthName(month: number, lang: Language): string {
  return (lang === "sv" ? MONTHS_SV : MONTHS_EN)[month - 1] ?? "";
}

/**
 * The full weekday name (1 = Monday … 7 = Sunday); "" outside 1–7.
 *
 * @example
 * weekdayName(2, "sv"); // "tisdag"
 * weekdayName(2, "en"); // "Tuesday"
 */
export function weekdayName(weekday: number, lang: Language): string {
  return (lang === "sv" ? WEEKDAYS_SV : WEEKDAYS_EN)[weekday - 1] ?? "";
}
