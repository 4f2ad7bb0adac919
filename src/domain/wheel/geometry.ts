/**
 * The geometry of the wheel: which days it shows, and where a day lies on the circle.
 * Day 0 starts at 12 o'clock and the year runs clockwise; a day's angle is
 * 360 * dayIndex / daysInYear degrees.
 */
import { addDays, daysBetween, plainDate } from "../dates/plainDate";
import type { PlainDate, Timeline } from "../types";

/** The run of days the wheel shows: twelve months from its first day. */
export interface WheelWindow {
  readonly start: PlainDate;
  /** 365 or 366. */
  readonly days: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * The twelve months beginning on the 1st of `startMonth` of `year`.
 *
 * @example
 * windowFrom(2026, 8); // { start: 2026-08-01, days: 365 }
 */
export function windowFrom(year: number, startMonth: number): WheelWindow {
  const start = plainDate(year, startMonth, 1);
  return { start, days: daysBetween(start, plainDate(year + 1, startMonth, 1)) };
}

/**
 * The window a timeline's wheel shows: from `startMonth` of the plan year, or of the year
 * before when more of the plan's dates fall in that window (a school year 2026/27 planned as
 * "2027" starts in August 2026).
 *
 * @example
 * wheelWindow(timeline2007, 1); // { start: 2007-01-01, days: 365 }
 */
export function wheelWindow(timeline: Timeline, startMonth = 1): WheelWindow {
  const month = Number.isInteger(startMonth) && startMonth >= 1 && startMonth <= 12 ? startMonth : 1;
  const year = timeline.plan.year;
  const current = windowFrom(year, month);
  if (month === 1) return current;
  const previous = windowFrom(year - 1, month);
  const count = (w: WheelWindow): number => {
    let n = 0;
    for (const entry of timeline.entries) {
      if (!entry.parsed.ok) continue;
      for (const occurrence of entry.parsed.occurrences) {
        if (inWindow(w, occurrence.start)) n++;
      }
    }
    return n;
  };
  return count(previous) > count(current) ? previous : current;
}

/**
 * True when a date lies inside the window.
 *
 * @example
 * inWindow(windowFrom(2007, 1), plainDate(2007, 12, 31)); // true
 */
export function inWindow(window: WheelWindow, date: PlainDate): boolean {
  const i = dayIndex(window, date);
  return i >= 0 && i < window.days;
}

/**
 * Days from the window's first day (0 for the first day; negative before the window).
 *
 * @example
 * dayIndex(windowFrom(2007, 1), plainDate(2007, 2, 5)); // 35
 */
export function dayIndex(window: WheelWindow, date: PlainDate): number {
  return daysBetween(window.start, date);
}

/**
 * The date of a day index.
 *
 * @example
 * dateOfIndex(windowFrom(2007, 1), 35); // 2007-02-05
 */
export function dateOfIndex(window: WheelWindow, index: number): PlainDate {
  return addDays(window.start, index);
}

/**
 * The angle in degrees (0 = 12 o'clock, clockwise) of a position measured in days.
 *
 * @example
 * dayAngle(91.25, 365); // 90 (3 o'clock)
 */
export function dayAngle(day: number, daysInYear: number): number {
  return (360 * day) / daysInYear;
}

/**
 * The point at radius r and angle (degrees, 0 = 12 o'clock, clockwise) around a centre.
 *
 * @example
 * polar({ x: 100, y: 100 }, 50, 90); // { x: 150, y: 100 }
 */
export function polar(centre: Point, r: number, angleDeg: number): Point {
  const a = (angleDeg * Math.PI) / 180;
  return { x: centre.x + r * Math.sin(a), y: centre.y - r * Math.cos(a) };
}

const f = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * The SVG path of a ring sector between radii r0 < r1 and angles a0 < a1 (degrees).
 *
 * @example
 * sectorPath({ x: 0, y: 0 }, 10, 20, 0, 90); // "M0 -20A20 20 0 0 1 20 0L10 0A10 10 0 0 0 0 -10Z"
 */
export function sectorPath(centre: Point, r0: number, r1: number, a0: number, a1: number): string {
  const sweep = Math.min(a1 - a0, 359.99);
  const end = a0 + sweep;
  const large = sweep > 180 ? 1 : 0;
  const p1 = polar(centre, r1, a0);
  const p2 = polar(centre, r1, end);
  const p3 = polar(centre, r0, end);
  const p4 = polar(centre, r0, a0);
  return (
    `M${f(p1.x)} ${f(p1.y)}A${f(r1)} ${f(r1)} 0 ${large} 1 ${f(p2.x)} ${f(p2.y)}` +
    `L${f(p3.x)} ${f(p3.y)}A${f(r0)} ${f(r0)} 0 ${large} 0 ${f(p4.x)} ${f(p4.y)}Z`
  );
}
