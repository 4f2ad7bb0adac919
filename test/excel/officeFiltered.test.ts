/**
 * A Tidsplan table the user filtered (say by Ansvarig). office-js #224: on Windows, writing a
 * multi-row range over rows a filter hid puts the values into the visible rows and breaks the
 * filter; the mock does the same (mockRange.ts, targetRows). A check, a fix and "Sortera
 * kronologiskt" must write to the right rows and leave the filter as it was.
 */
import type { CheckUpdate } from "../../src/domain/table";
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { useMockExcel } from "./officeSetup";

jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "Excel", Outlook: "Outlook", Word: "Word" },
}));

const bed = useMockExcel();
const { body, createSmall } = bed;

/** Hide the body rows of the given ids, as a filter on Ansvarig would. */
function filterOut(...ids: string[]): Set<number> {
  const table = bed.excel.grid.tables.get("Tidsplan");
  if (table === undefined) throw new Error("no table");
  const hidden = new Set<number>();
  body().forEach((row, i) => {
    if (ids.includes(String(row[0]))) hidden.add(table.top + 1 + i);
  });
  bed.excel.hiddenRows.set(table.sheet, hidden);
  return hidden;
}

/** Every row gets Kontroll naming its own event. */
const echo = (read: { rows: readonly { id?: string; line: number; event: string }[] }): CheckUpdate[] =>
  read.rows.map((row) => ({
    id: row.id ?? `entry-${row.line}`,
    line: row.line,
    kontroll: `⚠ ${row.event}`,
    kategori: "Beslut",
  }));
const kontrollOfEachRow = () => body().map((row) => [row[0], row[8] === `⚠ ${String(row[4])}`]);

describe("a filtered Tidsplan table", () => {
  test("a check writes each row's Kontroll in its own row and leaves the filter", async () => {
    await createSmall();
    const hidden = filterOut("b2");
    const result = await createOfficeWorkbook().checkTable(echo);
    expect(result).toMatchObject({ ok: true });
    expect(kontrollOfEachRow()).toEqual([
      ["a1", true],
      ["b2", true],
      ["c3", true],
    ]);
    expect(bed.excel.filter.broken).toBe(false);
    expect(bed.excel.hiddenRows.get("Tidsplan")).toEqual(hidden);
    expect(bed.excel.syncs).toBeLessThanOrEqual(2);
  });

  test("clearing Kontroll empties every row, hidden ones too, and leaves the filter", async () => {
    await createSmall();
    expect((await createOfficeWorkbook().checkTable(echo)).ok).toBe(true);
    filterOut("a1", "c3");
    expect((await createOfficeWorkbook().clearCheck()).ok).toBe(true);
    expect(body().map((row) => row[8])).toEqual(["", "", ""]);
    expect(bed.excel.filter.broken).toBe(false);
  });

  test("Sortera kronologiskt refuses, saying why, and moves nothing", async () => {
    await createSmall();
    filterOut("a1");
    const before = JSON.stringify(body());
    const result = await createOfficeWorkbook().applyFix({ type: "sort-chronologically" });
    expect(result).toMatchObject({ ok: false, code: "filtered-table" });
    if (!result.ok) expect(result.message.sv).toContain("Rensa filtret");
    expect(JSON.stringify(body())).toBe(before);
    expect(bed.excel.filter.broken).toBe(false);
  });

  test("a fix writes the one cell of its own row", async () => {
    await createSmall();
    filterOut("a1", "c3");
    const result = await createOfficeWorkbook().applyFix({ type: "set-owner", entryId: "b2", owner: "KS" });
    expect(result).toEqual({ ok: true, value: undefined });
    expect(body().map((row) => [row[0], row[5]])).toEqual([
      ["a1", "KS"],
      ["b2", "KS"],
      ["c3", ""],
    ]);
  });
});

describe("a check writes only the cells whose values change", () => {
  test("a second check after one row's edit writes that row only", async () => {
    await createSmall();
    expect((await createOfficeWorkbook().checkTable(echo)).ok).toBe(true);
    const table = bed.excel.grid.tables.get("Tidsplan");
    if (table === undefined) throw new Error("no table");
    bed.excel.grid.set("Tidsplan", table.top + 2, table.left + 4, "Ny händelse"); // b2's Händelse
    bed.excel.valueWrites.length = 0;
    expect((await createOfficeWorkbook().checkTable(echo)).ok).toBe(true);
    expect(kontrollOfEachRow().every(([, own]) => own)).toBe(true);
    // Kontroll of b2 only: one cell in one write.
    expect(bed.excel.valueWrites).toEqual([
      { sheet: "Tidsplan", row: table.top + 2, col: table.left + 8, rows: 1, cols: 1 },
    ]);
  });
});
