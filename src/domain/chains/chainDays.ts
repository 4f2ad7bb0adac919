/**
 * The date of a chain step, counted from its reference in calendar or working days, moved off a
 * non-working day in the safe direction. Uses the one working-day definition of
 * ../governance/workingDay (lag 1930:173 2 §: not a weekend, an allmän helgdag, midsommarafton,
 * julafton or nyårsafton; plus the kommun's klämdagar).
 */
import { addDays, compareDates, weekday } from "../dates/plainDate";
import { formatDate } from "../validate/describe";
import {
  isWorkingDay,
  nonWorkingReason,
  onOrNextWorkingDay,
  workingDaysBefore,
} from "../governance/workingDay";
import type { WorkingDayOptions } from "../governance/workingDay";
import type { Bilingual, PlainDate } from "../types";
import type { ChainStep } from "./template";

/** A step's date, and why it was moved when it was. */
export interface StepDate {
  readonly date: PlainDate;
  /** The day counted to, when it was not a working day and the step moved; with its reason. */
  readonly movedFrom?: { readonly date: PlainDate; readonly reason: Bilingual };
}

/**
 * The date `n` working days after `date`.
 *
 * @example
 * workingDaysAfter(plainDate(2027, 3, 25), 1); // 2027-03-30 (långfredag and annandag påsk skipped)
 */
export function workingDaysAfter(date: PlainDate, n: number, options: WorkingDayOptions = {}): PlainDate {
  let day = date;
  let left = Math.max(0, Math.floor(n));
  for (let i = 0; left > 0 && i < 3700; i += 1) {
    day = addDays(day, 1);
    if (isWorkingDay(day, options)) left -= 1;
  }
  return day;
}

/**
 * The date itself when it is a working day, otherwise the working day before it.
 *
 * @example
 * onOrPreviousWorkingDay(plainDate(2027, 12, 26)); // 2027-12-23 (Sunday, julafton and Christmas skipped)
 */
export function onOrPreviousWorkingDay(date: PlainDate, options: WorkingDayOptions = {}): PlainDate {
  let day = date;
  for (let i = 0; i < 31 && !isWorkingDay(day, options); i += 1) day = addDays(day, -1);
  return day;
}

/**
 * Why a step moved from `counted` to `date`: the reason of the day counted to, then each holiday
 * passed on the way (weekends are not repeated): "lördag; 26 mars långfredagen".
 */
function movedReason(
  counted: PlainDate,
  date: PlainDate,
  reason: Bilingual,
  options: WorkingDayOptions,
): Bilingual {
  const step = compareDates(date, counted) < 0 ? -1 : 1;
  const parts = { sv: [reason.sv], en: [reason.en] };
  for (
    let day = addDays(counted, step), i = 0;
    compareDates(day, date) !== 0 && i < 31;
    day = addDays(day, step), i += 1
  ) {
    const why = weekday(day) >= 6 ? undefined : nonWorkingReason(day, options);
    if (why === undefined) continue;
    const d = formatDate(day, false);
    parts.sv.push(`${d.sv} ${why.sv}`);
    parts.en.push(`${d.en} ${why.en}`);
  }
  return { sv: parts.sv.join("; "), en: parts.en.join("; ") };
}

/**
 * The date of `step` counted from `from` (the meeting, or the step it names).
 *
 * @example
 * // kallelse 5 dagar före a meeting on Thursday 1 April 2027: 27 March is a Saturday → Friday 26 March
 * stepDate(plainDate(2027, 4, 1), kallelse).date; // 2027-03-26
 */
export function stepDate(from: PlainDate, step: ChainStep, options: WorkingDayOptions = {}): StepDate {
  if (step.unit === "workingDays") {
    const date =
      step.offset < 0
        ? workingDaysBefore(from, -step.offset, options)
        : workingDaysAfter(from, step.offset, options);
    if (step.mode !== "earliest") return { date };
    // The period runs out on `date` (a working day); the step comes on the working day after.
    return { date: workingDaysAfter(date, 1, options) };
  }
  const counted = addDays(from, step.offset);
  if (step.mode === "earliest") {
    // "Tidigast": the period ends on `counted`, or on the next working day when that is none
    // (lag 1930:173 2 §); the step comes on the next working day after the period.
    const periodEnd = onOrNextWorkingDay(counted, options);
    return { date: workingDaysAfter(periodEnd, 1, options) };
  }
  const reason = nonWorkingReason(counted, options);
  if (reason === undefined) return { date: counted };
  if (step.mode === "due") {
    let date = onOrPreviousWorkingDay(counted, options);
    // A due date after its reference never moves to before it ("senast 1 dag efter" a Friday).
    if (step.offset >= 0 && compareDates(date, from) < 0) date = from;
    return { date, movedFrom: { date: counted, reason: movedReason(counted, date, reason, options) } };
  }
  const date = onOrNextWorkingDay(counted, options);
  return { date, movedFrom: { date: counted, reason: movedReason(counted, date, reason, options) } };
}
