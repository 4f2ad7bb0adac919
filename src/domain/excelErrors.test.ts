import { isExcelErrorValue } from "./excelErrors";
import { importRows } from "./import";
import { validateTimeline } from "./validate";

describe("isExcelErrorValue", () => {
  it.each([
    "#N/A",
    "#REF!",
    "#DIV/0!",
    "#VALUE!",
    "#NAME?",
    "#SPILL!",
    "#SAKNAS!",
    "#REFERENS!",
    "#VÄRDEFEL!",
    " #N/A ",
  ])("%p is an Excel error value", (text) => expect(isExcelErrorValue(text)).toBe(true));

  it.each(["", "#", "#3", "N/A", "#N/A-listan", "Beslut #REF!", "#hashtag"])("%p is not", (text) =>
    expect(isExcelErrorValue(text)).toBe(false),
  );
});

test("an error value in När is said once, as what it is, not also as an unreadable date", () => {
  const timeline = importRows(
    [{ line: 2, when: "#N/A", event: "MBL om budget", owner: "Förvaltningsgruppen", notes: "" }],
    { title: "Plan", year: 2027 },
  );
  const codes = validateTimeline(timeline).map((f) => f.code);
  expect(codes).toContain("excel-error");
  expect(codes).not.toContain("when-unreadable");
});
