/**
 * The reader of a flattened table of dates (columnLines.ts) on our own small examples.
 */
import { importTimeline } from "../importTimeline";
import { columnHeads, columnRows } from "./columnLines";
import { toIsoDate } from "../../dates/plainDate";

const iso = toIsoDate;

describe("columnHeads", () => {
  it("takes two to four capitalised words as column headings, not a phrase, a month or a date", () => {
    expect(columnHeads("Möte Studiedag")).toEqual(["Möte", "Studiedag"]);
    expect(columnHeads("Budget och plan")).toBeUndefined();
    expect(columnHeads("Mars April")).toBeUndefined();
    expect(columnHeads("Kommunstyrelsen")).toBeUndefined();
  });
});

describe("columnRows", () => {
  it("cuts a line of two dates into one entry per column", () => {
    const rows = columnRows(4, "Måndag 9 mars Tisdag 10 mars", ["Möte", "Studiedag"], "", { planYear: 2026 });
    expect(rows?.map((r) => [r.event, r.when])).toEqual([
      ["Möte", "Måndag 9 mars"],
      ["Studiedag", "Tisdag 10 mars"],
    ]);
    expect(rows?.some((r) => r.readingNotes !== undefined)).toBe(false);
  });

  it("reads a line with fewer dates than columns in the first column and says so", () => {
    const rows = columnRows(5, "Onsdag-Torsdag 3-4 juni", ["Möte", "Studiedag"], "", { planYear: 2026 });
    expect(rows).toHaveLength(1);
    expect(rows?.[0]?.event).toBe("Möte");
    expect(rows?.[0]?.readingNotes?.[0]?.code).toBe("column-unsure");
  });

  it("is no reading of a line with words besides dates", () => {
    expect(
      columnRows(6, "Möte i stadshuset 9 mars", ["Möte", "Studiedag"], "", { planYear: 2026 }),
    ).toBeUndefined();
  });
});

describe("a flattened table of dates in a document", () => {
  it("gives each date its column's name and keeps both dates of a line", () => {
    const result = importTimeline({
      text: [
        "Fullmäktiges möten och studiedagar 2026",
        "",
        "Möte Studiedag",
        "",
        "Måndag 9 mars Tisdag 10 mars",
        "",
        "Onsdag-Torsdag 3-4 juni",
        "",
        "Fullmäktige möts i stadshuset.",
      ].join("\n"),
    });
    if (!result.ok) throw new Error(result.reason);
    const entries = result.timeline.entries;
    expect(
      entries.map(
        (e) =>
          `${e.event} ${e.parsed.ok ? e.parsed.occurrences.map((o) => `${iso(o.start)}..${iso(o.end)}`).join() : ""}`,
      ),
    ).toEqual([
      "Möte 2026-03-09..2026-03-09",
      "Studiedag 2026-03-10..2026-03-10",
      "Möte 2026-06-03..2026-06-04",
    ]);
    expect(entries[2]?.readingNotes?.map((n) => n.code)).toContain("column-unsure");
    expect(result.timeline.skipped.find((s) => s.text === "Möte Studiedag")?.reason).toBe("header-row");
  });
});
