/**
 * Sub-lanes inside one ring: items whose day extents overlap go to different lanes, so that
 * none hides another. Greedy first-fit in order of start (interval scheduling / interval graph
 * colouring), which for single intervals uses the fewest lanes possible.
 */

/** A half-open run of days [from, to), in (fractional) day units from the wheel's first day. */
export interface DayExtent {
  readonly from: number;
  readonly to: number;
}

/**
 * True when two extents overlap on a circle of `period` days (the last days of the year sit
 * beside the first ones at 12 o'clock).
 *
 * @example
 * extentsOverlap({ from: 0, to: 2 }, { from: 1, to: 3 }, 365); // true
 * extentsOverlap({ from: -1, to: 1 }, { from: 364, to: 365 }, 365); // true (wraps round)
 * extentsOverlap({ from: 0, to: 2 }, { from: 2, to: 3 }, 365); // false (they only touch)
 */
export function extentsOverlap(a: DayExtent, b: DayExtent, period: number): boolean {
  for (const shift of [-period, 0, period]) {
    if (a.from < b.to + shift && b.from + shift < a.to) return true;
  }
  return false;
}

function fits(lane: readonly DayExtent[], extents: readonly DayExtent[], period: number): boolean {
  return extents.every((e) => lane.every((taken) => !extentsOverlap(e, taken, period)));
}

/**
 * The lane (0, 1, …) of each item, given each item's extents (an item with several dates has
 * several extents and keeps them all in one lane). Items are placed in order of their first
 * start, longer first on ties; each goes to the lowest lane where it overlaps nothing.
 *
 * @example
 * assignLanes([[{ from: 0, to: 31 }], [{ from: 4, to: 6 }], [{ from: 40, to: 42 }]], 365); // [0, 1, 0]
 */
export function assignLanes(items: readonly (readonly DayExtent[])[], period: number): number[] {
  const start = (extents: readonly DayExtent[]): number => Math.min(...extents.map((e) => e.from));
  const length = (extents: readonly DayExtent[]): number =>
    extents.reduce((sum, e) => sum + (e.to - e.from), 0);
  const order = items
    .map((extents, index) => ({ extents, index }))
    .sort(
      (a, b) =>
        start(a.extents) - start(b.extents) || length(b.extents) - length(a.extents) || a.index - b.index,
    );
  const lanes: DayExtent[][] = [];
  const result: number[] = new Array<number>(items.length).fill(0);
  for (const { extents, index } of order) {
    let lane = lanes.findIndex((taken) => fits(taken, extents, period));
    if (lane === -1) {
      lane = lanes.length;
      lanes.push([]);
    }
    lanes[lane]?.push(...extents);
    result[index] = lane;
  }
  return result;
}
