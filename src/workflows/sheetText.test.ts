import { readFileSync } from "node:fs";
import path from "node:path";
import { importTimeline } from "../domain/import";
import { sheetToText } from "./sheetText";

const SEED = readFileSync(
  path.join(__dirname, "../../examples/tidsplan-verksamhetsledning-2007.txt"),
  "utf8",
);

describe("sheetToText", () => {
  it("joins cells with tabs and drops trailing empty cells and rows", () => {
    expect(
      sheetToText([
        ["JANUARI", "", ""],
        ["5 februari", "MBL", "KS", ""],
        ["", ""],
      ]),
    ).toBe("JANUARI\n5 februari\tMBL\tKS\n");
  });

  it("keeps one line per sheet row: a line break inside a cell becomes a space", () => {
    expect(
      sheetToText([
        ["5 feb", "Beslut om\nbudget"],
        ["6 feb", "MBL"],
      ]),
    ).toBe("5 feb\tBeslut om budget\n6 feb\tMBL\n");
  });

  it("quotes a cell holding a quote, so the import reads it back as written", () => {
    const text = sheetToText([
      ["När", "Händelse", "Ansvar"],
      ["5 februari", 'Beslut "stort"', "KS"],
    ]);
    const imported = importTimeline({ text, planYear: 2007 });
    if (!imported.ok) throw new Error(imported.reason);
    expect(imported.timeline.entries[0]?.event).toBe('Beslut "stort"');
  });

  it("the seed pasted into a sheet (one cell per tab-separated field) converts to the same 36 entries", () => {
    const values = SEED.replace(/\r\n?/g, "\n")
      .split("\n")
      .map((line) => line.split("\t"));
    const imported = importTimeline({ text: sheetToText(values) });
    if (!imported.ok) throw new Error(imported.reason);
    expect(imported.timeline.entries).toHaveLength(36);
    expect(imported.timeline.skipped.some((s) => s.text === "## Bilaga 12")).toBe(true);
  });

  it("gives empty text for an empty sheet", () => {
    expect(sheetToText([["", ""], []])).toBe("");
  });
});
