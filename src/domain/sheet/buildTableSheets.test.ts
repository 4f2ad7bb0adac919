import { buildOwnersSheet, buildTimelineTableSheet } from "./buildTableSheets";
import { textAt } from "../../../test/fixtures/ics/sheetReaders";
import { day, entry, parsedDays, parsedSpan, timeline } from "../../../test/fixtures/ics/timelineBuilders";
import type { Finding } from "../types";

const plan = timeline([
  entry({
    id: "T-1",
    when: "mars-april",
    event: '=HYPERLINK("http://x")',
    owner: "+SUM(A1)",
    parsed: parsedSpan(day(2007, 3, 1), day(2007, 4, 30), "months"),
  }),
  entry({
    id: "T-2",
    when: "5 februari",
    event: "MBL",
    owner: "Förvaltningsgruppen",
    kind: "mbl",
    parsed: parsedDays(day(2007, 2, 5)),
  }),
]);
const finding: Finding = {
  code: "missing-owner",
  severity: "warning",
  entryId: "T-2",
  line: 2,
  message: { sv: "Ansvarig saknas", en: "Owner missing" },
};

describe("buildTimelineTableSheet", () => {
  const sheet = buildTimelineTableSheet(plan, new Map([["T-2", [finding]]]), "sv");
  const table = sheet.tables?.[0];

  it("widens the När column to its longest text, within bounds (a long När was cut off)", () => {
    const whenColumn = 1;
    expect(sheet.columnWidths[whenColumn]).toBe(18);
    const long = (when: string) =>
      buildTimelineTableSheet(
        timeline([
          entry({ id: "T-9", when, event: "Budgetberedning", parsed: parsedDays(day(2007, 11, 28)) }),
        ]),
        new Map(),
        "sv",
      ).columnWidths[whenColumn];
    expect(long("Vecka 48, onsdag 28 november")).toBe(30);
    expect(long("Vecka 48, onsdag 28 november, om inte beredningen flyttas till december")).toBe(36);
  });

  it("has the title, the plan year and the Tidsplan table at row 4", () => {
    expect(sheet.name).toBe("Tidsplan");
    expect(textAt(sheet, 0, 0)).toBe("Tidsplan 2007");
    expect(textAt(sheet, 1, 0)).toBe("Planår");
    expect(sheet.cells.find((c) => c.row === 1 && c.col === 1)?.value).toEqual({
      type: "number",
      value: 2007,
    });
    expect(table?.name).toBe("Tidsplan");
    expect(table?.row).toBe(3);
    expect(table?.headers).toEqual([
      "ID",
      "När",
      "Start",
      "Slut",
      "Händelse",
      "Ansvarig",
      "Innehåll",
      "Kategori",
      "Kontroll",
    ]);
  });

  it("fills Start and Slut as date cells and keeps formula-like texts as text", () => {
    const [first, second] = table?.rows ?? [];
    expect(first?.[2]).toEqual({ type: "date", date: day(2007, 3, 1) });
    expect(first?.[3]).toEqual({ type: "date", date: day(2007, 4, 30) });
    expect(first?.[4]).toEqual({ type: "text", text: '=HYPERLINK("http://x")' });
    expect(first?.[5]).toEqual({ type: "text", text: "+SUM(A1)" });
    expect(second?.[7]).toEqual({ type: "text", text: "MBL" });
    expect(second?.[8]?.type).toBe("text");
    expect(table?.columnNumberFormats?.[2]).toBe("yyyy-mm-dd");
  });

  it("uses English headers in English", () => {
    expect(buildTimelineTableSheet(plan, new Map(), "en").tables?.[0]?.headers).toEqual([
      "ID",
      "When",
      "Start",
      "End",
      "Event",
      "Owner",
      "Notes",
      "Category",
      "Check",
    ]);
  });
});

describe("buildOwnersSheet", () => {
  it("lists the given owner register", () => {
    const sheet = buildOwnersSheet(
      plan,
      [{ name: "Nämnden", aliases: ["SDN", "Stadsdelsnämnden"], color: "#FF0000", email: "n@x.se" }],
      "sv",
    );
    expect(sheet.name).toBe("Ansvariga");
    expect(sheet.tables?.[0]?.headers).toEqual(["Namn", "Alias", "Färg", "E-post"]);
    expect(sheet.tables?.[0]?.rows[0]).toEqual([
      { type: "text", text: "Nämnden" },
      { type: "text", text: "SDN, Stadsdelsnämnden" },
      { type: "text", text: "#FF0000" },
      { type: "text", text: "n@x.se" },
    ]);
  });

  it("without a register, lists the timeline's owners with their calendar colours", () => {
    const rows = buildOwnersSheet(plan, undefined, "en").tables?.[0]?.rows ?? [];
    expect(rows.map((r) => r[0])).toEqual([
      { type: "text", text: "+SUM(A1)" },
      { type: "text", text: "Förvaltningsgruppen" },
    ]);
    expect(rows[0]?.[2]).toEqual({ type: "text", text: "#CFE2F3" });
  });
});
