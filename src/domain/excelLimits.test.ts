import { importRows } from "./import";
import { validateTimeline } from "./validate";
import { EXCEL_CELL_MAX_CHARS, fitCellText } from "./excelLimits";

describe("fitCellText", () => {
  it("leaves a text Excel can hold as it is, up to the limit itself", () => {
    expect(fitCellText("Beslut om budget")).toBe("Beslut om budget");
    const full = "å".repeat(EXCEL_CELL_MAX_CHARS);
    expect(fitCellText(full)).toBe(full);
  });

  it("cuts a longer text to exactly the limit, ending in …", () => {
    const cut = fitCellText(`Start ${"x".repeat(50_000)}`);
    expect(cut).toHaveLength(EXCEL_CELL_MAX_CHARS);
    expect(cut.startsWith("Start xxx")).toBe(true);
    expect(cut.endsWith("x…")).toBe(true);
  });

  it.each([0, 1, 2, 3])("never leaves half of an emoji before the … (offset %i)", (offset) => {
    const text = "a".repeat(EXCEL_CELL_MAX_CHARS - 4 + offset) + "😀".repeat(10);
    const cut = fitCellText(text);
    expect(cut.length).toBeLessThanOrEqual(EXCEL_CELL_MAX_CHARS);
    expect(cut.endsWith("…")).toBe(true);
    // Well-formed: no lone surrogate anywhere (the … never follows half a pair).
    expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(cut)).toBe(false);
  });
});

test("cell-too-long says which text, how long, and what the sheets get, in Swedish and English", () => {
  const timeline = importRows(
    [{ line: 2, when: "5 februari", event: "x".repeat(40_000), owner: "KS", notes: "" }],
    { title: "Plan", year: 2027 },
  );
  const found = validateTimeline(timeline).find((f) => f.code === "cell-too-long");
  expect(found).toMatchObject({ line: 2, column: "event", severity: "warning" });
  expect(found?.message.sv).toContain("Händelse är 40 000 tecken lång; en Excel-cell rymmer 32 767.");
  expect(found?.message.en).toContain(
    "Händelse (event) is 40,000 characters long; an Excel cell holds 32,767.",
  );
  expect(found?.short).toEqual({
    sv: "Händelse för lång för Excel",
    en: "Händelse (event) too long for Excel",
  });
});
