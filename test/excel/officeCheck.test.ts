/**
 * Writing a check with the Office adapter on the mock Excel: matched by ID, at most two syncs,
 * the retry when rows move meanwhile, and checkTable (read, check and write in one batch).
 */
import { derivedPlanId } from "../../src/domain/ics";
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import type { CheckUpdate, TimelineTableRead } from "../../src/excel/workbookPort";
import { useMockExcel } from "./officeSetup";

jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "Excel", Outlook: "Outlook", Word: "Word" },
}));

const bed = useMockExcel();
const { body, createSmall } = bed;

describe("writeCheckResults", () => {
  test("matches by ID in at most 2 syncs: a shuffled table gets each row's own Kontroll", async () => {
    await createSmall();
    const table = bed.excel.grid.tables.get("Tidsplan")!;
    bed.excel.grid.reorderRows(table, [2, 0, 1]); // the user sorted: c3, a1, b2
    const before = body().map((row) => [...row]);
    const result = await createOfficeWorkbook().writeCheckResults([
      { id: "a1", kontroll: "⚠ Ansvarig saknas" },
      { id: "b2", kontroll: "" },
      { id: "c3", kontroll: "✖ När kan inte läsas" },
    ]);
    expect(result).toMatchObject({ ok: true, value: { written: 3 } });
    expect(bed.excel.syncs).toBeLessThanOrEqual(2);
    const after = body();
    expect(after.map((row) => [row[0], row[8]])).toEqual([
      ["c3", "✖ När kan inte läsas"],
      ["a1", "⚠ Ansvarig saknas"],
      ["b2", ""],
    ]);
    // Only ID, Start, Slut, Kategori, Kontroll may change; När, Händelse, Ansvarig, Innehåll never.
    for (const col of [1, 4, 5, 6]) expect(after.map((r) => r[col])).toEqual(before.map((r) => r[col]));
  });

  test("assigns IDs to rows without one and fills Kategori only where empty", async () => {
    await createSmall();
    bed.excel.grid.set("Tidsplan", 5, 0, ""); // b2 lost its ID
    bed.excel.grid.set("Tidsplan", 4, 7, "Min egen"); // a user's own category
    bed.excel.grid.set("Tidsplan", 6, 7, ""); // an empty category
    const result = await createOfficeWorkbook().writeCheckResults([
      { id: "a1", kontroll: "", kategori: "Beslut" },
      { id: "entry-b", line: 6, kontroll: "⚠ x", kategori: "Beslut" },
      { id: "c3", kontroll: "", kategori: "Möte" },
    ]);
    if (!result.ok) throw new Error(result.code);
    const newId = result.value.assignedIds["entry-b"];
    expect(newId).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(body().map((r) => [r[0], r[7], r[8]])).toEqual([
      ["a1", "Min egen", ""],
      [newId, "Beslut", "⚠ x"],
      ["c3", "Möte", ""],
    ]);
  });

  test("when the rows move between read and write, it re-reads and writes again", async () => {
    await createSmall();
    const table = bed.excel.grid.tables.get("Tidsplan")!;
    bed.excel.beforeSync.set(2, () => bed.excel.grid.reorderRows(table, [1, 0, 2]));
    const result = await createOfficeWorkbook().writeCheckResults([
      { id: "a1", kontroll: "A" },
      { id: "b2", kontroll: "B" },
      { id: "c3", kontroll: "C" },
    ]);
    expect(result.ok).toBe(true);
    expect(body().map((r) => [r[0], r[8]])).toEqual([
      ["b2", "B"],
      ["a1", "A"],
      ["c3", "C"],
    ]);
  });

  test('when the rows keep moving it says "changed-meanwhile"', async () => {
    await createSmall();
    const table = bed.excel.grid.tables.get("Tidsplan")!;
    bed.excel.beforeSync.set(2, () => bed.excel.grid.reorderRows(table, [1, 0, 2]));
    bed.excel.beforeSync.set(4, () => bed.excel.grid.reorderRows(table, [1, 0, 2]));
    const result = await createOfficeWorkbook().writeCheckResults([{ id: "a1", kontroll: "A" }]);
    expect(result).toMatchObject({ ok: false, code: "changed-meanwhile" });
  });

  test("a protected sheet: a clear message and nothing written", async () => {
    await createSmall();
    bed.excel.grid.sheets.get("Tidsplan")!.protected = true;
    const before = JSON.stringify(body());
    const result = await createOfficeWorkbook().writeCheckResults([{ id: "a1", kontroll: "⚠ x" }]);
    expect(result).toMatchObject({ ok: false, code: "protected-sheet" });
    if (!result.ok) expect(result.message.sv).toContain("skyddat");
    expect(JSON.stringify(body())).toBe(before);
  });
});

describe("checkTable", () => {
  /** A check that writes each row's own event into its Kontroll, so a misplaced write shows. */
  const echo = (read: TimelineTableRead): CheckUpdate[] =>
    read.rows.map((row) => ({
      id: row.id ?? `entry-${row.line}`,
      line: row.line,
      kontroll: `⚠ ${row.event}`,
      kategori: "Beslut",
    }));
  const kontrollOfEachRow = () => body().map((row) => [row[0], row[8] === `⚠ ${String(row[4])}`]);

  test("reads, checks and writes Kontroll by ID in at most 2 syncs", async () => {
    await createSmall();
    bed.excel.grid.reorderRows(bed.excel.grid.tables.get("Tidsplan")!, [2, 0, 1]);
    const seen: string[][] = [];
    const result = await createOfficeWorkbook().checkTable((read) => {
      seen.push(read.rows.map((row) => row.id ?? ""));
      return echo(read);
    });
    expect(bed.excel.syncs).toBeLessThanOrEqual(2);
    expect(seen).toEqual([["c3", "a1", "b2"]]);
    if (!result.ok) throw new Error(result.code);
    expect(result.value.read.plan).toEqual({
      title: "Tidsplan för verksamhetsledning",
      year: 2007,
      id: derivedPlanId("Tidsplan för verksamhetsledning"),
    });
    expect(result.value.write).toEqual({ written: 3, assignedIds: {}, unmatched: [] });
    expect(kontrollOfEachRow()).toEqual([
      ["c3", true],
      ["a1", true],
      ["b2", true],
    ]);
  });

  test("a check with no updates writes nothing, in one sync", async () => {
    await createSmall();
    const before = JSON.stringify(body());
    const result = await createOfficeWorkbook().checkTable(() => []);
    expect(result).toMatchObject({ ok: true, value: { write: { written: 0 } } });
    expect(bed.excel.syncs).toBe(1);
    expect(JSON.stringify(body())).toBe(before);
  });

  test("without a table it says no-table and does not call the check", async () => {
    const check = jest.fn(() => []);
    expect(await createOfficeWorkbook().checkTable(check)).toMatchObject({ ok: false, code: "no-table" });
    expect(check).not.toHaveBeenCalled();
  });

  test("a protected sheet: protected-sheet, nothing written", async () => {
    await createSmall();
    bed.excel.grid.sheets.get("Tidsplan")!.protected = true;
    const before = JSON.stringify(body());
    expect(await createOfficeWorkbook().checkTable(echo)).toMatchObject({
      ok: false,
      code: "protected-sheet",
    });
    expect(JSON.stringify(body())).toBe(before);
  });

  test("rows sorted between read and write: it checks the fresh read again, in at most 4 syncs", async () => {
    await createSmall();
    const table = bed.excel.grid.tables.get("Tidsplan")!;
    bed.excel.beforeSync.set(2, () => bed.excel.grid.reorderRows(table, [1, 0, 2]));
    const check = jest.fn(echo);
    const result = await createOfficeWorkbook().checkTable(check);
    expect(result.ok).toBe(true);
    expect(check).toHaveBeenCalledTimes(2);
    expect(bed.excel.syncs).toBeLessThanOrEqual(4);
    expect(kontrollOfEachRow()).toEqual([
      ["b2", true],
      ["a1", true],
      ["c3", true],
    ]);
  });

  test("bug: a row sorted into a row that had no ID keeps its own ID and Kategori", async () => {
    await createSmall();
    bed.excel.grid.set("Tidsplan", 5, 0, ""); // b2 lost its ID …
    bed.excel.grid.set("Tidsplan", 5, 7, ""); // … and its Kategori
    bed.excel.grid.set("Tidsplan", 6, 7, "Min egen"); // c3 has the user's own Kategori
    const table = bed.excel.grid.tables.get("Tidsplan")!;
    // After the read, c3 is sorted into the row that had no ID (where the ID would be written).
    bed.excel.beforeSync.set(2, () => bed.excel.grid.reorderRows(table, [0, 2, 1]));
    const result = await createOfficeWorkbook().checkTable(echo);
    expect(result.ok).toBe(true);
    const rows = body();
    expect(rows[1]?.slice(0, 1)).toEqual(["c3"]);
    expect(rows[1]?.[7]).toBe("Min egen");
    expect(rows[2]?.[0]).toBe("entry-7"); // the row without an ID, now on sheet row 7, got one
    expect(rows[2]?.[7]).toBe("Beslut");
    expect(kontrollOfEachRow().map(([, own]) => own)).toEqual([true, true, true]);
  });

  test('rows that keep moving: "changed-meanwhile", overwritten cells put back, at most 5 syncs', async () => {
    await createSmall();
    bed.excel.grid.set("Tidsplan", 5, 0, "");
    bed.excel.grid.set("Tidsplan", 6, 7, "Min egen");
    const table = bed.excel.grid.tables.get("Tidsplan")!;
    bed.excel.beforeSync.set(2, () => bed.excel.grid.reorderRows(table, [0, 2, 1]));
    bed.excel.beforeSync.set(4, () => bed.excel.grid.reorderRows(table, [0, 2, 1]));
    const result = await createOfficeWorkbook().checkTable(echo);
    expect(result).toMatchObject({ ok: false, code: "changed-meanwhile" });
    expect(bed.excel.syncs).toBeLessThanOrEqual(5);
    const c3 = body().find((row) => row[0] === "c3");
    expect(c3?.[7]).toBe("Min egen");
  });
});

describe("a user's table without the add-in's columns", () => {
  const userTable = () => {
    bed.excel.grid.addSheet("Plan");
    [
      ["När", "Händelse", "Ansvarig"],
      ["5 februari", "Budget", "KS"],
      ["12 mars", "Bokslut", ""],
    ].forEach((row, r) => row.forEach((v, c) => bed.excel.grid.set("Plan", r, c, v)));
    bed.excel.grid.tables.set("Tabell1", {
      name: "Tabell1",
      sheet: "Plan",
      top: 0,
      left: 0,
      columnCount: 3,
      rowCount: 2,
      highlighted: false,
    });
  };
  const check = (read: TimelineTableRead): CheckUpdate[] =>
    read.rows.map((row) => ({ id: `entry-${row.line}`, line: row.line, kontroll: `⚠ ${row.event}` }));

  test("gets ID, Start, Slut, Kategori and Kontroll columns (table.columns.add) with the highlight", async () => {
    userTable();
    const result = await createOfficeWorkbook().checkTable(check);
    if (!result.ok) throw new Error(result.code);
    const table = bed.excel.grid.tables.get("Tabell1")!;
    expect(bed.excel.grid.tableHeader(table)).toEqual([
      "När",
      "Händelse",
      "Ansvarig",
      "ID",
      "Start",
      "Slut",
      "Kategori",
      "Kontroll",
    ]);
    const rows = body("Tabell1");
    expect(rows.map((row) => row[7])).toEqual(["⚠ Budget", "⚠ Bokslut"]);
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ["5 februari", "Budget", "KS"],
      ["12 mars", "Bokslut", ""],
    ]);
    expect(bed.excel.grid.get("Plan", 1, 3)?.numberFormat).toBe("@");
    expect(bed.excel.conditionalFormulas).toEqual(['=LEFT($H2,1)="✖"', '=LEFT($H2,1)="⚠"']);
    // A table not named Tidsplan is found by its headers: three syncs more than the fast path.
    expect(bed.excel.syncs).toBeLessThanOrEqual(5);
  });

  test("without ExcelApi 1.6 the columns are added and only the highlight is left out", async () => {
    userTable();
    bed.excel.requirementSets.clear();
    expect((await createOfficeWorkbook().checkTable(check)).ok).toBe(true);
    expect(body("Tabell1").map((row) => row[7])).toEqual(["⚠ Budget", "⚠ Bokslut"]);
    expect(bed.excel.conditionalFormulas).toEqual([]);
  });
});
