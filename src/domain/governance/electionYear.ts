/**
 * The election year (valår): ordinary elections to riksdag, regionfullmäktige and
 * kommunfullmäktige on the second Sunday of September every four years (vallagen 2005:837
 * 1 kap. 3 §; 2026, 2030, …). Computed, not listed. See docs/GOVERNANCE-RULES.md.
 */
import { plainDate, weekday } from "../dates/plainDate";
import type { PlainDate } from "../types";

/**
 * The first valår computed. The "second Sunday" wording was found for 2018 on; 2014's valdag
 * (14 September) fits it. Earlier elections (third Sunday, three-year terms before 1994) are
 * not claimed.
 */
const FIRST_COMPUTED = 2014;

/**
 * True when `year` is a year of ordinary elections.
 *
 * @example
 * isElectionYear(2026); // true
 * isElectionYear(2007); // false
 */
export function isElectionYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_COMPUTED && (year - FIRST_COMPUTED) % 4 === 0;
}

/**
 * The valdag of a valår (the second Sunday of September), or undefined in other years.
 *
 * @example
 * electionDay(2026); // { year: 2026, month: 9, day: 13 }
 * electionDay(2027); // undefined
 */
export function electionDay(year: number): PlainDate | undefined {
  if (!isElectionYear(year)) return undefined;
  const first = plainDate(year, 9 /* sep */, 1);
  const firstSunday = 1 + ((7 - weekday(first)) % 7);
  return plainDate(year, 9, firstSunday + 7);
}

/**
 * The day the newly elected fullmäktige takes office: 15 October of the valår (KL 5 kap. 9 §).
 *
 * @example
 * newAssemblyFrom(2026); // { year: 2026, month: 10, day: 15 }
 */
export function newAssemblyFrom(year: number): PlainDate | undefined {
  return isElectionYear(year) ? plainDate(year, 10 /* oct */, 15) : undefined;
}
