/**
 * readActiveSheet (for "Omvandla det aktiva bladet"): the Office implementation against a small
 * hand-made Excel (one sync, values only readable after it, nothing written) and the memory one.
 */
import { createMemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { readActiveSheet } from "../../src/excel/office/activeSheet";

interface FakeUsed {
  readonly text: string[][];
  readonly rowIndex: number;
  readonly columnIndex: number;
}

/** An Excel whose active sheet has `used` as its used range (null: an empty sheet). */
function installExcel(name: string, used: FakeUsed | null) {
  const calls = { syncs: 0, writes: 0 };
  let synced = false;
  const guard = <T>(value: T): T => {
    if (!synced) throw new Error("read before load + sync");
    return value;
  };
  const range = {
    load: () => undefined,
    get isNullObject() {
      return guard(used === null);
    },
    get text() {
      return guard(used?.text ?? []);
    },
    get rowIndex() {
      return guard(used?.rowIndex ?? 0);
    },
    get columnIndex() {
      return guard(used?.columnIndex ?? 0);
    },
  };
  const sheet = {
    load: () => undefined,
    get name() {
      return guard(name);
    },
    getUsedRangeOrNullObject: () => range,
  };
  const context = {
    workbook: { worksheets: { getActiveWorksheet: () => sheet } },
    sync: () => {
      calls.syncs += 1;
      synced = true;
      return Promise.resolve();
    },
  };
  Reflect.set(globalThis, "Excel", { run: <T>(batch: (c: typeof context) => Promise<T>) => batch(context) });
  return calls;
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, "Excel");
});

describe("readActiveSheet (Office)", () => {
  it("reads the used range's displayed text in one sync, placed at its sheet position", async () => {
    const calls = installExcel("Blad1", {
      text: [
        ["JANUARI", ""],
        ["5 februari", "MBL"],
      ],
      rowIndex: 2,
      columnIndex: 1,
    });
    const result = await readActiveSheet();
    expect(calls.syncs).toBe(1);
    expect(result).toEqual({
      ok: true,
      value: {
        name: "Blad1",
        values: [[], [], ["", "JANUARI", ""], ["", "5 februari", "MBL"]],
      },
    });
  });

  it("gives no values for an empty sheet", async () => {
    installExcel("Tomt", null);
    expect(await readActiveSheet()).toEqual({ ok: true, value: { name: "Tomt", values: [] } });
  });
});

describe("readActiveSheet (memory)", () => {
  it("reads the sheet the user made active, as text, leaving it untouched", async () => {
    const workbook = createMemoryWorkbook();
    workbook.addUserSheet("Plan 2007");
    workbook.typeInto("Plan 2007", 0, 0, "JANUARI");
    workbook.typeInto("Plan 2007", 1, 0, "5 februari");
    workbook.typeInto("Plan 2007", 1, 1, "MBL");
    workbook.typeInto("Plan 2007", 1, 2, 2007);
    const result = await workbook.readActiveSheet();
    expect(result).toEqual({
      ok: true,
      value: {
        name: "Plan 2007",
        values: [
          ["JANUARI", "", ""],
          ["5 februari", "MBL", "2007"],
        ],
      },
    });
    expect(workbook.sheetNames()).toEqual(["Plan 2007"]);
  });

  it("passes an injected Office failure through", async () => {
    const workbook = createMemoryWorkbook();
    workbook.failNext("cell-edit-mode");
    const result = await workbook.readActiveSheet();
    expect(result.ok).toBe(false);
  });
});
