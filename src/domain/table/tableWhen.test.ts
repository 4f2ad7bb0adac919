import { importRows } from "../import";
import type { RawRow } from "../types";
import { tableWhen } from "./tableWhen";

const PLAN = { title: "Tidsplan", year: 2007 };

/** The När each entry gets in the table, for document rows (a heading is a row with only När). */
function written(...whens: string[]): string[] {
  const rows: RawRow[] = whens.map((when, i) => ({
    line: i + 1,
    when,
    event: /^(MARS|JANUARI|År \d{4}|\d{4})$/.test(when) ? "" : `Händelse ${i}`,
    owner: "",
    notes: "",
  }));
  return importRows(rows, PLAN).entries.map((entry) => tableWhen(entry, PLAN.year));
}

describe("the När a table row gets", () => {
  it("keeps a text that reads the same without its heading", () => {
    expect(written("MARS", "12 mars", "v. 12", "senast 30 juni")).toEqual([
      "12 mars",
      "v. 12",
      "senast 30 juni",
    ]);
    expect(written("5 februari", "32 mars", "Löpande")).toEqual(["5 februari", "32 mars", "Löpande"]);
  });

  it("adds the heading's month to a bare day or span, and the month's name to an empty När", () => {
    expect(written("JANUARI", "5", "5-9", "")).toEqual(["5 januari", "5-9 januari", "januari"]);
  });

  it("adds the heading's year where the plan year would be wrong", () => {
    expect(written("År 2008", "12 mars", "MARS", "", "5")).toEqual([
      "12 mars 2008",
      "mars 2008",
      "5 mars 2008",
    ]);
  });
});
