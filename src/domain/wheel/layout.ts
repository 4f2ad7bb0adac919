/**
 * layoutWheel: where every part of the wheel goes, as plain numbers. buildWheelSvg only draws
 * this model, and the tests check it (no two items in one lane overlap) without parsing SVG.
 */
import type { Finding, Language, OwnerRecord, PlainDate, Timeline, TimelineEntry } from "../types";
import { dateOfIndex, dayIndex, wheelWindow, type Point, type WheelWindow } from "./geometry";
import { assignLanes, type DayExtent } from "./lanes";
import { ringKeyOf, wheelRings, type RingMode, type WheelRing } from "./rings";

export interface WheelOptions {
  readonly lang: Language;
  readonly rings: RingMode;
  /** First month at 12 o'clock, 1–12 (default 1; 8 for a school year). */
  readonly startMonth?: number;
  /** The owner table: ring colours in owner mode. */
  readonly owners?: readonly OwnerRecord[];
  /** Findings of the check; entries with an error are marked. */
  readonly findings?: readonly Finding[];
  /** Draws a "today" needle when this day is on the wheel. Default none (deterministic output). */
  readonly today?: PlainDate;
  /** Height of the picture in px (default 900); the legend panel makes it wider. */
  readonly size?: number;
}

/** One drawn piece of an item: a mark on one day, or an arc over days [startDay, endDay). */
export interface WheelSegment {
  readonly shape: "mark" | "arc";
  readonly startDay: number;
  /** Exclusive. */
  readonly endDay: number;
  readonly from: PlainDate;
  readonly to: PlainDate;
}

export interface WheelItem {
  readonly entry: TimelineEntry;
  /** 1-based number shown on the wheel and in the list. */
  readonly number: number;
  readonly ringIndex: number;
  readonly lane: number;
  readonly rInner: number;
  readonly rOuter: number;
  readonly segments: readonly WheelSegment[];
  /** The days the item covers on the circle, marks and number badges included. */
  readonly extents: readonly DayExtent[];
  readonly error: boolean;
}

export interface WheelRingLayout extends WheelRing {
  readonly lanes: number;
  readonly rInner: number;
  readonly rOuter: number;
}

export interface OffWheelItem {
  readonly entry: TimelineEntry;
  readonly number: number;
  readonly reason: "undated" | "outside";
  readonly error: boolean;
}

export interface WheelRadii {
  /** Outer edge of the month band; holidays sit just outside. */
  readonly rim: number;
  readonly monthInner: number;
  readonly weekInner: number;
  readonly lanesOuter: number;
  /** Radius of the centre disc with the title. */
  readonly hub: number;
}

export interface WheelLayout {
  readonly width: number;
  readonly height: number;
  readonly centre: Point;
  readonly window: WheelWindow;
  readonly radii: WheelRadii;
  readonly laneWidth: number;
  readonly markRadius: number;
  readonly rings: readonly WheelRingLayout[];
  readonly items: readonly WheelItem[];
  readonly offWheel: readonly OffWheelItem[];
}

const RING_GAP = 0.006; // of size
const MAX_MARK = 0.0092; // of size
const MAX_LANE = 0.026; // of size

interface Placed {
  readonly entry: TimelineEntry;
  readonly number: number;
  readonly ringIndex: number;
  readonly segments: readonly WheelSegment[];
  readonly error: boolean;
}

function segmentsOf(entry: TimelineEntry, window: WheelWindow): WheelSegment[] {
  if (!entry.parsed.ok) return [];
  const single = entry.parsed.precision === "day" || entry.parsed.precision === "days";
  const result: WheelSegment[] = [];
  for (const o of entry.parsed.occurrences) {
    const s = Math.max(0, dayIndex(window, o.start));
    const e = Math.min(window.days, dayIndex(window, o.end) + 1);
    if (e <= s) continue;
    const shape = single && e - s === 1 ? "mark" : "arc";
    result.push({
      shape,
      startDay: s,
      endDay: e,
      from: dateOfIndex(window, s),
      to: dateOfIndex(window, e - 1),
    });
  }
  return result;
}

/** The extents of an item when a mark (or badge) needs `padDays` either side of its centre. */
function extentsOf(segments: readonly WheelSegment[], padDays: number): DayExtent[] {
  return segments.map((s) => {
    const mid = (s.startDay + s.endDay) / 2;
    return { from: Math.min(s.startDay, mid - padDays), to: Math.max(s.endDay, mid + padDays) };
  });
}

interface Pass {
  readonly lanes: readonly number[][];
  readonly extents: readonly DayExtent[][][];
  readonly rings: readonly WheelRingLayout[];
  readonly laneWidth: number;
  readonly markRadius: number;
  readonly hub: number;
}

function pass(
  byRing: readonly Placed[][],
  rings: readonly WheelRing[],
  refRadius: readonly number[],
  window: WheelWindow,
  size: number,
  lanesOuter: number,
  hubMin: number,
): Pass {
  const padPx = MAX_MARK * size + 2;
  const extents = byRing.map((items, r) => {
    const pxPerDay = (2 * Math.PI * (refRadius[r] ?? hubMin)) / window.days;
    return items.map((p) => extentsOf(p.segments, padPx / pxPerDay));
  });
  const lanes = extents.map((ringExtents) => assignLanes(ringExtents, window.days));
  const laneCounts = lanes.map((l) => Math.max(1, ...l.map((x) => x + 1)));
  const total = laneCounts.reduce((a, b) => a + b, 0);
  const gap = RING_GAP * size;
  const room = lanesOuter - hubMin - gap * Math.max(0, rings.length - 1);
  const laneWidth = Math.min(MAX_LANE * size, room / Math.max(1, total));
  const markRadius = Math.min(MAX_MARK * size, laneWidth * 0.44);
  let r = lanesOuter;
  const laid: WheelRingLayout[] = rings.map((ring, i) => {
    const rOuter = r;
    const rInner = rOuter - (laneCounts[i] ?? 1) * laneWidth;
    r = rInner - gap;
    return { ...ring, lanes: laneCounts[i] ?? 1, rInner, rOuter };
  });
  return { lanes, extents, rings: laid, laneWidth, markRadius, hub: r + gap - gap * 1.5 };
}

/**
 * Lays out a timeline's wheel: rings (outermost first) with their sub-lanes, and every entry as
 * an item in a lane of its ring, or off the wheel when it has no date in the wheel's year.
 *
 * @example
 * const layout = layoutWheel(timeline, { lang: "sv", rings: "owner" });
 * layout.items.length; // one per dated entry
 * layout.items[0]?.lane; // 0
 */
export function layoutWheel(timeline: Timeline, options: WheelOptions): WheelLayout {
  const size = options.size !== undefined && options.size > 100 ? options.size : 900;
  const window = wheelWindow(timeline, options.startMonth ?? 1);
  const rings = wheelRings(timeline, options.rings, options.lang, options.owners ?? []);
  const errorIds = new Set(
    (options.findings ?? []).filter((f) => f.severity === "error" && f.entryId !== "").map((f) => f.entryId),
  );
  const ringIndex = new Map(rings.map((ring, i) => [ring.key, i]));
  const byRing: Placed[][] = rings.map(() => []);
  const offWheel: OffWheelItem[] = [];
  timeline.entries.forEach((entry, i) => {
    const error = errorIds.has(entry.id);
    const segments = segmentsOf(entry, window);
    const index = ringIndex.get(ringKeyOf(entry, options.rings));
    if (segments.length === 0 || index === undefined) {
      offWheel.push({ entry, number: i + 1, reason: entry.parsed.ok ? "outside" : "undated", error });
      return;
    }
    byRing[index]?.push({ entry, number: i + 1, ringIndex: index, segments, error });
  });

  const rim = size * 0.475;
  const monthInner = rim - size * 0.038;
  const weekInner = monthInner - size * 0.02;
  const lanesOuter = weekInner - size * 0.004;
  const hubMin = size * 0.14;
  // First pass: pessimistic (every ring as tight as the hub), which is always safe; second pass:
  // each ring's real radius, kept only if no ring ends up further in than assumed.
  let result = pass(
    byRing,
    rings,
    rings.map(() => hubMin),
    window,
    size,
    lanesOuter,
    hubMin,
  );
  const refined = pass(
    byRing,
    rings,
    result.rings.map((r) => r.rInner),
    window,
    size,
    lanesOuter,
    hubMin,
  );
  if (refined.rings.every((r, i) => r.rInner >= (result.rings[i]?.rInner ?? Infinity) - 1e-9))
    result = refined;

  const items: WheelItem[] = [];
  byRing.forEach((placed, r) => {
    const ring = result.rings[r];
    if (ring === undefined) return;
    placed.forEach((p, k) => {
      const lane = result.lanes[r]?.[k] ?? 0;
      const rOuter = ring.rOuter - lane * result.laneWidth;
      items.push({
        entry: p.entry,
        number: p.number,
        ringIndex: r,
        lane,
        rInner: rOuter - result.laneWidth,
        rOuter,
        segments: p.segments,
        extents: result.extents[r]?.[k] ?? [],
        error: p.error,
      });
    });
  });
  items.sort((a, b) => a.number - b.number);
  return {
    width: Math.round(size * 1.45),
    height: size,
    centre: { x: size / 2, y: size / 2 },
    window,
    radii: { rim, monthInner, weekInner, lanesOuter, hub: result.hub },
    laneWidth: result.laneWidth,
    markRadius: result.markRadius,
    rings: result.rings,
    items,
    offWheel,
  };
}
