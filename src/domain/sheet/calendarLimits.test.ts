import { buildCalendarSheet } from "./buildCalendarSheet";
import { MAX_BAND_ROWS, MAX_DAY_LINES, MAX_LEGEND_ITEMS, MAX_ROW_POINTS } from "./calendarLimits";
import { find, textAt } from "../../../test/fixtures/ics/sheetReaders";
import { day, entry, parsedDays, parsedSpan, timeline } from "../../../test/fixtures/ics/timelineBuilders";

/** 300 meetings on 5 February, 50 March-long entries, 300 owners: far past every limit. */
const crowded = timeline([
  ...Array.from({ length: 300 }, (_, i) =>
    entry({
      id: `d${i}`,
      event: `Möte ${i + 1}`,
      owner: `Enhet ${i + 1}`,
      parsed: parsedDays(day(2007, 2 /* feb */, 5)),
    }),
  ),
  ...Array.from({ length: 50 }, (_, i) =>
    entry({
      id: `b${i}`,
      when: "mars",
      event: `Uppföljning ${i + 1}`,
      parsed: parsedSpan(day(2007, 3 /* mar */, 1), day(2007, 3, 31), "month"),
    }),
  ),
]);

describe("the calendar sheet of a plan too big to draw in full", () => {
  const sheet = buildCalendarSheet(crowded, { lang: "sv" });
  const monthRow = find(sheet, "JANUARI")?.row ?? -1;
  const dayOne = find(sheet, "må 1")?.row ?? -1;
  const feb5 = textAt(sheet, dayOne + 4, 3).split("\n");

  it("lists a day's first events and says how many more there are", () => {
    const shown = feb5.slice(0, -1);
    expect(shown[0]).toBe("Möte 1");
    expect(shown).toEqual(shown.map((_, i) => `Möte ${i + 1}`));
    expect(feb5.at(-1)).toBe(`+${300 - shown.length} till`);
    expect(feb5.length).toBeLessThanOrEqual(MAX_DAY_LINES);
  });

  it("keeps every row within Excel's tallest row", () => {
    expect(Math.max(...Object.values(sheet.rowHeights ?? {}))).toBeLessThanOrEqual(MAX_ROW_POINTS);
    expect(sheet.rowHeights?.[dayOne + 4]).toBeGreaterThan(MAX_ROW_POINTS - 60);
  });

  it("draws at most the band limit above a month, the last saying how many more", () => {
    const march = Array.from({ length: dayOne - monthRow - 1 }, (_, i) => textAt(sheet, monthRow + 1 + i, 4));
    expect(march).toHaveLength(MAX_BAND_ROWS);
    expect(march[0]).toBe("mars: Uppföljning 1");
    expect(march.at(-1)).toBe(`+${50 - (MAX_BAND_ROWS - 1)} till`);
  });

  it("ends a long legend with how many owners it leaves out", () => {
    expect(find(sheet, `Enhet ${MAX_LEGEND_ITEMS - 1}`)).toBeDefined();
    expect(find(sheet, `Enhet ${MAX_LEGEND_ITEMS}`)).toBeUndefined();
    expect(find(sheet, `+${300 - (MAX_LEGEND_ITEMS - 1)} till`)).toBeDefined();
  });

  it("says it in English too", () => {
    const en = buildCalendarSheet(crowded, { lang: "en" });
    const enDayOne = find(en, "Mo 1")?.row ?? -1;
    expect(textAt(en, enDayOne + 4, 3)).toMatch(/\n\+\d+ more$/);
  });

  it("stays small: a few hundred merges however many entries there are", () => {
    expect(sheet.merges.length).toBeLessThan(12 * MAX_BAND_ROWS + MAX_LEGEND_ITEMS + 20);
  });
});
