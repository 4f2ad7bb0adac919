import { addressColumns, columnLetters } from "../../src/excel/a1";
import { styleRects } from "../../src/excel/styleRuns";
import type { CellModel } from "../../src/domain/sheet/sheetModel";

test("column letters and address columns", () => {
  expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  expect(addressColumns("Tidsplan!I5:J20")).toEqual({ first: 8, last: 9 });
  expect(addressColumns("$C$7")).toEqual({ first: 2, last: 2 });
  expect(addressColumns("nonsense!")).toBeNull();
});

test("style rectangles grow with style runs, not cells", () => {
  const empty = { type: "empty" } as const;
  const cells: CellModel[] = [];
  // A 31 × 12 grid with a header row in "head" and the rest in "day": two rectangles.
  for (let col = 0; col < 12; col += 1) cells.push({ row: 0, col, value: empty, style: "head" });
  for (let row = 1; row <= 31; row += 1)
    for (let col = 0; col < 12; col += 1) cells.push({ row, col, value: empty, style: "day" });
  cells.push({ row: 40, col: 0, value: empty });
  expect(styleRects(cells)).toEqual([
    { row: 0, col: 0, rowCount: 1, colCount: 12, style: "head" },
    { row: 1, col: 0, rowCount: 31, colCount: 12, style: "day" },
  ]);
});
