import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { swedishHolidaysInYear } from "../holidays";
import { importTimeline } from "../import";
import { buildWheelSvg } from "./buildWheelSvg";
import type { WheelOptions } from "./layout";
import {
  GOLDEN,
  d,
  entry,
  itemCount,
  plan,
  seedTimeline,
  when,
  xmlProblems,
} from "../../../test/fixtures/wheel/wheelTestSupport";

const SEED_TEXT = join(__dirname, "../../../examples/tidsplan-verksamhetsledning-2007.txt");

const MODES: WheelOptions[] = [
  { lang: "sv", rings: "owner" },
  { lang: "en", rings: "owner" },
  { lang: "sv", rings: "kind" },
  { lang: "en", rings: "kind" },
];

describe("buildWheelSvg on the seed", () => {
  it.each(MODES)(
    "is well-formed XML with 36 items, each with an id and a tooltip ($rings, $lang)",
    (options) => {
      const svg = buildWheelSvg(seedTimeline(), options);
      expect(xmlProblems(svg)).toBe("");
      expect(itemCount(svg)).toBe(36);
      const ids = [
        ...svg.matchAll(/<g data-kind="item" data-entry-id="([^"]+)"[^>]*><title>([^<]+)<\/title>/g),
      ];
      expect(ids).toHaveLength(36);
      expect(new Set(ids.map((m) => m[1])).size).toBe(36);
      expect(svg).toContain("MBL-upplaga av verksamhetsberättelse 2006 till förvaltningsgruppen");
    },
  );

  it("writes months, legend and tooltips in the chosen language", () => {
    const sv = buildWheelSvg(seedTimeline(), { lang: "sv", rings: "kind" });
    const en = buildWheelSvg(seedTimeline(), { lang: "en", rings: "kind" });
    expect(sv).toContain(">JANUARI<");
    expect(sv).toContain(">Beslut<");
    expect(sv).toContain("5 februari 2007 – MBL-upplaga");
    expect(en).toContain(">JANUARY<");
    expect(en).toContain(">Decision<");
    expect(en).toContain("5 February 2007 – MBL-upplaga");
  });

  it("marks the Swedish public holidays of the year, with their names", () => {
    const svg = buildWheelSvg(seedTimeline(), { lang: "sv", rings: "owner" });
    const nationalDay = swedishHolidaysInYear(2007).find((h) => h.date.month === 6 && h.date.day === 6);
    expect(svg).toContain(
      `data-kind="holiday" data-date="2007-06-06"><title>6 juni 2007: ${nationalDay?.name.sv ?? "?"}</title>`,
    );
    expect(svg).toContain('data-date="2007-12-25"');
    expect((svg.match(/data-kind="holiday"/g) ?? []).length).toBeGreaterThanOrEqual(11);
  });

  it("shows the plan's year and title in the centre, and ISO week numbers", () => {
    const svg = buildWheelSvg(seedTimeline(), { lang: "sv", rings: "owner" });
    expect(svg).toMatch(/data-kind="centre">.*>2007<\/text>.*>TIDSPLAN FÖR<\/text>/);
    // 2007 has 52 ISO weeks; 1 January 2007 is the Monday of week 1.
    expect(svg).toContain(">v. 1<");
    expect(svg).toContain(">52<");
  });

  it("is the same text every time (no clock is read)", () => {
    expect(buildWheelSvg(seedTimeline(), MODES[0] as WheelOptions)).toBe(
      buildWheelSvg(seedTimeline(), MODES[0] as WheelOptions),
    );
  });

  it("matches the golden file test/golden/wheel-seed-owner-sv.svg", () => {
    const svg = buildWheelSvg(seedTimeline(), { lang: "sv", rings: "owner" });
    const file = join(GOLDEN, "wheel-seed-owner-sv.svg");
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, svg);
    }
    expect(svg).toBe(readFileSync(file, "utf8"));
  });
});

describe("buildWheelSvg details", () => {
  it("escapes event and owner text so that odd characters cannot break the picture", () => {
    const t = plan(
      [
        entry("a&1", when([[d(2007, 3, 5), d(2007, 3, 5)]]), {
          event: `Budget & "mål" <utkast>`,
          owner: "Ek & Co",
        }),
      ],
      2007,
      "Plan <A&B>",
    );
    const svg = buildWheelSvg(t, { lang: "sv", rings: "owner" });
    expect(xmlProblems(svg)).toBe("");
    expect(svg).toContain('data-entry-id="a&amp;1"');
    expect(svg).toContain("Budget &amp; &quot;mål&quot; &lt;utkast&gt; – Ek &amp; Co");
  });

  it("draws a today needle only when today is in the wheel's year", () => {
    const options: WheelOptions = { lang: "sv", rings: "owner" };
    expect(buildWheelSvg(seedTimeline(), options)).not.toContain('data-kind="today"');
    expect(buildWheelSvg(seedTimeline(), { ...options, today: d(2026, 11, 23) })).not.toContain(
      'data-kind="today"',
    );
    expect(buildWheelSvg(seedTimeline(), { ...options, today: d(2007, 10, 3) })).toContain(
      "<title>idag 3 oktober 2007</title>",
    );
  });

  it("marks an entry with an error in red with a '!', on the wheel and in the list", () => {
    const seed = seedTimeline();
    const id = seed.entries[2]?.id ?? "";
    const findings = [
      {
        code: "when-unreadable",
        severity: "error" as const,
        entryId: id,
        line: 5,
        message: { sv: "", en: "" },
      },
    ];
    const svg = buildWheelSvg(seed, { lang: "sv", rings: "owner", findings });
    expect(xmlProblems(svg)).toBe("");
    const item =
      new RegExp(`<g data-kind="item" data-entry-id="${id}" data-error="true".*?</g>`).exec(svg)?.[0] ?? "";
    expect(item).toContain('stroke="#C62828"');
    expect(item).toContain(">!</text>");
    expect(svg).toContain(">!3</text>");
  });

  it("keeps an undated entry as an item with its tooltip, listed as having no date", () => {
    const t = plan([
      entry(
        "u",
        { ok: false, reason: "unrecognised", message: { sv: "", en: "" } },
        { when: "snart", event: "Möte" },
      ),
    ]);
    const svg = buildWheelSvg(t, { lang: "sv", rings: "owner" });
    expect(itemCount(svg)).toBe(1);
    expect(svg).toContain('data-placement="off-wheel"');
    expect(svg).toContain("(utan datum)");
  });

  it("turns the wheel for a school year: August at 12 o'clock", () => {
    const t = plan([entry("a", when([[d(2026, 8, 20), d(2026, 8, 20)]]))], 2026);
    const svg = buildWheelSvg(t, { lang: "sv", rings: "owner", startMonth: 8 });
    // The first month band drawn is August, and the centre says 2026/27.
    expect(svg.indexOf(">AUGUSTI<")).toBeLessThan(svg.indexOf(">SEPTEMBER<"));
    expect(svg.indexOf(">SEPTEMBER<")).toBeLessThan(svg.indexOf(">JANUARI<"));
    expect(svg).toContain(">2026/27<");
  });
});

describe("buildWheelSvg edge cases", () => {
  it("draws an empty plan as a well-formed wheel with no items", () => {
    const svg = buildWheelSvg(plan([]), { lang: "en", rings: "kind" });
    expect(xmlProblems(svg)).toBe("");
    expect(itemCount(svg)).toBe(0);
    expect(svg).toContain(">JANUARY<");
  });

  it("draws an entry with several dates as one item with a numbered mark on each date", () => {
    const t = plan([
      entry(
        "m",
        when(
          [
            [d(2007, 5 /* maj */, 4), d(2007, 5, 4)],
            [d(2007, 5, 11), d(2007, 5, 11)],
            [d(2007, 5, 18), d(2007, 5, 18)],
          ],
          "days",
        ),
      ),
    ]);
    const svg = buildWheelSvg(t, { lang: "sv", rings: "owner" });
    expect(itemCount(svg)).toBe(1);
    const item = /<g data-kind="item".*?<\/g>/.exec(svg)?.[0] ?? "";
    expect(item).toContain("<title>1. 4 maj 2007, 11 maj 2007, 18 maj 2007 – Händelse m</title>");
    expect((item.match(/<circle /g) ?? []).length).toBe(3);
  });

  it("says 'senast' for a deadline and marks a tentative date in the tooltip", () => {
    const parsed = { ...when([[d(2007, 6, 30), d(2007, 6, 30)]]), deadline: true, tentative: true };
    const svg = buildWheelSvg(plan([entry("x", parsed, { event: "Yttrande" })]), {
      lang: "sv",
      rings: "owner",
    });
    expect(svg).toContain("<title>1. senast 30 juni 2007 (preliminärt) – Yttrande</title>");
  });

  it("scales to the size asked for, with the legend beside the wheel", () => {
    const svg = buildWheelSvg(seedTimeline(), { lang: "sv", rings: "owner", size: 600 });
    expect(svg).toMatch(/^<svg [^>]*width="870" height="600" viewBox="0 0 870 600"/);
  });
});

describe("buildWheelSvg from the imported seed", () => {
  it.each(MODES)("has one item per imported entry, 36 in all ($rings, $lang)", (options) => {
    const result = importTimeline({ text: readFileSync(SEED_TEXT, "utf8") });
    if (!result.ok) throw new Error(result.reason);
    const svg = buildWheelSvg(result.timeline, options);
    expect(xmlProblems(svg)).toBe("");
    expect(itemCount(svg)).toBe(36);
  });
});
