import { buildPrintPlan } from "./buildPrintPlan";
import { find, styleAt, textAt } from "../../../test/fixtures/ics/sheetReaders";
import { day, entry, parsedDays, timeline } from "../../../test/fixtures/ics/timelineBuilders";

const plan = timeline([
  entry({
    id: "a",
    when: "",
    inheritedFromHeading: true,
    headingMonth: 1,
    event: "Bokslut färdigställs",
    owner: "Avdelningscheferna",
    parsed: parsedDays(day(2007, 1, 1)),
  }),
  entry({
    id: "b",
    when: "5 februari",
    event: "MBL-upplaga",
    owner: "Förvaltningsgruppen",
    notes: "Bilaga 2",
    parsed: parsedDays(day(2007, 2, 5)),
  }),
  entry({
    id: "c",
    when: "hösten?",
    event: "Oläsligt",
    headingMonth: 9,
    parsed: { ok: false, reason: "unrecognised", message: { sv: "", en: "" } },
  }),
  entry({
    id: "d",
    when: "",
    event: "Utan rubrik",
    parsed: { ok: false, reason: "empty", message: { sv: "", en: "" } },
  }),
]);

describe("buildPrintPlan", () => {
  const sheet = buildPrintPlan(plan, "sv");

  it("is the document layout: title, header När | Händelse | Ansvar/innehåll, bold month headings", () => {
    expect(sheet.name).toBe("Tidsplan 2007 (utskrift)");
    expect(textAt(sheet, 0, 0)).toBe("Tidsplan 2007");
    expect([0, 1, 2].map((c) => textAt(sheet, 2, c))).toEqual(["När", "Händelse", "Ansvar/innehåll"]);
    expect(textAt(sheet, 3, 0)).toBe("JANUARI");
    expect(styleAt(sheet, 3, 0)?.bold).toBe(true);
    expect(textAt(sheet, 4, 0)).toBe(""); // inherited from the heading: När left empty, as in the document
    expect(textAt(sheet, 4, 1)).toBe("Bokslut färdigställs");
    expect(textAt(sheet, 5, 0)).toBe("FEBRUARI");
    expect(textAt(sheet, 6, 2)).toBe("Förvaltningsgruppen\nBilaga 2");
  });

  it("keeps unreadable rows under their heading, and rows without one last", () => {
    expect(find(sheet, "SEPTEMBER")?.row).toBe(7);
    expect(textAt(sheet, 8, 0)).toBe("hösten?");
    expect(textAt(sheet, 9, 0)).toBe("UTAN DATUM");
    expect(textAt(sheet, 10, 1)).toBe("Utan rubrik");
  });

  it("prints on A4 portrait with wrapped text in columns that fit the page", () => {
    expect(sheet.print).toMatchObject({ paperSize: "A4", orientation: "portrait", fitToPageWidth: true });
    expect(styleAt(sheet, 6, 1)?.wrapText).toBe(true);
    expect(sheet.columnWidths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(95);
  });

  it("speaks English when asked", () => {
    const en = buildPrintPlan(plan, "en");
    expect(en.name).toBe("Plan 2007 (print)");
    expect(textAt(en, 2, 2)).toBe("Responsible/notes");
    expect(textAt(en, 3, 0)).toBe("JANUARY");
  });
});

describe("buildPrintPlan row heights", () => {
  it("makes rows with long wrapped texts tall enough to show them", () => {
    const long = timeline([
      entry({
        id: "a",
        when: "5 februari",
        event: "Information och dialog om Strategi för utveckling av Stockholms stad åren 2008-2010 med alla",
        parsed: parsedDays(day(2007, 2, 5)),
      }),
      entry({ id: "b", when: "6 februari", event: "Kort", parsed: parsedDays(day(2007, 2, 6)) }),
    ]);
    const sheet = buildPrintPlan(long, "sv");
    expect(sheet.rowHeights?.[4]).toBeGreaterThanOrEqual(3 * 14);
    expect(sheet.rowHeights?.[5]).toBeUndefined();
  });
});

describe("buildPrintPlan over two years", () => {
  it("orders months chronologically and names the year in each heading", () => {
    const budget = {
      ...timeline([
        entry({ id: "a", when: "12 mars", event: "Uppstart", parsed: parsedDays(day(2026, 3, 12)) }),
        entry({ id: "c", when: "31 januari", event: "Fastställs", parsed: parsedDays(day(2027, 1, 31)) }),
      ]),
      plan: { title: "Budget 2027", year: 2027 },
    };
    const sheet = buildPrintPlan(budget, "sv");
    expect(textAt(sheet, 3, 0)).toBe("MARS 2026");
    expect(textAt(sheet, 4, 1)).toBe("Uppstart");
    expect(textAt(sheet, 5, 0)).toBe("JANUARI 2027");
  });
});
