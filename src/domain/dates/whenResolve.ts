/**
 * The last stage of {@link parseWhen}: turns a group of atoms into occurrences (dates), with the
 * year rules, year-end crossing ("November-februari") and reversed ranges ("30 maj - 3 maj").
 */
import type { Occurrence, PlainDate, Precision } from "../types";
import { isoWeekMonday } from "./isoWeek";
import {
  addDays,
  compareDates,
  daysBetween,
  isValidDate,
  lastDayOfMonth,
  plainDate,
  weekday,
} from "./plainDate";
import type { Atom, Group } from "./whenAtoms";
import type { Part } from "./whenTokens";
import { NAMED_DEADLINE, NAMED_PRECISION, namedSpan } from "./whenNamed";

export interface ResolveContext {
  /** The year for atoms with no year of their own and none near them. */
  readonly year: number;
  /** A year written anywhere in the text ("2027", "13 februari 2024"). */
  readonly textYear?: number;
  readonly headingMonth?: number;
}

export type GroupResult =
  | {
      readonly ok: true;
      readonly occurrences: Occurrence[];
      readonly precision: Precision;
      readonly explicitYear: boolean;
      readonly reversed: boolean;
      /** A holiday named alone ("före jul", "midsommar"): a deadline by the day before it. */
      readonly deadline: boolean;
      /** "per den 30 april", "april månads utgång": a period-end date. */
      readonly periodEnd: boolean;
    }
  | { readonly ok: false; readonly reason: FailureReason };

type FailureReason = "invalid-date" | "invalid-week" | "invalid-quarter";

interface Span {
  readonly start: PlainDate;
  readonly end: PlainDate;
}
type SpanOrFailure = Span | FailureReason;

const RANK: Record<Atom["kind"], number> = {
  day: 0,
  num: 0,
  week: 1,
  part: 2,
  month: 3,
  quarter: 4,
  season: 5,
  weekDay: 0,
  monthEnd: 0,
  monthWeek: 1,
  weekPart: 1,
  named: 2,
  monthTurn: 2,
};

/**
 * How precise a group is (lower is more precise), used to pick the group that dates the row:
 * "Vecka 7, tisdag 13 februari" is dated by the day, not the week.
 *
 * @example
 * groupRank({ items: [{ from: { kind: "month", month: 5 } }] }); // 3
 */
export function groupRank(group: Group): number {
  // The first atom that is not a bare number, in the order written (from, then to, per item);
  // a plain loop: this runs for every group of every När text read.
  for (let index = 0; index < group.items.length; index += 1) {
    const item = group.items[index];
    if (item === undefined) continue;
    if (item.from.kind !== "num") return RANK[item.from.kind];
    if (item.to !== undefined && item.to.kind !== "num") return RANK[item.to.kind];
  }
  return RANK.num;
}

function monthSpan(year: number, from: number, to: number, firstDay = 1, lastDay?: number): SpanOrFailure {
  const end = lastDay === undefined ? lastDayOfMonth(year, to) : plainDate(year, to, lastDay);
  return { start: plainDate(year, from, firstDay), end };
}

/** The span of one atom in a given year; nums are read as `numAs`. */
type NumAs = "day" | "week" | "quarter" | "tertial" | "half";

const QUARTER_MONTHS: Record<"quarter" | "tertial" | "half", number> = { quarter: 3, tertial: 4, half: 6 };

/**
 * "första veckan i maj": a week belongs to the month that holds most of its working days, that
 * is its Wednesday. The first week of a month is the first ISO week whose Wednesday is in the
 * month, the nth week n - 1 weeks later, and "sista veckan" the last ISO week whose Wednesday is
 * in the month; Monday to Friday, so up to two days may fall in the month before or after. (The
 * week holding the 1st is not used: in May 2026 that week has four April days and 1 May, a
 * holiday.)
 */
function monthWeekSpan(year: number, month: number, nth: number): SpanOrFailure {
  let wednesday: PlainDate;
  if (nth === -1) {
    wednesday = lastDayOfMonth(year, month);
    while (weekday(wednesday) !== 3) wednesday = addDays(wednesday, -1);
  } else {
    if (nth < 1 || nth > 4) return "invalid-week";
    wednesday = plainDate(year, month, 1);
    while (weekday(wednesday) !== 3) wednesday = addDays(wednesday, 1);
    wednesday = addDays(wednesday, 7 * (nth - 1));
  }
  return { start: addDays(wednesday, -2), end: addDays(wednesday, 2) };
}

/** "början av v. 12" Monday–Tuesday, "mitten av v. 12" Wednesday, "slutet av v. 12" Thursday–Friday. */
const WEEK_PART_DAYS: Record<Part, readonly [number, number]> = {
  early: [0, 1],
  mid: [2, 2],
  late: [3, 4],
};

function atomSpan(atom: Atom, year: number, numAs: NumAs, numMonth: number | undefined): SpanOrFailure {
  switch (atom.kind) {
    case "day":
    case "num": {
      if (atom.kind === "num" && numAs === "week")
        return atomSpan({ kind: "week", week: atom.value }, year, numAs, numMonth);
      if (atom.kind === "num" && (numAs === "quarter" || numAs === "tertial")) {
        return atomSpan({ kind: "quarter", quarterKind: numAs, n: atom.value }, year, numAs, numMonth);
      }
      const day = atom.kind === "day" ? atom.day : atom.value;
      const month = atom.kind === "day" ? atom.month : numMonth;
      if (month === undefined || !isValidDate(year, month, day)) return "invalid-date";
      const d = plainDate(year, month, day);
      return { start: d, end: d };
    }
    case "month":
      return monthSpan(year, atom.month, atom.month);
    case "part": {
      if (atom.part === "early") return monthSpan(year, atom.month, atom.month, 1, 10);
      if (atom.part === "mid") return monthSpan(year, atom.month, atom.month, 11, 20);
      return monthSpan(year, atom.month, atom.month, 21);
    }
    case "week": {
      const monday = isoWeekMonday(year, atom.week);
      return monday ? { start: monday, end: addDays(monday, 4) } : "invalid-week";
    }
    case "season":
      if (atom.season === "spring") return monthSpan(year, 1, 6);
      if (atom.season === "summer") return monthSpan(year, 6, 8);
      return monthSpan(year, 8, 12);
    case "quarter": {
      const size = QUARTER_MONTHS[atom.quarterKind];
      if (atom.n < 1 || atom.n > 12 / size) return "invalid-quarter";
      return monthSpan(year, (atom.n - 1) * size + 1, atom.n * size);
    }
    case "named":
      return namedSpan(atom.name, year);
    case "monthWeek":
      return monthWeekSpan(year, atom.month, atom.nth);
    case "weekDay": {
      const monday = isoWeekMonday(year, atom.week);
      if (!monday) return "invalid-week";
      const day = addDays(monday, atom.weekday - 1);
      if (atom.toWeekday === undefined) return { start: day, end: day };
      // "fre–mån v. 12" runs over the weekend to the Monday after.
      const to = atom.toWeekday < atom.weekday ? atom.toWeekday + 7 : atom.toWeekday;
      return { start: day, end: addDays(monday, to - 1) };
    }
    case "weekPart": {
      const monday = isoWeekMonday(year, atom.week);
      if (!monday) return "invalid-week";
      const [from, to] = WEEK_PART_DAYS[atom.part];
      return { start: addDays(monday, from), end: addDays(monday, to) };
    }
    case "monthTurn": {
      const next = atom.month === 12 ? { year: year + 1, month: 1 } : { year, month: atom.month + 1 };
      return { start: plainDate(year, atom.month, 21), end: plainDate(next.year, next.month, 10) };
    }
    case "monthEnd": {
      const last = lastDayOfMonth(year, atom.month);
      return { start: last, end: last };
    }
  }
}

const hasMonth = (a: Atom): a is Extract<Atom, { month: number }> => "month" in a;

/** A range whose end, read in the same year, comes before its start crosses the year end if it then spans at most this many days. */
const MAX_YEAR_CROSSING_DAYS = 200;

/**
 * An atom's year: its own, else the next one written after it, else the last before it. Plain
 * loops over the group's atoms, not a closure with two slices per atom: this runs for every
 * atom of every distinct När text of an import, most of them before V8 has optimised anything.
 */
function yearOf(atoms: readonly Atom[], index: number, ctx: ResolveContext): number {
  const own = atoms[index]?.year;
  if (own !== undefined) return own;
  for (let k = index + 1; k < atoms.length; k += 1) {
    const year = atoms[k]?.year;
    if (year !== undefined) return year;
  }
  for (let k = index - 1; k >= 0; k -= 1) {
    const year = atoms[k]?.year;
    if (year !== undefined) return year;
  }
  return ctx.textYear ?? ctx.year;
}

/** A bare number's month: that of the next atom written after it that has one, else of the last before. */
function monthOf(atoms: readonly Atom[], index: number, ctx: ResolveContext): number | undefined {
  for (let k = index + 1; k < atoms.length; k += 1) {
    const a = atoms[k];
    if (a !== undefined && hasMonth(a)) return a.month ?? ctx.headingMonth;
  }
  for (let k = index - 1; k >= 0; k -= 1) {
    const a = atoms[k];
    if (a !== undefined && hasMonth(a)) return a.month ?? ctx.headingMonth;
  }
  return ctx.headingMonth;
}

/**
 * Resolves a group to occurrences. Never throws.
 *
 * @example
 * resolveGroup({ items: [{ from: { kind: "month", month: 11 }, to: { kind: "month", month: 2 } }] }, { year: 2007 });
 * // one occurrence 2007-11-01..2008-02-29, precision "months"
 */
export function resolveGroup(group: Group, ctx: ResolveContext): GroupResult | undefined {
  const atoms: Atom[] = [];
  for (let index = 0; index < group.items.length; index += 1) {
    const it = group.items[index];
    if (it === undefined) continue;
    atoms.push(it.from);
    if (it.to) atoms.push(it.to);
  }
  const principal = atoms.find((a) => a.kind !== "num");
  if (!principal && ctx.headingMonth === undefined) return undefined;
  let numAs: NumAs = "day";
  if (principal?.kind === "week") numAs = "week";
  if (principal?.kind === "quarter") numAs = principal.quarterKind;

  const occurrences: Occurrence[] = [];
  let reversed = false;
  let index = 0;
  for (const item of group.items) {
    const fromIndex = index;
    const from = atomSpan(item.from, yearOf(atoms, fromIndex, ctx), numAs, monthOf(atoms, fromIndex, ctx));
    index += 1;
    if (typeof from === "string") return { ok: false, reason: from };
    if (!item.to) {
      occurrences.push({ start: from.start, end: from.end });
      continue;
    }
    const toIndex = index;
    index += 1;
    const toYear = yearOf(atoms, toIndex, ctx);
    let to = atomSpan(item.to, toYear, numAs, monthOf(atoms, toIndex, ctx));
    if (typeof to === "string") return { ok: false, reason: to };
    let start = from.start;
    if (compareDates(to.start, from.start) < 0) {
      // Read across the year end when the text lets us: "November-februari", "v. 51-2".
      const toFixed = item.to.year !== undefined;
      const fromFixed = item.from.year !== undefined;
      let crossed = false;
      if (!toFixed) {
        const later = atomSpan(item.to, toYear + 1, numAs, monthOf(atoms, toIndex, ctx));
        if (typeof later !== "string" && daysBetween(from.start, later.end) <= MAX_YEAR_CROSSING_DAYS) {
          to = later;
          crossed = true;
        }
      } else if (!fromFixed) {
        const earlier = atomSpan(item.from, toYear - 1, numAs, monthOf(atoms, fromIndex, ctx));
        if (typeof earlier !== "string" && daysBetween(earlier.start, to.end) <= MAX_YEAR_CROSSING_DAYS) {
          start = earlier.start;
          crossed = true;
        }
      }
      if (!crossed) {
        reversed = true;
        occurrences.push({ start: to.start, end: compareDates(from.end, to.end) > 0 ? from.end : to.end });
        continue;
      }
    }
    occurrences.push({ start, end: to.end });
  }

  const kind = principal?.kind ?? "day";
  const hasRange = group.items.some((it) => it.to !== undefined);
  const single = group.items.length === 1 && !hasRange;
  let precision: Precision;
  const weekdaySpan = atoms.some((a) => a.kind === "weekDay" && a.toWeekday !== undefined);
  if (kind === "day" || kind === "weekDay" || kind === "monthEnd")
    precision = single && !weekdaySpan ? "day" : "days";
  else if (kind === "week" || kind === "monthWeek" || kind === "weekPart") precision = "week";
  // "påsk till midsommar": a span between two holidays is as vague as a part of a month.
  else if (principal?.kind === "named")
    precision = single ? NAMED_PRECISION[principal.name] : "part-of-month";
  else if (kind === "season") precision = "season";
  else if (kind === "quarter") precision = "quarter";
  else if (atoms.some((a) => a.kind === "part" || a.kind === "monthTurn")) precision = "part-of-month";
  else precision = single ? "month" : "months";

  const merged = FAMILY_KEEPS_ITEMS.has(kind) ? occurrences : mergeAdjacent(occurrences);
  return {
    ok: true,
    occurrences: merged,
    precision,
    explicitYear: atoms.some((a) => a.year !== undefined) || ctx.textYear !== undefined,
    reversed,
    deadline: single && principal?.kind === "named" && NAMED_DEADLINE.has(principal.name),
    periodEnd: atoms.some((a) => a.kind === "monthEnd" || (a.kind === "day" && a.per === true)),
  };
}

/** Kinds whose occurrences stay one per item (a list of days is all of its days). */
const FAMILY_KEEPS_ITEMS: ReadonlySet<string> = new Set([
  "day",
  "week",
  "weekDay",
  "monthEnd",
  "monthWeek",
  "weekPart",
]);

/** "juni/juli", "september och oktober": months next to each other become one span. */
function mergeAdjacent(occurrences: readonly Occurrence[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const occ of occurrences) {
    const prev = out[out.length - 1];
    if (prev && compareDates(addDays(prev.end, 1), occ.start) === 0) {
      out[out.length - 1] = { start: prev.start, end: occ.end };
    } else {
      out.push(occ);
    }
  }
  return out;
}
