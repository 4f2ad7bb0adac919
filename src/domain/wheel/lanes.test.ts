import fc from "fast-check";
import { assignLanes, extentsOverlap, type DayExtent } from "./lanes";

describe("extentsOverlap", () => {
  it("sees overlap, and treats touching ends as free", () => {
    expect(extentsOverlap({ from: 0, to: 2 }, { from: 1, to: 3 }, 365)).toBe(true);
    expect(extentsOverlap({ from: 0, to: 2 }, { from: 2, to: 3 }, 365)).toBe(false);
  });

  it("wraps round at 12 o'clock: 31 December sits beside 1 January", () => {
    expect(extentsOverlap({ from: -1, to: 1.5 }, { from: 363.5, to: 366 }, 365)).toBe(true);
    expect(extentsOverlap({ from: 10, to: 12 }, { from: 363, to: 364 }, 365)).toBe(false);
  });
});

describe("assignLanes", () => {
  it("puts a month and a day inside it in two lanes, and a later day back in lane 0", () => {
    expect(assignLanes([[{ from: 0, to: 31 }], [{ from: 4, to: 6 }], [{ from: 40, to: 42 }]], 365)).toEqual([
      0, 1, 0,
    ]);
  });

  it("keeps all dates of one entry in one lane and moves the whole entry when one collides", () => {
    const lanes = assignLanes(
      [
        [{ from: 10, to: 12 }],
        [
          { from: 3, to: 5 },
          { from: 11, to: 13 },
        ],
      ],
      365,
    );
    expect(lanes[0]).not.toBe(lanes[1]);
  });

  it("never lets two items in one lane overlap (property)", () => {
    const extent = fc
      .tuple(fc.integer({ min: -3, max: 364 }), fc.integer({ min: 1, max: 90 }))
      .map(([from, len]): DayExtent => ({ from, to: from + len }));
    fc.assert(
      fc.property(fc.array(fc.array(extent, { minLength: 1, maxLength: 3 }), { maxLength: 40 }), (items) => {
        const lanes = assignLanes(items, 365);
        for (let i = 0; i < items.length; i++) {
          for (let j = i + 1; j < items.length; j++) {
            if (lanes[i] !== lanes[j]) continue;
            for (const a of items[i] ?? [])
              for (const b of items[j] ?? []) expect(extentsOverlap(a, b, 365)).toBe(false);
          }
        }
      }),
    );
  });

  it("uses no more lanes than the most items overlapping one day, for single intervals", () => {
    const items = [0, 2, 4, 6, 8, 10].map((s) => [{ from: s, to: s + 3 }]);
    // Each day is covered by at most two of these.
    expect(Math.max(...assignLanes(items, 365)) + 1).toBe(2);
  });
});
