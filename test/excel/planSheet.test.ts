/**
 * "Nästa års plan" at the Excel edge: createPlanSheet on the strict mock Excel (two syncs, the
 * names Excel accepts, the old plan untouched) and on the in-memory workbook (the same contract);
 * and the mock refuses the sheet and table names Excel refuses.
 */
import { toExcelSerial } from "../../src/domain/dates/excelSerial";
import { plainDate } from "../../src/domain/dates/plainDate";
import { rolloverPlan } from "../../src/domain/rollover";
import { planIdentity } from "../../src/domain/ics/identity";
import { createMemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { PAYLOAD_LIMIT } from "./mockExcel";
import { useMockExcel } from "./officeSetup";
import { entry, planInfo, smallTimeline } from "./timelineFixtures";

jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "Excel", Outlook: "Outlook", Word: "Word" },
}));

const bed = useMockExcel();

interface Ctx {
  workbook: {
    worksheets: {
      add(name: string): { tables: { add(address: string, headers: boolean): { name: string } } };
    };
  };
  sync(): Promise<void>;
}

function run<T>(batch: (context: Ctx) => Promise<T>): Promise<T> {
  const excel = (globalThis as unknown as { Excel: { run: (b: (c: unknown) => Promise<T>) => Promise<T> } })
    .Excel;
  return excel.run((context) => batch(context as Ctx));
}

const next = () => rolloverPlan(smallTimeline(), 2008).timeline;

describe("createPlanSheet in Excel (mock)", () => {
  it("makes the sheet Tidsplan 2008 with the table Tidsplan_2008 in two syncs; the old plan is untouched", async () => {
    await bed.createSmall();
    const oldBody = JSON.stringify(bed.body());
    const oldProperties = [...bed.excel.properties];
    const plan = next();
    const result = await createOfficeWorkbook().createPlanSheet?.(plan, "sv");
    expect(result).toEqual({ ok: true, value: { sheet: "Tidsplan 2008", table: "Tidsplan_2008" } });
    expect(bed.excel.syncs).toBe(2);
    const body = bed.body("Tidsplan_2008");
    expect(body).toHaveLength(plan.entries.length);
    expect(body[0]?.[1]).toBe("4 februari");
    expect(bed.excel.grid.get("Tidsplan 2008", 2, 1)?.value).toBe(planIdentity(plan.plan));
    expect(bed.excel.grid.get("Tidsplan 2008", 1, 1)?.value).toBe(2008);
    // The old table and the workbook's plan properties (the old plan's identity) are as they were.
    expect(JSON.stringify(bed.body())).toBe(oldBody);
    expect([...bed.excel.properties]).toEqual(oldProperties);
    expect(planIdentity(plan.plan)).not.toBe(planIdentity(smallTimeline().plan));
  });

  it("takes the next free names when the plan was made before (table names are workbook-wide)", async () => {
    await bed.createSmall();
    const port = createOfficeWorkbook();
    expect((await port.createPlanSheet?.(next(), "sv"))?.ok).toBe(true);
    bed.excel.syncs = 0;
    expect(await port.createPlanSheet?.(next(), "en")).toEqual({
      ok: true,
      value: { sheet: "Tidsplan 2008 (2)", table: "Tidsplan_2008_2" },
    });
    expect(bed.excel.syncs).toBe(2);
    expect(bed.excel.grid.get("Tidsplan 2008 (2)", 3, 1)?.value).toBe("When");
  });

  it("a plan whose cells add up to more than 5 MB is written in parts, every row, not refused", async () => {
    await bed.createSmall();
    const long = "Lång beskrivning ".repeat(1000); // about 17 kB a row
    const count = Math.ceil(PAYLOAD_LIMIT / long.length) + 20;
    const day = plainDate(2008, 3 /* mar */, 3);
    const entries = Array.from({ length: count }, (_, i) =>
      entry(`e${i}`, i + 1, "3 mars", day, `${i} ${long}`),
    );
    bed.excel.syncs = 0;
    const result = await createOfficeWorkbook().createPlanSheet?.(
      { plan: { ...planInfo, year: 2008, id: "p-next" }, skipped: [], entries },
      "sv",
    );
    expect(result).toMatchObject({ ok: true, value: { table: "Tidsplan_2008" } });
    // The name batch, at least one flush of values, the last batch.
    expect(bed.excel.syncs).toBeGreaterThan(2);
    const body = bed.body("Tidsplan_2008");
    expect(body).toHaveLength(count);
    expect(String(body[count - 1]?.[4])).toContain(`${count - 1} Lång`);
  });
});

describe("the new plan's sheet on its own (moved to a workbook of its own)", () => {
  it("is found by its headers and carries its plan: title, year and identity from A1:B3", async () => {
    const plan = next();
    const port = createOfficeWorkbook();
    expect((await port.createPlanSheet?.(plan, "sv"))?.ok).toBe(true);
    // No Tidsplan table and no plan properties in this workbook: only the new sheet.
    expect(bed.excel.properties.size).toBe(0);
    const read = await port.readTimelineTable();
    if (!read.ok || read.value === null) throw new Error("the new table was not found");
    expect(read.value.plan).toEqual({
      title: plan.plan.title,
      year: 2008,
      id: planIdentity(plan.plan),
    });
    expect(read.value.rows).toHaveLength(plan.entries.length);
  });
});

describe.each(["1900", "1904"] as const)("createPlanSheet in a %s workbook", (system) => {
  it("writes Start as this workbook counts dates", async () => {
    bed.excel.dateSystem = system;
    expect((await createOfficeWorkbook().createPlanSheet?.(next(), "sv"))?.ok).toBe(true);
    // a1: 5 February 2007 (Monday, v. 6) → Monday 4 February 2008.
    expect(bed.body("Tidsplan_2008")[0]?.[2]).toBe(toExcelSerial(plainDate(2008, 2 /* feb */, 4), system));
  });
});

describe("the mock refuses the names Excel refuses", () => {
  it("a sheet name over 31 characters, or one another sheet has (any case), fails at sync; syncs are counted", async () => {
    bed.excel.grid.addSheet("Tidsplan 2008");
    await run(async (context) => {
      context.workbook.worksheets.add("T".repeat(32));
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      context.workbook.worksheets.add("TIDSPLAN 2008");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    });
    expect(bed.excel.syncs).toBe(2);
    expect([...bed.excel.grid.sheets.keys()]).toEqual(["Tidsplan 2008"]);
  });

  it("a table name used on another sheet fails the batch (office-js #551)", async () => {
    await bed.createSmall();
    await run(async (context) => {
      const table = context.workbook.worksheets.add("Blad2").tables.add("A1:B2", true);
      table.name = "tidsplan";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(bed.excel.syncs).toBe(1);
    expect([...bed.excel.grid.tables.keys()]).toEqual(["Tidsplan"]);
  });
});

describe("createPlanSheet in the memory workbook", () => {
  it("keeps the same contract: new sheet and table, stored plan unchanged, the new sheet active", async () => {
    const memory = createMemoryWorkbook();
    expect((await memory.createTimelineTable(smallTimeline(), "sv")).ok).toBe(true);
    const stored = await memory.getPlanInfo();
    const plan = next();
    expect(await memory.createPlanSheet(plan, "sv")).toEqual({
      ok: true,
      value: { sheet: "Tidsplan 2008", table: "Tidsplan_2008" },
    });
    expect(memory.tableValues("Tidsplan_2008")?.[1]?.[1]).toBe("4 februari");
    expect(memory.cellValue("Tidsplan 2008", 2, 1)).toBe(planIdentity(plan.plan));
    expect(await memory.getPlanInfo()).toEqual(stored);
    expect((await memory.readActiveSheet()).ok && (await memory.readActiveSheet())).toMatchObject({
      value: { name: "Tidsplan 2008" },
    });
    expect((await memory.createPlanSheet(plan, "sv")).ok && memory.sheetNames()).toContain(
      "Tidsplan 2008 (2)",
    );
  });
});
