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
