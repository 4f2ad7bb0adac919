/**
 * Counterexamples the table round-trip property (tableRoundTrip.property.test.ts) found, kept as
 * plain tests: each was a cell that read differently after the table was written and read back.
 */
import { importRows } from "../../src/domain/import";
import type { RawRow, Timeline } from "../../src/domain/types";
import { createMemoryWorkbook } from "../../src/excel/memoryWorkbook";

const PLAN = { title: "Tidsplan", year: 2007 };

function rows(...cells: [when: string, event: string, owner: string][]): RawRow[] {
  return cells.map(([when, event, owner], i) => ({ line: i + 1, when, event, owner, notes: "" }));
}

async function throughTable(before: Timeline): Promise<Timeline> {
  const book = createMemoryWorkbook();
  const created = await book.createTimelineTable(before, "sv");
  if (!created.ok) throw new Error(created.code);
  const read = await book.readTimelineTable();
  if (!read.ok || read.value === null) throw new Error("no table");
  return importRows(read.value.rows, read.value.plan ?? PLAN);
}

test("bug: a half-tag cell ('<A <A > >') lost its text the second time it was cleaned", async () => {
  const before = importRows(rows(["5 februari", "", "<A   <A   >   >"]), PLAN);
  const after = await throughTable(before);
  expect(after.entries.map((e) => e.owner)).toEqual(before.entries.map((e) => e.owner));
});

test.each([
  ["Caps Lock on", "eKONOMIAVDELNINGEN", "Ekonomiavdelningen"],
  ["a ligature that grows when capitalised", "ﬀ 𐀀", "Ff 𐀀"],
])("bug: an owner name (%s) changed again when read back from the table", async (_what, cell, owner) => {
  const before = importRows(rows(["5 februari", "Budget", cell]), PLAN);
  const after = await throughTable(before);
  expect(before.entries[0]?.owner).toBe(owner);
  expect(after.entries.map((e) => e.owner)).toEqual(before.entries.map((e) => e.owner));
});

test("bug: '5-9' under the heading JANUARI was 5–9 January when pasted, unreadable in the table", async () => {
  const before = importRows(rows(["JANUARI", "", ""], ["5-9", "Budgetdialog", "KS"]), PLAN);
  expect(before.entries[0]?.parsed).toMatchObject({
    ok: true,
    occurrences: [{ start: { month: 1, day: 5 } }],
  });
  const book = createMemoryWorkbook();
  await book.createTimelineTable(before, "sv");
  expect(book.tableValues("Tidsplan")?.[1]?.[1]).toBe("5-9 januari");
  const after = await throughTable(before);
  expect(after.entries[0]?.parsed).toEqual(before.entries[0]?.parsed);
});

test("bug: '12 mars' under the heading 'År 2008' of a 2007 plan came back as March 2007", async () => {
  const before = importRows(rows(["År 2008", "", ""], ["12 mars", "Beslut", "KF"]), PLAN);
  expect(before.entries[0]?.parsed).toMatchObject({ ok: true, occurrences: [{ start: { year: 2008 } }] });
  const after = await throughTable(before);
  expect(after.entries[0]?.when).toBe("12 mars 2008");
  expect(after.entries[0]?.parsed).toMatchObject({
    ok: true,
    occurrences: [{ start: { year: 2008, month: 3 /* mar */, day: 12 } }],
  });
});

test("bug: a '<' in the Ansvar cell's content and a '>' in Innehåll were joined into a tag", async () => {
  const before = importRows(
    [
      {
        line: 1,
        when: "5 februari",
        event: "Budget",
        owner: "Enligt anvisningar <se",
        notes: "bilaga> 3",
        ownerCellMixed: true,
      },
    ],
    PLAN,
  );
  const after = await throughTable(before);
  expect(after.entries.map((e) => e.notes)).toEqual(before.entries.map((e) => e.notes));
});

test("bug: '0' under JANUARI (a day that does not exist) came back as no date at all", async () => {
  const before = importRows(rows(["JANUARI", "", ""], ["0", "Budget", "KS"]), PLAN);
  expect(before.entries[0]?.parsed).toMatchObject({ ok: false, reason: "invalid-date" });
  const after = await throughTable(before);
  expect(after.entries[0]?.when).toBe("0 januari");
  expect(after.entries[0]?.parsed).toMatchObject({ ok: false, reason: "invalid-date" });
});

test("Excel's cell limit: the memory workbook refuses a longer text as Excel does, and a table with huge texts is still created", async () => {
  const huge = "Lång text ".repeat(5000); // 50,000 characters
  const book = createMemoryWorkbook();
  const timeline = importRows(rows(["5 februari", huge, huge]), { title: huge, year: 2007 });
  const created = await book.createTimelineTable(timeline, "sv");
  expect(created.ok).toBe(true);
  const values = book.tableValues("Tidsplan") ?? [];
  const longest = Math.max(...values.flat().map((v) => String(v).length));
  expect(longest).toBe(32_767);
  // The same workbook refuses a text no one fitted, instead of holding what Excel cannot.
  const unfitted = await book.renderSheetModel({
    name: "Blad",
    cells: [{ row: 0, col: 0, value: { type: "text", text: huge } }],
    styles: {},
    columnWidths: [],
    merges: [],
    generatedBy: "test",
  });
  expect(unfitted).toMatchObject({ ok: false, code: "unknown" });
});

test("bug: '1丽' under the heading JANUARI was 1 January when pasted, unreadable in the table", async () => {
  const before = importRows(rows(["JANUARI", "", ""], ["1丽", "Budget", "KS"]), PLAN);
  const after = await throughTable(before);
  const dates = (t: Timeline) =>
    t.entries.map((e) => (e.parsed.ok ? e.parsed.occurrences.map((o) => [o.start, o.end]) : e.parsed.reason));
  expect(dates(after)).toEqual(dates(before));
  expect(after.entries[0]?.when).toBe("1 januari 2007");
});

test("bug: an empty När under 'År 2008' that takes its month from the row above counted its year as written", async () => {
  const before = importRows(rows(["5 februari", "Budget", ""], ["År 2008", "", ""], ["", "", "KS"]), PLAN);
  const after = await throughTable(before);
  expect(before.entries[1]?.parsed.ok && before.entries[1].parsed.explicitYear).toBe(false);
  expect(after.entries.map((e) => e.parsed)).toEqual(before.entries.map((e) => e.parsed));
});
