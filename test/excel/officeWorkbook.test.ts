/**
 * The Office adapter against a mock Excel (office-addin-mock, extended by hand in mockExcel.ts):
 * sync counts, which cells are written, matching by ID, text stays text, Office errors.
 */
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { retrySettings } from "../../src/excel/office/runExcel";
import { TABLE_HEADER_ROW, toExcelSerial } from "./testImports";
import { createMockExcel, type MockExcel } from "./mockExcel";
import { bigTimeline, planInfo, smallTimeline } from "./timelineFixtures";

jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "Excel", Outlook: "Outlook", Word: "Word" },
}));

let excel: MockExcel;
beforeEach(() => {
  excel = createMockExcel();
  excel.install();
  retrySettings.delaysMs = [0, 0, 0];
});

const body = (name = "Tidsplan") => {
  const table = excel.grid.tables.get(name);
  if (table === undefined) throw new Error("no table");
  return excel.grid.tableBody(table);
};

async function createSmall(): Promise<void> {
  const result = await createOfficeWorkbook().createTimelineTable(smallTimeline(), "sv");
  expect(result).toEqual({ ok: true, value: undefined });
  excel.syncs = 0;
}

describe("createTimelineTable", () => {
  test("creates sheet, title, plan year and the table with text När and real dates", async () => {
    await createSmall();
    const grid = excel.grid;
    expect(grid.get("Tidsplan", 0, 0)?.value).toBe(planInfo.title);
    expect(grid.get("Tidsplan", 1, 0)?.value).toBe("Planår");
    expect(grid.get("Tidsplan", 1, 1)?.value).toBe(2007);
    expect(grid.tableHeader(grid.tables.get("Tidsplan")!)).toEqual([
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
    const first = body()[0]!;
    expect(first.slice(0, 5)).toEqual([
      "a1",
      "5 februari",
      toExcelSerial({ year: 2007, month: 2, day: 5 }),
      toExcelSerial({ year: 2007, month: 2, day: 5 }),
      "Budgetdialog",
    ]);
    expect(first[7]).toBe("Beslut");
    expect(grid.get("Tidsplan", TABLE_HEADER_ROW + 1, 1)?.numberFormat).toBe("@");
    expect(grid.get("Tidsplan", TABLE_HEADER_ROW + 1, 2)?.numberFormat).toBe("yyyy-mm-dd");
    expect(excel.properties.get("TidsplanPlanar")).toBe("2007");
    expect(excel.conditionalFormulas).toEqual(['=LEFT($I5,1)="✖"', '=LEFT($I5,1)="⚠"']);
  });

  test('an event "=HYPERLINK(…)" or "+SUM(A1)" is written as text, never as a formula', async () => {
    await createSmall();
    expect(body()[1]?.[4]).toBe('=HYPERLINK("http://x","klicka")');
    expect(body()[2]?.[4]).toBe("+SUM(A1)");
    expect(excel.formulas.size).toBe(0);
  });

  test("10,000 rows take at most 4 syncs and no range assignment over 5,000 rows", async () => {
    const result = await createOfficeWorkbook().createTimelineTable(bigTimeline(10_000), "sv");
    expect(result.ok).toBe(true);
    expect(excel.syncs).toBeLessThanOrEqual(4);
    expect(Math.max(...excel.valueWrites.map((w) => w.rows))).toBeLessThanOrEqual(5000);
    expect(body()).toHaveLength(10_000);
    expect(body()[9999]?.[4]).toBe("Händelse nummer 9999");
  });

  test("refuses when a Tidsplan sheet already exists", async () => {
    excel.grid.addSheet("Tidsplan");
    const result = await createOfficeWorkbook().createTimelineTable(smallTimeline(), "sv");
    expect(result).toMatchObject({ ok: false, code: "name-taken" });
  });
});

describe("readTimelineTable", () => {
  test("reads the rows with their sheet row numbers and the plan in one sync", async () => {
    await createSmall();
    const result = await createOfficeWorkbook().readTimelineTable();
    expect(excel.syncs).toBe(1);
    if (!result.ok || result.value === null) throw new Error("expected a table");
    expect(result.value.plan).toEqual(planInfo);
    expect(result.value.headerLanguage).toBe("sv");
    expect(result.value.rows[0]).toEqual({
      line: 5,
      id: "a1",
      when: "5 februari",
      event: "Budgetdialog",
      owner: "KS",
      notes: "",
      category: "Beslut",
    });
  });

  test("recognises a user's own table with English headers under another name", async () => {
    excel.grid.addSheet("Plan");
    [
      ["When", "Event", "Owner"],
      ["5 Feb", "Budget", "KS"],
    ].forEach((row, r) => row.forEach((v, c) => excel.grid.set("Plan", r, c, v)));
    excel.grid.tables.set("Table1", {
      name: "Table1",
      sheet: "Plan",
      top: 0,
      left: 0,
      columnCount: 3,
      rowCount: 1,
      highlighted: false,
    });
    const result = await createOfficeWorkbook().readTimelineTable();
    if (!result.ok || result.value === null) throw new Error("expected a table");
    expect(result.value.headerLanguage).toBe("en");
    expect(result.value.rows).toEqual([{ line: 2, when: "5 Feb", event: "Budget", owner: "KS", notes: "" }]);
  });

  test("null when the workbook has no timeline table", async () => {
    expect(await createOfficeWorkbook().readTimelineTable()).toEqual({ ok: true, value: null });
  });
});

describe("writeCheckResults", () => {
  test("matches by ID in at most 2 syncs: a shuffled table gets each row's own Kontroll", async () => {
    await createSmall();
    const table = excel.grid.tables.get("Tidsplan")!;
    excel.grid.reorderRows(table, [2, 0, 1]); // the user sorted: c3, a1, b2
    const before = body().map((row) => [...row]);
    const result = await createOfficeWorkbook().writeCheckResults([
      { id: "a1", kontroll: "⚠ Ansvarig saknas" },
      { id: "b2", kontroll: "" },
      { id: "c3", kontroll: "✖ När kan inte läsas" },
    ]);
    expect(result).toMatchObject({ ok: true, value: { written: 3 } });
    expect(excel.syncs).toBeLessThanOrEqual(2);
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
    excel.grid.set("Tidsplan", 5, 0, ""); // b2 lost its ID
    excel.grid.set("Tidsplan", 4, 7, "Min egen"); // a user's own category
    excel.grid.set("Tidsplan", 6, 7, ""); // an empty category
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
    const table = excel.grid.tables.get("Tidsplan")!;
    excel.beforeSync.set(2, () => excel.grid.reorderRows(table, [1, 0, 2]));
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
    const table = excel.grid.tables.get("Tidsplan")!;
    excel.beforeSync.set(2, () => excel.grid.reorderRows(table, [1, 0, 2]));
    excel.beforeSync.set(4, () => excel.grid.reorderRows(table, [1, 0, 2]));
    const result = await createOfficeWorkbook().writeCheckResults([{ id: "a1", kontroll: "A" }]);
    expect(result).toMatchObject({ ok: false, code: "changed-meanwhile" });
  });

  test("a protected sheet: a clear message and nothing written", async () => {
    await createSmall();
    excel.grid.sheets.get("Tidsplan")!.protected = true;
    const before = JSON.stringify(body());
    const result = await createOfficeWorkbook().writeCheckResults([{ id: "a1", kontroll: "⚠ x" }]);
    expect(result).toMatchObject({ ok: false, code: "protected-sheet" });
    if (!result.ok) expect(result.message.sv).toContain("skyddat");
    expect(JSON.stringify(body())).toBe(before);
  });
});

describe("Office errors", () => {
  test("cell-edit mode is waited out and retried", async () => {
    await createSmall();
    excel.failures.push(
      { code: "InvalidOperationInCellEditMode" },
      { code: "InvalidOperationInCellEditMode" },
    );
    const result = await createOfficeWorkbook().clearCheck();
    expect(result.ok).toBe(true);
  });

  test("cell-edit mode that lasts is reported in Swedish and English", async () => {
    await createSmall();
    for (let i = 0; i < 10; i += 1) excel.failures.push({ code: "InvalidOperationInCellEditMode" });
    const result = await createOfficeWorkbook().readTimelineTable();
    expect(result).toMatchObject({ ok: false, code: "cell-edit-mode" });
    if (!result.ok) {
      expect(result.message.sv).toContain("redigeringsläge");
      expect(result.message.sv).toContain("Enter eller Esc");
      expect(result.message.en).toContain("Enter or Esc");
    }
  });

  test("the 5 MB request limit is reported as request-too-large and the new sheet removed", async () => {
    excel.beforeSync.set(2, () => excel.failures.push({ code: "RequestPayloadSizeLimitExceeded" }));
    const result = await createOfficeWorkbook().createTimelineTable(smallTimeline(), "sv");
    expect(result).toMatchObject({ ok: false, code: "request-too-large" });
    expect(excel.grid.sheets.has("Tidsplan")).toBe(false);
  });
});

describe("fixes and selection", () => {
  test("set-owner writes the owner of the row with that ID only", async () => {
    await createSmall();
    excel.grid.reorderRows(excel.grid.tables.get("Tidsplan")!, [2, 1, 0]);
    const result = await createOfficeWorkbook().applyFix({
      type: "set-owner",
      entryId: "c3",
      owner: "Kommunstyrelsen",
    });
    expect(result.ok).toBe(true);
    expect(body().map((r) => r[5])).toEqual(["Kommunstyrelsen", "Förvaltningsgruppen", "KS"]);
  });

  test("selectCell selects the finding's row by ID", async () => {
    await createSmall();
    await createOfficeWorkbook().selectCell("b2", "owner");
    expect(excel.selected).toEqual({ sheet: "Tidsplan", row: TABLE_HEADER_ROW + 2, col: 5 });
  });

  test("plan info round trip through custom properties", async () => {
    const port = createOfficeWorkbook();
    expect(await port.getPlanInfo()).toEqual({ ok: true, value: null });
    await port.setPlanInfo({ title: "Budget 2027", year: 2027 });
    expect(await port.getPlanInfo()).toEqual({ ok: true, value: { title: "Budget 2027", year: 2027 } });
  });
});

describe("renderSheetModel", () => {
  const model = (text: string) => ({
    name: "Kalender 2007",
    generatedBy: "tidsplan:calendar",
    styles: { head: { bold: true, fill: "#DDEEFF" }, day: { border: "#999999" } },
    merges: [{ row: 0, col: 0, rowCount: 1, colCount: 3 }],
    columnWidths: [10, 10, 10],
    freeze: { rows: 1, columns: 0 },
    cells: [
      { row: 0, col: 0, value: { type: "text" as const, text }, style: "head" },
      { row: 1, col: 0, value: { type: "text" as const, text: "=1+1" }, style: "day" },
      {
        row: 1,
        col: 1,
        value: { type: "date" as const, date: { year: 2007, month: 3 /* mar */, day: 1 } },
        style: "day",
      },
    ],
  });

  test("renders in at most 3 syncs and text stays text", async () => {
    const port = createOfficeWorkbook();
    expect((await port.renderSheetModel(model("v1"))).ok).toBe(true);
    expect(excel.syncs).toBeLessThanOrEqual(3);
    expect(excel.grid.get("Kalender 2007", 1, 0)).toMatchObject({ value: "=1+1", numberFormat: "@" });
    expect(excel.formulas.size).toBe(0);
    expect(excel.grid.get("Kalender 2007", 1, 1)?.numberFormat).toBe("yyyy-mm-dd");
    expect([...excel.properties.keys()].some((key) => key.startsWith("TidsplanGenererat_"))).toBe(true);
  });

  test("a user's own sheet with that name is refused and left as it was", async () => {
    excel.grid.addSheet("Kalender 2007");
    excel.grid.set("Kalender 2007", 0, 0, "mina anteckningar");
    const result = await createOfficeWorkbook().renderSheetModel(model("v1"));
    expect(result).toMatchObject({ ok: false, code: "name-taken" });
    expect(excel.grid.get("Kalender 2007", 0, 0)?.value).toBe("mina anteckningar");
  });
});
