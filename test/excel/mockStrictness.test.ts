/**
 * The mock Excel refuses what Office.js refuses, so a mistake in src/excel/office fails a test
 * instead of a user's morning: a property read before load + sync, a method on a null object
 * (ItemNotFound at sync), a request or a response over Excel on the web's 5 MB; syncs are counted.
 * And the adapter copes with the last one: a table too large for one response is read in parts.
 */
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { PAYLOAD_LIMIT } from "./mockExcel";
import { useMockExcel } from "./officeSetup";
import { entry, planInfo } from "./timelineFixtures";

jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "Excel", Outlook: "Outlook", Word: "Word" },
}));

const bed = useMockExcel();

interface Ctx {
  workbook: {
    worksheets: {
      add(name: string): Sheet;
      getItemOrNullObject(name: string): Sheet & { isNullObject: boolean };
    };
    tables: { getItemOrNullObject(name: string): { isNullObject: boolean; getRange(): Range } };
  };
  sync(): Promise<void>;
}
interface Range {
  values: unknown[][];
  load(what: string): Range;
}
interface Sheet {
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): Range;
}

/** The batch as Excel.run hands it to the adapter. */
function run<T>(batch: (context: Ctx) => Promise<T>): Promise<T> {
  const excel = (globalThis as unknown as { Excel: { run: (b: (c: unknown) => Promise<T>) => Promise<T> } })
    .Excel;
  return excel.run((context) => batch(context as Ctx));
}

describe("the mock refuses what Office.js refuses", () => {
  beforeEach(() => bed.excel.grid.addSheet("Blad1"));

  it("reading a property before load + sync throws PropertyNotLoaded", async () => {
    await run(async (context) => {
      const range = context.workbook.worksheets.add("Ny").getRangeByIndexes(0, 0, 1, 1);
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[""]]);
    });
  });

  it("a method on a null object fails the batch at sync with ItemNotFound", async () => {
    await run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("Finns inte");
      missing.getRange().load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      // Asking only whether it exists is fine.
      const again = context.workbook.tables.getItemOrNullObject("Finns inte");
      await context.sync();
      expect(again.isNullObject).toBe(true);
    });
  });

  it("a request over 5 MB fails with RequestPayloadSizeLimitExceeded and writes nothing", async () => {
    const big = "x".repeat(30_000);
    const rows = Math.ceil(PAYLOAD_LIMIT / big.length) + 1;
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Blad1");
      sheet.getRangeByIndexes(0, 0, rows, 1).values = Array.from({ length: rows }, () => [big]);
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
    expect(bed.excel.grid.get("Blad1", 0, 0)?.value ?? "").toBe("");
  });

  it("a response over 5 MB fails with ResponsePayloadSizeLimitExceeded; syncs are counted", async () => {
    const big = "y".repeat(30_000);
    const rows = Math.ceil(PAYLOAD_LIMIT / big.length) + 1;
    for (let r = 0; r < rows; r += 1) bed.excel.grid.set("Blad1", r, 0, big);
    bed.excel.syncs = 0;
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Blad1");
      sheet.getRangeByIndexes(0, 0, rows, 1).load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      const half = sheet.getRangeByIndexes(0, 0, Math.floor(rows / 2), 1).load("values");
      await context.sync();
      expect(half.values).toHaveLength(Math.floor(rows / 2));
    });
    expect(bed.excel.syncs).toBe(2);
  });
});

describe("a timeline whose cells add up to more than one request of Excel on the web", () => {
  it("is created in parts, every row, instead of failing request-too-large", async () => {
    const long = "Lång beskrivning ".repeat(1000); // about 17 kB a row
    const count = Math.ceil(PAYLOAD_LIMIT / long.length) + 20;
    const day = { year: 2007, month: 3 /* mar */, day: 1 };
    const entries = Array.from({ length: count }, (_, i) =>
      entry(`e${i}`, i + 1, "1 mars", day, `${i} ${long}`),
    );
    bed.excel.syncs = 0;
    const created = await createOfficeWorkbook().createTimelineTable(
      { plan: planInfo, skipped: [], entries },
      "sv",
    );
    expect(created).toMatchObject({ ok: true });
    expect(bed.excel.syncs).toBeGreaterThan(2);
    const read = await createOfficeWorkbook().readTimelineTable();
    if (!read.ok || read.value === null) throw new Error("no table");
    expect(read.value.rows).toHaveLength(count);
    expect(read.value.rows[count - 1]?.event).toContain(`${count - 1} Lång`);
  });
});

describe("a timeline table too large for one response of Excel on the web", () => {
  it("is read in parts, every row, instead of failing", async () => {
    const long = "Lång beskrivning ".repeat(1000); // about 17 kB a row
    const count = Math.ceil(PAYLOAD_LIMIT / long.length) + 20;
    const day = { year: 2007, month: 3 /* mar */, day: 1 };
    const entries = Array.from({ length: count }, (_, i) => entry(`e${i}`, i + 1, "1 mars", day, `${i}`));
    const port = createOfficeWorkbook();
    const created = await port.createTimelineTable({ plan: planInfo, skipped: [], entries }, "sv");
    expect(created).toMatchObject({ ok: true });
    // The users then wrote long descriptions, row by row (each edit well under the limit).
    const table = bed.excel.grid.tables.get("Tidsplan");
    if (table === undefined) throw new Error("no table");
    const header = bed.excel.grid.values(table.sheet, table.top, table.left, 1, table.columnCount)[0] ?? [];
    const eventCol = header.indexOf("Händelse");
    expect(eventCol).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < count; i += 1)
      bed.excel.grid.set(table.sheet, table.top + 1 + i, table.left + eventCol, `${i} ${long}`);
    bed.excel.syncs = 0;
    const read = await port.readTimelineTable();
    if (!read.ok || read.value === null)
      throw new Error(`expected the table, got ${JSON.stringify(read).slice(0, 300)}`);
    expect(read.value.rows).toHaveLength(count);
    expect(read.value.rows[count - 1]?.event).toContain(`${count - 1} Lång`);
    // The failed batch, the batch without the values, then the parts.
    expect(bed.excel.syncs).toBeGreaterThan(2);
  });
});
