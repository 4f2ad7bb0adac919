import { buildCalendarSheet } from "./buildCalendarSheet";
import { calendarYears } from "./calendarPlacement";
import { OWNER_PALETTE } from "./ownerColors";
import { find, styleAt, textAt } from "../../../test/fixtures/ics/sheetReaders";
import { day, entry, parsedDays, parsedSpan, timeline } from "../../../test/fixtures/ics/timelineBuilders";

const plan = timeline([
  entry({
    id: "a",
    event: "MBL-upplaga",
    owner: "Förvaltningsgruppen",
    parsed: parsedDays(day(2007, 2 /* feb */, 5)),
  }),
  entry({
    id: "b",
    event: "Beslut i nämnden",
    owner: "Nämnden",
    parsed: parsedDays(day(2007, 2 /* feb */, 5)),
  }),
  entry({
    id: "c",
    when: "mars-april",
    event: "Dialog",
    owner: "Avdelningschefer",
    parsed: parsedSpan(day(2007, 3, 1), day(2007, 4, 30), "months"),
  }),
  entry({ id: "d", event: "Budget", parsed: { ...parsedDays(day(2007, 6 /* jun */, 11)), deadline: true } }),
]);

describe("buildCalendarSheet", () => {
  const sheet = buildCalendarSheet(plan, { lang: "sv" });
  const monthRow = find(sheet, "JANUARI")?.row ?? -1;
  const dayOne = find(sheet, "må 1")?.row ?? -1; // 1 January 2007 is a Monday

  it("is named after the year and laid out months across, days down", () => {
    expect(sheet.name).toBe("Kalender 2007");
    expect(find(sheet, "FEBRUARI")?.col).toBe(2);
    expect(find(sheet, "DECEMBER")?.col).toBe(22);
    expect(sheet.columnWidths).toHaveLength(24);
    expect(dayOne).toBeGreaterThan(monthRow);
    expect(sheet.freeze?.rows).toBe(monthRow + 1);
  });

  it("writes the weekday initial on each day and the ISO week on Mondays", () => {
    expect(textAt(sheet, dayOne, 0)).toBe("må 1  v. 1");
    expect(textAt(sheet, dayOne + 4, 2)).toBe("må 5  v. 6"); // 5 February 2007
    expect(textAt(sheet, dayOne + 5, 2)).toBe("ti 6");
    expect(textAt(sheet, dayOne + 3, 2)).toBe("sö 4");
  });

  it("puts several events of a day in one cell, coloured by the first owner", () => {
    expect(textAt(sheet, dayOne + 4, 3)).toBe("MBL-upplaga\nBeslut i nämnden");
    expect(styleAt(sheet, dayOne + 4, 3)?.fill).toBe(OWNER_PALETTE[0]);
    expect(find(sheet, "Förvaltningsgruppen")?.row).toBeLessThan(monthRow);
  });

  it("shades weekends and names public holidays", () => {
    expect(styleAt(sheet, dayOne + 3, 2)?.fill).toBeDefined(); // Sunday 4 February
    expect(styleAt(sheet, dayOne + 4, 2)?.fill).toBeUndefined(); // Monday 5 February
    expect(textAt(sheet, dayOne, 1)).toBe("Nyårsdagen");
    expect(styleAt(sheet, dayOne, 1)?.fill).toBeDefined();
  });

  it("greys out days that do not exist (30 February)", () => {
    expect(textAt(sheet, dayOne + 29, 2)).toBe("");
    expect(styleAt(sheet, dayOne + 29, 2)?.fill).toBe("#A6A6A6");
    expect(styleAt(sheet, dayOne + 29, 4)?.fill).not.toBe("#A6A6A6"); // 30 March exists
  });

  it("puts month and range entries in the band above each month they cover", () => {
    const band = monthRow + 1;
    expect(textAt(sheet, band, 4)).toBe("mars-april: Dialog");
    expect(textAt(sheet, band, 6)).toBe("mars-april: Dialog");
    expect(textAt(sheet, band, 8)).toBe("");
  });

  it("says deadlines in the cell", () => {
    expect(textAt(sheet, dayOne + 10, 11)).toBe("Senast: Budget");
  });

  it("prints on A3 landscape, one page wide, with the month row repeated", () => {
    expect(sheet.print).toMatchObject({ paperSize: "A3", orientation: "landscape", fitToPageWidth: true });
    expect(sheet.print?.printTitleRows).toEqual({ first: monthRow, last: monthRow });
    expect(sheet.generatedBy).toBe("tidsplan:calendar");
  });

  it("uses the owner table's colours and English words when asked", () => {
    const en = buildCalendarSheet(plan, {
      lang: "en",
      owners: [{ name: "förvaltningsgruppen", aliases: [], color: "#123456", email: "" }],
    });
    expect(en.name).toBe("Calendar 2007");
    expect(find(en, "JANUARY")).toBeDefined();
    const enDayOne = find(en, "Mo 1")?.row ?? -1;
    expect(textAt(en, enDayOne + 4, 2)).toBe("Mo 5  w. 6");
    expect(styleAt(en, enDayOne + 4, 3)?.fill).toBe("#123456");
    expect(textAt(en, enDayOne, 1)).toBe("New Year's Day");
  });
});

describe("the calendar year of a plan whose dates fall mostly in the year before (a 2027 budget)", () => {
  const budget = {
    ...timeline([
      entry({ id: "a", event: "Uppstart", parsed: parsedDays(day(2026, 3, 12)) }),
      entry({ id: "b", event: "Budgetberedning", parsed: parsedDays(day(2026, 4, 10)) }),
      entry({ id: "c", event: "Nämnderna fastställer", parsed: parsedDays(day(2027, 1, 31)) }),
    ]),
    plan: { title: "Budget 2027", year: 2027 },
  };

  it("lists the years with dates, busiest first", () => {
    expect(calendarYears(budget)).toEqual([2026, 2027]);
  });

  it("shows the busiest year by default and any year on request", () => {
    const sheet = buildCalendarSheet(budget, { lang: "sv" });
    expect(sheet.name).toBe("Kalender 2026");
    expect(find(sheet, "Uppstart")).toBeDefined();
    expect(find(sheet, "Nämnderna fastställer")).toBeUndefined();
    const next = buildCalendarSheet(budget, { lang: "sv", year: 2027 });
    expect(next.name).toBe("Kalender 2027");
    expect(find(next, "Nämnderna fastställer")).toBeDefined();
  });
});

it("writes a meeting's start time before its text, Swedish style", () => {
  const meeting = timeline([
    entry({
      id: "m",
      event: "Nämndmöte",
      parsed: {
        ...parsedDays(day(2007, 2, 6)),
        occurrences: [{ start: day(2007, 2, 6), end: day(2007, 2, 6), startTime: { hour: 9, minute: 0 } }],
      },
    }),
  ]);
  expect(find(buildCalendarSheet(meeting, { lang: "sv" }), "9.00 Nämndmöte")).toBeDefined();
});
