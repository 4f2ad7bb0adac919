/**
 * The in-memory workbook: the seed through create → read → check → write, owners, generated
 * sheets, injected failures and change events.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importRows, importTimeline } from "../../src/domain/import";
import { computeCheckUpdates } from "../../src/domain/table";
import { validateTimeline } from "../../src/domain/validate";
import type { SheetModel } from "../../src/domain/sheet/sheetModel";
import { createMemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { smallTimeline } from "./timelineFixtures";

const seed = readFileSync(join(__dirname, "../../examples/tidsplan-verksamhetsledning-2007.txt"), "utf8");

function model(name: string, text: string): SheetModel {
  return {
    name,
    generatedBy: "tidsplan:calendar",
    styles: { head: { bold: true } },
    merges: [],
    columnWidths: [20],
    cells: [
      { row: 0, col: 0, value: { type: "text", text }, style: "head" },
      { row: 1, col: 0, value: { type: "date", date: { year: 2007, month: 3 /* mar */, day: 1 } } },
    ],
  };
}

test("the seed: create the table, read it back, check it, and the Kontroll column shows the findings", async () => {
  const imported = importTimeline({ text: seed });
  if (!imported.ok) throw new Error(imported.reason);
  const book = createMemoryWorkbook();
  expect((await book.createTimelineTable(imported.timeline, "sv")).ok).toBe(true);

  const read = await book.readTimelineTable();
  if (!read.ok || read.value === null) throw new Error("expected a table");
  expect(read.value.rows).toHaveLength(imported.timeline.entries.length);
  const plan = read.value.plan ?? imported.timeline.plan;
  const timeline = importRows(read.value.rows, plan);
  expect(timeline.entries).toHaveLength(imported.timeline.entries.length);
  // Every entry keeps its dates through the table (När text + Start/Slut).
  expect(timeline.entries.map((e) => e.parsed.ok)).toEqual(imported.timeline.entries.map((e) => e.parsed.ok));

  const findings = validateTimeline(timeline);
  const updates = computeCheckUpdates(read.value.rows, timeline, findings, "sv");
  const written = await book.writeCheckResults(updates);
  expect(written).toMatchObject({ ok: true, value: { unmatched: [] } });

  const values = book.tableValues("Tidsplan") ?? [];
  const flagged = new Set(findings.filter((f) => f.severity !== "info").map((f) => f.entryId));
  values.slice(1).forEach((row) => {
    const kontroll = String(row[8]);
    if (flagged.has(String(row[0]))) expect(kontroll).toMatch(/^[✖⚠]/);
  });
  expect(values.slice(1).filter((row) => String(row[8]) !== "").length).toBeGreaterThan(0);
  expect(book.highlighted()).toBe(true);
});

test("owners table: created from the timeline's owners, merged on the second call, dropdown on Ansvarig", async () => {
  const book = createMemoryWorkbook();
  await book.createTimelineTable(smallTimeline(), "sv");
  const first = await book.createOwnersTable([
    { name: "KS", aliases: ["Kommunstyrelsen"], color: "#FF0000", email: "" },
  ]);
  expect(first).toEqual({ ok: true, value: { dropdown: true } });
  await book.createOwnersTable([
    { name: "ks", aliases: [], color: "", email: "" },
    { name: "Förvaltningsgruppen", aliases: [], color: "", email: "" },
  ]);
  expect(await book.readOwners()).toEqual({
    ok: true,
    value: [
      { name: "KS", aliases: ["Kommunstyrelsen"], color: "#FF0000", email: "" },
      { name: "Förvaltningsgruppen", aliases: [], color: "", email: "" },
    ],
  });
  expect(book.ownerDropdown()).toEqual(["KS", "Förvaltningsgruppen"]);
});

test("owners table without ExcelApi 1.8: the table is made, the dropdown says it is unavailable", async () => {
  const book = createMemoryWorkbook({ dataValidation: false });
  await book.createTimelineTable(smallTimeline(), "sv");
  const result = await book.createOwnersTable([{ name: "KS", aliases: [], color: "", email: "" }]);
  if (!result.ok) throw new Error(result.code);
  expect(result.value.dropdown).toBe(false);
  expect(result.value.dropdownMessage?.sv).toContain("finns inte");
  expect(book.ownerDropdown()).toBeNull();
});

test("a generated sheet is replaced; a user's own sheet of that name is never touched", async () => {
  const book = createMemoryWorkbook();
  expect((await book.renderSheetModel(model("Kalender 2007", "v1"))).ok).toBe(true);
  expect((await book.renderSheetModel(model("Kalender 2007", "v2"))).ok).toBe(true);
  expect(book.cellValue("Kalender 2007", 0, 0)).toBe("v2");
  expect(book.cellFormat("Kalender 2007", 1, 0)).toBe("yyyy-mm-dd");
  book.addUserSheet("Utskrift");
  book.typeInto("Utskrift", 0, 0, "mitt eget");
  expect(await book.renderSheetModel(model("Utskrift", "x"))).toMatchObject({
    ok: false,
    code: "name-taken",
  });
  expect(book.cellValue("Utskrift", 0, 0)).toBe("mitt eget");
});

test("sort-chronologically orders the rows by Start; selectCell then finds rows by ID", async () => {
  const book = createMemoryWorkbook();
  const timeline = smallTimeline();
  await book.createTimelineTable({ ...timeline, entries: [...timeline.entries].reverse() }, "sv");
  await book.applyFix({ type: "sort-chronologically" });
  expect((book.tableValues("Tidsplan") ?? []).slice(1).map((row) => row[0])).toEqual(["a1", "b2", "c3"]);
  await book.selectCell("c3", "when");
  expect(book.selection()).toEqual({ sheet: "Tidsplan", row: 6, col: 1 });
});

test("injected failures reach the caller as PortResults; a protected sheet is not written", async () => {
  const book = createMemoryWorkbook();
  await book.createTimelineTable(smallTimeline(), "sv");
  book.failNext("cell-edit-mode");
  expect(await book.readTimelineTable()).toMatchObject({ ok: false, code: "cell-edit-mode" });
  expect((await book.readTimelineTable()).ok).toBe(true);
  book.protectSheet("Tidsplan");
  const before = JSON.stringify(book.tableValues("Tidsplan"));
  expect(await book.writeCheckResults([{ id: "a1", kontroll: "⚠ x" }])).toMatchObject({
    code: "protected-sheet",
  });
  expect(JSON.stringify(book.tableValues("Tidsplan"))).toBe(before);
});

test("typing in the table calls the change handlers until unsubscribed", async () => {
  const book = createMemoryWorkbook();
  await book.createTimelineTable(smallTimeline(), "sv");
  const handler = jest.fn();
  const unsubscribe = await book.onTableChanged(handler);
  book.typeInto("Tidsplan", 4, 5, "Kommunstyrelsen");
  book.typeInto("Tidsplan", 0, 0, "Ny titel"); // outside the table
  expect(handler).toHaveBeenCalledTimes(1);
  unsubscribe();
  book.typeInto("Tidsplan", 4, 5, "KS");
  expect(handler).toHaveBeenCalledTimes(1);
});

test("a user's table without ID and Kontroll columns gets them on the first check", async () => {
  const book = createMemoryWorkbook();
  book.addUserSheet("Blad1", {
    name: "Tabell1",
    top: 0,
    left: 0,
    values: [
      ["När", "Händelse", "Ansvarig"],
      ["5 februari", "Budget", "KS"],
    ],
  });
  const read = await book.readTimelineTable();
  if (!read.ok || read.value === null) throw new Error("expected a table");
  expect(read.value.rows).toEqual([{ line: 2, when: "5 februari", event: "Budget", owner: "KS", notes: "" }]);
  const result = await book.writeCheckResults([{ id: "", line: 2, kontroll: "⚠ x" }]);
  expect(result.ok).toBe(true);
  const values = book.tableValues("Tabell1") ?? [];
  expect(values[0]).toEqual(["När", "Händelse", "Ansvarig", "ID", "Start", "Slut", "Kategori", "Kontroll"]);
  expect(values[1]?.[3]).toMatch(/^r[a-z0-9]{5}$/);
  expect(values[1]?.[7]).toBe("⚠ x");
});
