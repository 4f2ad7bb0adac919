import { extentsOverlap } from "./lanes";
import { layoutWheel, type WheelLayout, type WheelOptions } from "./layout";
import { d, entry, plan, seedTimeline, when } from "../../../test/fixtures/wheel/wheelTestSupport";

const MODES: WheelOptions[] = [
  { lang: "sv", rings: "owner" },
  { lang: "en", rings: "owner" },
  { lang: "sv", rings: "kind" },
  { lang: "en", rings: "kind" },
];

/** Every pair of items that could hide each other: same ring, same lane, overlapping days. */
function collisions(layout: WheelLayout): string[] {
  const found: string[] = [];
  const { items, window } = layout;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (a === undefined || b === undefined || a.ringIndex !== b.ringIndex || a.lane !== b.lane) continue;
      if (a.extents.some((x) => b.extents.some((y) => extentsOverlap(x, y, window.days)))) {
        found.push(`${a.number} & ${b.number}`);
      }
    }
  }
  return found;
}

describe("layoutWheel on the seed", () => {
  it.each(MODES)("places all 36 entries on the wheel, none hiding another ($rings, $lang)", (options) => {
    const layout = layoutWheel(seedTimeline(), options);
    expect(layout.items).toHaveLength(36);
    expect(layout.offWheel).toHaveLength(0);
    expect(collisions(layout)).toEqual([]);
  });

  it.each(MODES)("keeps lanes and rings radially apart ($rings, $lang)", (options) => {
    const layout = layoutWheel(seedTimeline(), options);
    const bands = layout.rings
      .flatMap((ring, r) =>
        Array.from({ length: ring.lanes }, (_, lane) => {
          const item = layout.items.find((it) => it.ringIndex === r && it.lane === lane);
          return { r, lane, inner: item?.rInner ?? 0, outer: item?.rOuter ?? 0, used: item !== undefined };
        }),
      )
      .filter((b) => b.used);
    for (const a of bands) {
      for (const b of bands) {
        if (a === b) continue;
        expect(a.outer <= b.inner + 1e-9 || b.outer <= a.inner + 1e-9).toBe(true);
      }
    }
    for (const ring of layout.rings) {
      expect(ring.rInner).toBeGreaterThan(layout.radii.hub);
      expect(ring.rOuter).toBeLessThanOrEqual(layout.radii.lanesOuter);
    }
  });

  it("draws each mark no wider than the days its lane reserves for it", () => {
    const layout = layoutWheel(seedTimeline(), { lang: "sv", rings: "owner" });
    for (const item of layout.items) {
      item.segments.forEach((s, k) => {
        const extent = item.extents[k];
        if (extent === undefined) throw new Error(`item ${item.number} has no extent`);
        const pxPerDay = (2 * Math.PI * item.rInner) / layout.window.days;
        const mid = (s.startDay + s.endDay) / 2;
        expect(mid - extent.from).toBeGreaterThanOrEqual(layout.markRadius / pxPerDay);
        expect(extent.to - mid).toBeGreaterThanOrEqual(layout.markRadius / pxPerDay);
      });
    }
  });

  it("gives one ring per owner, outermost first, 'no owner' last", () => {
    const rings = layoutWheel(seedTimeline(), { lang: "sv", rings: "owner" }).rings;
    expect(rings[0]?.label).toBe("Avdelningscheferna");
    expect(rings[rings.length - 1]?.label).toBe("Utan ansvarig");
    for (let i = 1; i < rings.length; i++)
      expect(rings[i]?.rOuter ?? 0).toBeLessThan(rings[i - 1]?.rInner ?? 0);
  });
});

describe("layoutWheel lanes", () => {
  it("stacks marks on the same day and on adjacent days in separate lanes", () => {
    const t = plan([
      entry("a", when([[d(2007, 5 /* maj */, 11), d(2007, 5, 11)]])),
      entry("b", when([[d(2007, 5, 11), d(2007, 5, 11)]])),
      entry("c", when([[d(2007, 5, 12), d(2007, 5, 12)]])),
    ]);
    const lanes = layoutWheel(t, { lang: "sv", rings: "owner" }).items.map((i) => i.lane);
    expect(new Set(lanes).size).toBe(3);
  });

  it("lets marks a month apart share a lane", () => {
    const t = plan([
      entry("a", when([[d(2007, 2 /* feb */, 5), d(2007, 2, 5)]])),
      entry("b", when([[d(2007, 3 /* mar */, 5), d(2007, 3, 5)]])),
    ]);
    expect(layoutWheel(t, { lang: "sv", rings: "owner" }).items.map((i) => i.lane)).toEqual([0, 0]);
  });

  it("draws spans as arcs over their days and single days as marks", () => {
    const t = plan([
      entry("m", when([[d(2007, 3, 1), d(2007, 4, 30)]], "months")),
      entry("x", when([[d(2007, 2, 5), d(2007, 2, 5)]])),
    ]);
    const [span, mark] = layoutWheel(t, { lang: "sv", rings: "owner" }).items;
    expect(span?.segments).toEqual([expect.objectContaining({ shape: "arc", startDay: 59, endDay: 120 })]);
    expect(mark?.segments).toEqual([expect.objectContaining({ shape: "mark", startDay: 35, endDay: 36 })]);
  });
});

describe("layoutWheel year window", () => {
  it("starts a school year in August when most dates fall there", () => {
    const t = plan(
      [
        entry("a", when([[d(2026, 8 /* aug */, 20), d(2026, 8, 20)]])),
        entry("b", when([[d(2027, 3 /* mar */, 10), d(2027, 3, 10)]])),
      ],
      2027,
    );
    const layout = layoutWheel(t, { lang: "sv", rings: "owner", startMonth: 8 });
    expect(layout.window.start).toEqual(d(2026, 8, 1));
    expect(layout.items.map((i) => i.segments[0]?.startDay)).toEqual([19, 221]);
  });

  it("keeps undated entries and entries of another year off the wheel, with the reason", () => {
    const t = plan([
      entry("u", { ok: false, reason: "unrecognised", message: { sv: "", en: "" } }),
      entry("o", when([[d(2009, 1, 5), d(2009, 1, 5)]])),
      entry("ok", when([[d(2007, 1, 5), d(2007, 1, 5)]])),
    ]);
    const layout = layoutWheel(t, { lang: "sv", rings: "owner" });
    expect(layout.offWheel.map((o) => [o.entry.id, o.reason])).toEqual([
      ["u", "undated"],
      ["o", "outside"],
    ]);
    expect(layout.items.map((i) => i.entry.id)).toEqual(["ok"]);
  });

  it("clips a span that starts before the year to the year's first day", () => {
    const t = plan([entry("s", when([[d(2006, 12, 15), d(2007, 1, 10)]], "days"))]);
    const s = layoutWheel(t, { lang: "sv", rings: "owner" }).items[0]?.segments[0];
    expect([s?.startDay, s?.endDay]).toEqual([0, 10]);
  });
});

describe("layoutWheel colours and errors", () => {
  it("takes ring colours from the owner table, matching aliases", () => {
    const t = plan([entry("a", when([[d(2007, 1, 5), d(2007, 1, 5)]]), { owner: "Förvaltningsgruppen" })]);
    const owners = [{ name: "FG", aliases: ["förvaltningsgruppen"], color: "#112233", email: "" }];
    expect(layoutWheel(t, { lang: "sv", rings: "owner", owners }).rings[0]?.color).toBe("#112233");
  });

  it("marks entries with an error finding, not those with only a warning", () => {
    const t = plan([
      entry("a", when([[d(2007, 1, 5), d(2007, 1, 5)]])),
      entry("b", when([[d(2007, 6, 5), d(2007, 6, 5)]])),
    ]);
    const findings = [
      { code: "x", severity: "error" as const, entryId: "a", line: 1, message: { sv: "", en: "" } },
      { code: "y", severity: "warning" as const, entryId: "b", line: 2, message: { sv: "", en: "" } },
    ];
    expect(layoutWheel(t, { lang: "sv", rings: "owner", findings }).items.map((i) => i.error)).toEqual([
      true,
      false,
    ]);
  });
});
