/**
 * Härled datum through the Office adapter on the strict mock: derived rows appended in one write
 * batch (two syncs in all), moved meetings' derived rows rewritten by ID, a hand-edited row left,
 * and refusals for a filtered table or a row changed meanwhile. The mock refuses a rows.add whose
 * rows are not as wide as the table.
 */
import { defaultChainTemplates, deriveChains } from "../../src/domain/chains";
import { importRows } from "../../src/domain/import/importRows";
import { TIMELINE_TABLE_NAME } from "../../src/domain/table";
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { useMockExcel } from "./officeSetup";

jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "Excel", Outlook: "Outlook", Word: "Word" },
}));

const bed = useMockExcel();
const PLAN = { title: "Sammanträdesplan", year: 2027 };
const COL = { id: 0, when: 1, start: 2, end: 3, event: 4, notes: 6 };

async function createMeetings(): Promise<void> {
  const timeline = importRows(
    [
      { line: 5, id: "ks1", when: "1 april", event: "Kommunstyrelsen", owner: "Kommunstyrelsen", notes: "" },
      { line: 6, id: "b1", when: "12 april", event: "Budgetdialog", owner: "Ekonomi", notes: "" },
    ],
    PLAN,
  );
  expect((await createOfficeWorkbook().createTimelineTable(timeline, "sv")).ok).toBe(true);
  bed.excel.syncs = 0;
}

/** Read the table as the pane does, and derive. */
async function derive() {
  const read = await createOfficeWorkbook().readTimelineTable();
  if (!read.ok || read.value === null) throw new Error("no table");
  bed.excel.syncs = 0;
  return deriveChains(importRows(read.value.rows, PLAN), defaultChainTemplates());
}

/** As a user would type into the row with this ID. */
const setCell = (id: string, col: number, value: string) => {
  const table = bed.excel.grid.tables.get(TIMELINE_TABLE_NAME);
  const index = bed.body().findIndex((row) => row[COL.id] === id);
  if (table === undefined || index < 0) throw new Error(`no row ${id}`);
  bed.excel.grid.set(table.sheet, table.top + 1 + index, table.left + col, value);
};
const rowOf = (id: string) => bed.body().find((row) => row[COL.id] === id);
const cellAt = (id: string, col: number) => {
  const table = bed.excel.grid.tables.get(TIMELINE_TABLE_NAME);
  const index = bed.body().findIndex((row) => row[COL.id] === id);
  if (table === undefined || index < 0) throw new Error(`no row ${id}`);
  return bed.excel.grid.get(table.sheet, table.top + 1 + index, table.left + col);
};

describe("Härled datum in Excel", () => {
  test("appends the chain's rows in two syncs, as text and dates, then rewrites only derived rows after a move", async () => {
    await createMeetings();
    const first = await derive();
    expect(first.adds).toHaveLength(6);
    const written = await createOfficeWorkbook().applyDerivedRows?.(first.adds, first.updates);
    expect(written).toEqual({ ok: true, value: { added: 6, updated: 0 } });
    expect(bed.excel.syncs).toBe(2);
    expect(bed.body()).toHaveLength(8);
    // The kallelse (5 days before 1 April, påskafton → skärtorsdagen) stays text in När,
    // Start is the Excel date 25 March 2027, and no cell was taken for a formula.
    expect(cellAt("ks1-kallelse", COL.when)).toMatchObject({ value: "senast 25 mars", numberFormat: "@" });
    expect(cellAt("ks1-kallelse", COL.start)?.value).toBe(46471);
    expect(bed.excel.formulas.size).toBe(0);

    // The user edits the presidium by hand and moves the meeting a week on.
    setCell("ks1-presidium", COL.when, "24 mars");
    setCell("ks1", COL.when, "8 april");
    const budget = rowOf("b1");
    const meeting = rowOf("ks1");
    const second = await derive();
    expect(second.adds).toEqual([]);
    expect(second.handEdited).toEqual(["ks1-presidium"]);
    const rewrite = await createOfficeWorkbook().applyDerivedRows?.(second.adds, second.updates);
    expect(rewrite).toEqual({ ok: true, value: { added: 0, updated: 5 } });
    expect(bed.excel.syncs).toBe(2);
    expect(rowOf("b1")).toEqual(budget);
    expect(rowOf("ks1")).toEqual(meeting);
    expect(rowOf("ks1-presidium")?.[COL.when]).toBe("24 mars");
    expect(rowOf("ks1-kallelse")?.[COL.when]).toBe("senast 2 april");
    expect(rowOf("ks1-kallelse")?.[COL.event]).toBe("Kallelse – Kommunstyrelsen 8 april");
  });

  test("refuses a filtered table and writes nothing", async () => {
    await createMeetings();
    const result = await derive();
    const table = bed.excel.grid.tables.get(TIMELINE_TABLE_NAME);
    if (table === undefined) throw new Error("no table");
    bed.excel.hiddenRows.set(table.sheet, new Set([table.top + 2]));
    const before = bed.body();
    const written = await createOfficeWorkbook().applyDerivedRows?.(result.adds, result.updates);
    expect(written).toMatchObject({ ok: false, code: "filtered-table" });
    expect(written?.ok === false && written.message.sv).toContain("Härled datum");
    expect(bed.body()).toEqual(before);
    expect(bed.excel.filter.broken).toBe(false);
  });

  test("refuses to rewrite a derived row that changed after it was read", async () => {
    await createMeetings();
    const first = await derive();
    expect((await createOfficeWorkbook().applyDerivedRows?.(first.adds, []))?.ok).toBe(true);
    setCell("ks1", COL.when, "8 april");
    const second = await derive();
    // Meanwhile the user types into the justering row.
    setCell("ks1-justering", COL.event, "Justering i Lilla salen");
    const before = bed.body();
    const written = await createOfficeWorkbook().applyDerivedRows?.(second.adds, second.updates);
    expect(written).toMatchObject({ ok: false, code: "changed-meanwhile" });
    expect(bed.body()).toEqual(before);
  });

  test("the mock refuses a table row that is not as wide as the table", async () => {
    await createMeetings();
    const excel = (
      globalThis as unknown as { Excel: { run: (b: (c: unknown) => Promise<void>) => Promise<void> } }
    ).Excel;
    await excel.run(async (context) => {
      const ctx = context as {
        workbook: { tables: { getItem(n: string): { rows: { add(i: undefined, v: string[][]): void } } } };
        sync(): Promise<void>;
      };
      ctx.workbook.tables.getItem(TIMELINE_TABLE_NAME).rows.add(undefined, [["för", "smal"]]);
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(bed.body()).toHaveLength(2);
  });
});
