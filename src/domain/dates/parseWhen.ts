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
 * - Times: see whenTokens.ts for how "30.9" (a date) and "9.30" (a time) are told apart. A time
 *   belongs to the dates it follows ("3 februari kl 13, 17 mars kl 9.30"), in parentheses only
 *   to the one before it ("5, 19 (08.00)"); written first or once at the end, to all.
 * - Holidays and parts of the year ("före jul", "efter midsommar", "årsskiftet"): whenNamed.ts.
 * - "12/5 (ev. 19/5)": the first date, tentative, the rest in `alternatives`.
 * - "3*,17,31*": footnote marks are kept in `marks`, by occurrence.
 * - "-", "–", "x" alone: the failure "no-date" (the cell says there is nothing).
 */
import type { Occurrence, ParsedWhen, PlainDate, WhenContext, WhenResult } from "../types";
import { type GroupResult, groupRank, type ResolveContext, resolveGroup } from "./whenResolve";
import { type ReadTokens, readTokens, type TimeToken } from "./whenAtoms";
import { whenFailure } from "./whenMessages";
import { tokenizeWhen } from "./whenTokens";

/** Longer cells are event text pasted into När, not a date; reading them would only be slow. */
const MAX_LENGTH = 500;

/**
 * Reads a När text. Never throws: returns the occurrences, precision and flags, or a failure
 * with a reason ("empty", "no-date", "unrecognised", "invalid-date", "invalid-week",
 * "invalid-quarter") and a Swedish and English message.
 *
 * @example
 * parseWhen("5 februari", { planYear: 2007 });
 * // { ok: true, occurrences: [{ start: 2007-02-05, end: 2007-02-05 }], precision: "day", … }
 * parseWhen("mars-april", { planYear: 2007 }); // 2007-03-01..2007-04-30, precision "months"
 * parseWhen("31 februari", { planYear: 2007 }); // { ok: false, reason: "invalid-date", … }
 */
export function parseWhen(text: string, context: WhenContext): WhenResult {
  const trimmed = text.trim();
  if (trimmed === "") return whenFailure("empty", text);
  if (NO_DATE.test(trimmed)) return whenFailure("no-date", text);
  if (text.length > MAX_LENGTH) return whenFailure("unrecognised", text.slice(0, 60));
  const { read, textYear } = readText(text);
  const ctx = {
    year: context.headingYear ?? context.planYear,
    ...(textYear === undefined ? {} : { textYear }),
    ...(context.headingMonth === undefined ? {} : { headingMonth: context.headingMonth }),
  };
  const primaryCount = read.altFrom ?? read.groups.length;
  let best: GroupResult | undefined;
  let bestIndex = -1;
  let bestRank = Infinity;
  for (let index = 0; index < primaryCount; index += 1) {
    const group = read.groups[index];
    if (!group) continue;
    const rank = groupRank(group);
    if (rank >= bestRank) continue;
    const result = resolveGroup(group, ctx);
    if (result) {
      best = result;
      bestIndex = index;
      bestRank = rank;
    }
  }
  if (!best) return whenFailure("unrecognised", text);
  if (!best.ok) return whenFailure(best.reason, text);
  // "Onsdag 12 februari Torsdag 13 februari" (two cells of a table flattened into one line): two
  // groups of days, neither more precise than the other, are both the cell's dates, in the
  // order written; reading only the first would drop the second without a word.
  const sameRank: number[] = [];
  if (best.precision === "day" || best.precision === "days") {
    for (let index = bestIndex + 1; index < primaryCount; index += 1) {
      const group = read.groups[index];
      if (group !== undefined && groupRank(group) === bestRank) sameRank.push(index);
    }
  }
  if (sameRank.length > 0) return dayList(read, bestIndex, best, sameRank, ctx);

  const dayPrecise = best.precision === "day" || best.precision === "days";
  // Built once and filled in, not spread: parseWhen runs for every distinct När text.
  const parsed: { -readonly [K in keyof ParsedWhen]: ParsedWhen[K] } = {
    ok: true,
    occurrences: read.times.length === 0 ? best.occurrences : withTimes(read, bestIndex, best.occurrences),
    precision: best.precision,
    deadline: read.deadline || best.deadline,
    tentative: read.tentative,
    explicitYear: best.explicitYear,
  };
  if (read.weekday !== undefined && dayPrecise) parsed.statedWeekday = read.weekday;
  if (best.reversed) parsed.reversed = true;
  if (best.periodEnd) parsed.periodEnd = true;
  if (primaryCount < read.groups.length) {
    const alternatives = alternativeOccurrences(read, primaryCount, ctx);
    if (alternatives.length > 0) parsed.alternatives = alternatives;
  }
  if (read.marks.length > 0) {
    const marks = marksOf(read, bestIndex, best.occurrences.length, read.groups[bestIndex]?.items.length);
    if (marks.length > 0) parsed.marks = marks;
  }
  return parsed;
}

/**
 * The reading of a cell that writes several groups of days one after another ("12 februari
 * 13 februari"): every group's days, each with the times written with it, in the order written.
 */
function dayList(
  read: ReadTokens,
  bestIndex: number,
  best: GroupResult & { ok: true },
  others: readonly number[],
  ctx: ResolveContext,
): WhenResult {
  const occurrences =
    read.times.length === 0 ? best.occurrences.slice() : withTimes(read, bestIndex, best.occurrences);
  let explicitYear = best.explicitYear;
  let deadline = read.deadline || best.deadline;
  for (const index of others) {
    const group = read.groups[index];
    const result = group !== undefined ? resolveGroup(group, ctx) : undefined;
    if (result === undefined || !result.ok) continue;
    if (result.precision !== "day" && result.precision !== "days") continue;
    occurrences.push(
      ...(read.times.length === 0 ? result.occurrences : withTimes(read, index, result.occurrences)),
    );
    explicitYear = explicitYear || result.explicitYear;
    deadline = deadline || result.deadline;
  }
  const parsed: { -readonly [K in keyof ParsedWhen]: ParsedWhen[K] } = {
    ok: true,
    occurrences,
    precision: occurrences.length > 1 ? "days" : best.precision,
    deadline,
    tentative: read.tentative,
    explicitYear,
  };
  if (best.reversed) parsed.reversed = true;
  return parsed;
}

/** A text's tokens read into groups, and the first year written in it: the same in every context. */
interface TextReading {
  readonly read: ReadTokens;
  readonly textYear: number | undefined;
}

/**
 * A text's tokens read into groups. Not kept between calls: an import keeps what parseWhen
 * returns per När text and context (importRows.ts). A cache of these readings as well (sessions
 * 5–6) held some 15,000 objects alive through a first import of 10,000 rows: measured in session
 * 7 (50 paired fresh processes per input), a first import of the bench's date-ordered plan was
 * 4 ms faster without it and the cycling one (the same texts read in two years) 3 ms slower,
 * later imports alike; it also kept its megabyte for the life of the process (the pane).
 */
function readText(text: string): TextReading {
  const read = readTokens(tokenizeWhen(text));
  return { read, textYear: read.looseYear ?? firstYear(read) };
}

/** The first year written with a date, in the order written (each item's start, then its end). */
function firstYear(read: ReadTokens): number | undefined {
  for (const group of read.groups) {
    for (const item of group.items) {
      if (item.from.year !== undefined) return item.from.year;
      if (item.to?.year !== undefined) return item.to.year;
    }
  }
  return undefined;
}

/** A cell that says "no date here": a dash of any kind, or an "x", alone. */
const NO_DATE = /^(?:[-\u2010-\u2015\u2212]+|[xX])$/u;

/** The occurrences of the groups written as alternatives ("12/5 (ev. 19/5)"), those that resolve. */
function alternativeOccurrences(read: ReadTokens, from: number, ctx: ResolveContext): Occurrence[] {
  const out: Occurrence[] = [];
  for (let index = from; index < read.groups.length; index += 1) {
    const group = read.groups[index];
    const result = group ? resolveGroup(group, ctx) : undefined;
    if (result?.ok) out.push(...result.occurrences);
  }
  return out;
}

/** The marks after the dating group's items, by occurrence index (one occurrence per item). */
function marksOf(
  read: ReadTokens,
  group: number,
  occurrences: number,
  items: number | undefined,
): { index: number; mark: string }[] {
  if (read.marks.length === 0 || occurrences !== items) return [];
  return read.marks
    .filter((m) => m.group === group && m.item !== undefined)
    .map((m) => ({ index: m.item ?? 0, mark: m.mark }));
}

/**
 * The times of the dating group's occurrences. A time before any date applies to every date; a
 * time after dates applies to those written since the previous time ("3 februari kl 13, 17 mars
 * kl 9.30"; "4, 11 och 18 maj kl. 9" all three); a time in parentheses only to the date right
 * before it ("5, 19 (08.00)": the 19th). When the times stand elsewhere (after another group, or
 * the dates were merged into spans), the first time applies to all, as it always did.
 */
function withTimes(read: ReadTokens, group: number, occurrences: Occurrence[]): Occurrence[] {
  if (read.times.length === 0) return occurrences;
  const items = read.groups[group]?.items.length ?? 0;
  const perItem: (TimeToken | undefined)[] = new Array<TimeToken | undefined>(items).fill(undefined);
  let leading: TimeToken | undefined;
  let placed = false;
  let from = 0;
  for (const t of read.times) {
    if (t.group === undefined || t.item === undefined) {
      leading = leading ?? t.time;
    } else if (t.group === group) {
      placed = true;
      if (t.paren) {
        perItem[t.item] = perItem[t.item] ?? t.time;
      } else {
        // After a leading time ("kl 9 den 4 maj, 5 maj kl 13") a later one is only its own date's.
        for (let k = leading ? t.item : from; k <= t.item; k += 1) perItem[k] = perItem[k] ?? t.time;
        from = t.item + 1;
      }
    }
  }
  const first = read.times[0]?.time;
  const timed = (o: Occurrence, time: TimeToken | undefined): Occurrence =>
    time ? { ...o, startTime: time.start, ...(time.end ? { endTime: time.end } : {}) } : o;
  if (!placed || occurrences.length !== items) return occurrences.map((o) => timed(o, leading ?? first));
  return occurrences.map((o, k) => timed(o, perItem[k] ?? leading));
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
