/**
 * parseWhen: reads a När cell as Swedish and English planners write it. Three stages:
 * tokens (whenTokens.ts), atoms linked into groups (whenAtoms.ts), dates (whenResolve.ts).
 *
 * Rules worth knowing:
 * - Year: a year written in the text wins; otherwise context.headingYear ?? context.planYear.
 * - A range whose end comes before its start is read across the year end when that gives a span
 *   of at most 200 days ("November-februari"); otherwise it is reversed ("30 maj - 3 maj").
 * - When the text has several date groups, the most precise one dates the row
 *   ("Vecka 7, tisdag 13 februari 2024" is 13 February, not week 7).
 * - A bare day number ("15") takes its month from context.headingMonth, for documents that
 *   write day numbers under a month heading; without a heading month it is unrecognised.
 * - Times: see whenTokens.ts for how "30.9" (a date) and "9.30" (a time) are told apart.
 */
import type { Occurrence, ParsedWhen, PlainDate, WhenContext, WhenResult } from "../types";
import { type GroupResult, groupRank, resolveGroup } from "./whenResolve";
import { readTokens } from "./whenAtoms";
import { whenFailure } from "./whenMessages";
import { tokenizeWhen } from "./whenTokens";

/** Longer cells are event text pasted into När, not a date; reading them would only be slow. */
const MAX_LENGTH = 500;

/**
 * Reads a När text. Never throws: returns the occurrences, precision and flags, or a failure
 * with a reason ("empty", "unrecognised", "invalid-date", "invalid-week", "invalid-quarter") and
 * a Swedish and English message.
 *
 * @example
 * parseWhen("5 februari", { planYear: 2007 });
 * // { ok: true, occurrences: [{ start: 2007-02-05, end: 2007-02-05 }], precision: "day", … }
 * parseWhen("mars-april", { planYear: 2007 }); // 2007-03-01..2007-04-30, precision "months"
 * parseWhen("31 februari", { planYear: 2007 }); // { ok: false, reason: "invalid-date", … }
 */
export function parseWhen(text: string, context: WhenContext): WhenResult {
  if (text.trim() === "") return whenFailure("empty", text);
  if (text.length > MAX_LENGTH) return whenFailure("unrecognised", text.slice(0, 60));
  const read = readTokens(tokenizeWhen(text));
  const textYear =
    read.looseYear ??
    read.groups
      .flatMap((g) => g.items.flatMap((it) => [it.from.year, it.to?.year]))
      .find((y) => y !== undefined);
  const ctx = {
    year: context.headingYear ?? context.planYear,
    ...(textYear === undefined ? {} : { textYear }),
    ...(context.headingMonth === undefined ? {} : { headingMonth: context.headingMonth }),
  };
  let best: GroupResult | undefined;
  let bestRank = Infinity;
  for (const group of read.groups) {
    const rank = groupRank(group);
    if (rank >= bestRank) continue;
    const result = resolveGroup(group, ctx);
    if (result) {
      best = result;
      bestRank = rank;
    }
  }
  if (!best) return whenFailure("unrecognised", text);
  if (!best.ok) return whenFailure(best.reason, text);

  const time = read.time;
  const occurrences: Occurrence[] = time
    ? best.occurrences.map((o) => ({
        ...o,
        startTime: time.start,
        ...(time.end ? { endTime: time.end } : {}),
      }))
    : best.occurrences;
  const dayPrecise = best.precision === "day" || best.precision === "days";
  return {
    ok: true,
    occurrences,
    precision: best.precision,
    deadline: read.deadline,
    tentative: read.tentative,
    explicitYear: best.explicitYear,
    ...(read.weekday !== undefined && dayPrecise ? { statedWeekday: read.weekday } : {}),
    ...(best.reversed ? { reversed: true } : {}),
  };
}

/**
 * The reading of an Excel date cell: that day, day precision, explicit year.
 *
 * @example
 * whenFromExcelDate(plainDate(2007, 2, 5));
 * // { ok: true, occurrences: [{ start: 2007-02-05, end: 2007-02-05 }], precision: "day", explicitYear: true, … }
 */
export function whenFromExcelDate(date: PlainDate): ParsedWhen {
  return {
    ok: true,
    occurrences: [{ start: date, end: date }],
    precision: "day",
    deadline: false,
    tentative: false,
    explicitYear: true,
  };
}
