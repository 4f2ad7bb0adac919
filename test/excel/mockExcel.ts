/**
 * A mock Excel for the Office adapter tests, built on office-addin-mock's OfficeMockObject.
 *
 * office-addin-mock models static object trees with load/sync semantics (reading a property
 * before load + sync gives an error string). It cannot express tables, ranges addressed by
 * index, batched writes, data validation, custom-property collections or events, so those are
 * added by hand (mockRange.ts, mockTable.ts): ranges are OfficeMockObjects created on demand from
 * a grid, wrapped in a Proxy that queues writes until context.sync(), and sync is wrapped to count
 * round trips.
 */
import { OfficeMockObject } from "office-addin-mock";
import { MemoryGrid } from "../../src/excel/memoryGrid";
import { toExcelSerial } from "../../src/domain/dates/excelSerial";
import type { MockEnv, MockValidation, Obj } from "./mockRange";
import { mockTable, mockWorksheet, type MockBookEnv, type MockChangeHandler } from "./mockTable";

// The manifest package is stubbed (see jest.config.js); the mock only needs its OfficeApp enum.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "Excel", Outlook: "Outlook", Word: "Word" },
}));

export interface MockExcel {
  readonly grid: MemoryGrid;
  /** Number of context.sync() calls so far. */
  syncs: number;
  /** Number of range assignments of `values` (to check chunking). */
  valueWrites: MockEnv["valueWrites"];
  /** Cells (sheet!row,col) that Excel would have evaluated as formulas. */
  readonly formulas: Set<string>;
  /** Custom document properties. */
  readonly properties: Map<string, string>;
  /** Conditional-format formulas added. */
  readonly conditionalFormulas: string[];
  /** List data-validation rules set (the Ansvarig dropdown). */
  readonly validations: MockValidation[];
  selected: { sheet: string; row: number; col: number } | null;
  /** Rows a user's filter hid (sheet → 0-based rows); set them as a user filtering would. */
  readonly hiddenRows: Map<string, Set<number>>;
  /** True once a write spanned hidden rows, which breaks the filter in Excel (office-js #224). */
  readonly filter: { broken: boolean };
  /** Worksheet custom properties (ExcelApi 1.12), by sheet name. */
  readonly sheetProperties: Map<string, Map<string, string>>;
  /** The workbook's date system: Excel.Functions.date answers in it (DATE(1904,1,1) is 0 in 1904). */
  dateSystem: "1900" | "1904";
  /** The page header (centre) set on each sheet. */
  readonly centerHeaders: Map<string, string>;
  /** Pictures added with shapes.addImage. */
  readonly pictures: { sheet: string; base64: string }[];
  /** As Excel may between sessions or versions (office-js #1390): every sheet gets a new id. */
  reissueSheetIds(): void;
  /** The id Worksheet.id gives for the sheet of that name now. */
  sheetIdOf(name: string): string | undefined;
  /** The RunOptions objects Excel.run was given (delayForCellEdit …). */
  readonly runOptions: object[];
  /** The sheet the last Worksheet.activate() made active, or null. */
  activeSheet: string | null;
  /** Run before the n-th sync (1-based) is applied: simulate a user or a co-author. */
  beforeSync: Map<number, () => void>;
  /** Errors the next Excel.run calls throw from their first sync. */
  readonly failures: { code: string }[];
  /** The ExcelApi versions Office.context.requirements.isSetSupported answers true for. */
  readonly requirementSets: Set<string>;
  /** As Excel does after an edit: call the table's onChanged handlers with this address. */
  changeTable(name: string, address: string): Promise<void>;
  /** How many onChanged handlers the table has. */
  changeHandlerCount(name: string): number;
  install(): void;
}

let nextId = 1;

/** Excel on the web's limit on a batch's request and on its response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** office-addin-mock's placeholders for a property read before load (or before sync). */
const NOT_LOADED = new Set(["Error, property was not loaded", "Error, context.sync() was not called"]);

/**
 * office-addin-mock hands back a placeholder string for a property read before load + sync;
 * Office.js throws PropertyNotLoaded ("call the load method … and call context.sync()":
 * https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load). So
 * does this wrapper. Methods run on the unwrapped object, so the library's own reads still work.
 */
function strictLoads(created: OfficeMockObject): OfficeMockObject {
  return new Proxy(created, {
    get: (target, prop, receiver) => {
      const value: unknown = Reflect.get(target, prop, receiver);
      // The library's own methods (load, sync …) run on the unwrapped object.
      const own = Object.prototype.hasOwnProperty.call(target, prop);
      if (typeof value === "function" && !own) return (value as (...a: unknown[]) => unknown).bind(target);
      if (typeof value === "string" && NOT_LOADED.has(value)) {
        throw Object.assign(new Error(`PropertyNotLoaded: ${String(prop)} read before load + sync`), {
          code: "PropertyNotLoaded",
        });
      }
      return value;
    },
  });
}

export function createMockExcel(): MockExcel {
  const grid = new MemoryGrid();
  const pending: (() => void)[] = [];
  const mocks: OfficeMockObject[] = [];
  let pendingError: { code: string } | null = null;
  const changeHandlers = new Map<string, Set<MockChangeHandler>>();
  let sheetIds = new WeakMap<object, string>();
  const payload = { request: 0, response: 0 };

  const state: MockExcel = {
    grid,
    syncs: 0,
    valueWrites: [],
    formulas: new Set(),
    properties: new Map(),
    conditionalFormulas: [],
    validations: [],
    selected: null,
    activeSheet: null,
    runOptions: [],
    sheetProperties: new Map(),
    centerHeaders: new Map(),
    pictures: [],
    dateSystem: "1900",
    reissueSheetIds: () => {
      sheetIds = new WeakMap();
    },
    sheetIdOf: (name) => env.sheetId(name),
    hiddenRows: new Map(),
    filter: { broken: false },
    beforeSync: new Map(),
    failures: [],
    requirementSets: new Set(["1.6", "1.7", "1.8", "1.9"]),
    changeTable: async (name, address) => {
      for (const handler of changeHandlers.get(name) ?? []) await handler({ address, tableId: name });
    },
    changeHandlerCount: (name) => changeHandlers.get(name)?.size ?? 0,
    install: () => undefined,
  };

  // Not registered in `mocks`: its sync is the counted one below.
  const context = new OfficeMockObject({
    workbook: { properties: {}, worksheets: {}, tables: {} },
  }) as unknown as Obj & { workbook: Obj & { properties: Obj; worksheets: Obj; tables: Obj } };

  const env: MockBookEnv = {
    grid,
    pending,
    mock: (data) => {
      const created = new OfficeMockObject(data);
      mocks.push(created);
      return strictLoads(created);
    },
    valueWrites: state.valueWrites,
    formulas: state.formulas,
    conditionalFormulas: state.conditionalFormulas,
    validations: state.validations,
    select: (sheet, row, col) => {
      state.selected = { sheet, row, col };
    },
    sheetId: (name) => {
      const sheet = grid.sheets.get(name);
      if (sheet === undefined) return undefined;
      if (!sheetIds.has(sheet)) sheetIds.set(sheet, `{sheet-${nextId++}}`);
      return sheetIds.get(sheet);
    },
    changeHandlers,
    context: () => context,
    payload,
    get hiddenRows() {
      return state.hiddenRows;
    },
    get filter() {
      return state.filter;
    },
    get sheetProperties() {
      return state.sheetProperties;
    },
    get centerHeaders() {
      return state.centerHeaders;
    },
    get pictures() {
      return state.pictures;
    },
    nullObject: () => nullObject(),
    failBatch: (code) => {
      pendingError ??= { code };
    },
    activate: (name) => {
      state.activeSheet = name;
    },
  };

  /**
   * What getItemOrNullObject gives for a missing item: isNullObject is true and load() is fine,
   * but any method called on it fails the batch with ItemNotFound at the next sync, the stricter
   * reading of https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties
   * (office-js does not promise that a null object's methods give null objects).
   */
  const nullObject = (): Obj => {
    const target: Obj = { isNullObject: true };
    const proxy: Obj = new Proxy(target, {
      get: (_, key) => {
        if (key === "isNullObject") return true;
        if (key === "load") return () => proxy;
        if (typeof key === "symbol" || key === "then" || key === "toJSON") return undefined;
        return () => {
          pendingError = { code: "ItemNotFound" };
          return nullObject();
        };
      },
    });
    return proxy;
  };

  const missingTable = (): Obj => {
    pendingError = { code: "ItemNotFound" };
    return mockTable(env, {
      name: "?",
      sheet: "?",
      top: 0,
      left: 0,
      columnCount: 0,
      rowCount: 0,
      highlighted: false,
    });
  };

  // The custom-property collection: load("items/key") returns the collection itself, its items
  // readable after the sync (as in Office.js), so getItem/add can be called on the loaded object.
  let loadedKeys: { key: string; value: string }[] | null = null;
  const custom: Obj = {
    getItemOrNullObject: (key: string) => {
      const value = state.properties.get(key);
      return Object.assign(env.mock({ value: value ?? "" }), { isNullObject: value === undefined });
    },
    getItem: (key: string) => ({ delete: () => pending.push(() => state.properties.delete(key)) }),
    add: (key: string, value: string) => pending.push(() => state.properties.set(key, value)),
    load: () => {
      loadedKeys = null;
      pending.push(() => (loadedKeys = [...state.properties].map(([key, value]) => ({ key, value }))));
      return custom;
    },
  };
  Object.defineProperty(custom, "items", {
    get: () => {
      if (loadedKeys === null) throw new Error("mock: custom properties read before load + sync");
      return loadedKeys;
    },
  });
  context.workbook.properties.custom = custom;
  // The user's selection: a range whose address names its sheet, as Excel gives it.
  Object.assign(context.workbook, {
    getSelectedRange: () => {
      const at = state.selected ?? { sheet: [...grid.sheets.keys()][0] ?? "Blad1", row: 0, col: 0 };
      const column = String.fromCharCode(65 + at.col);
      return env.mock({ address: `${at.sheet}!${column}${at.row + 1}` });
    },
  });
  // Excel.Functions.date: DATE() in the workbook's date system, a FunctionResult with `value`.
  Object.assign(context.workbook, {
    functions: {
      date: (year: number, month: number, day: number) =>
        env.mock({ value: toExcelSerial({ year, month, day }, state.dateSystem), error: "" }),
    },
  });

  Object.assign(context.workbook.tables, {
    getItem: (name: string) => {
      const t = grid.tables.get(name);
      return t === undefined ? missingTable() : mockTable(env, t);
    },
    getItemOrNullObject: (name: string) => {
      const t = grid.tables.get(name);
      if (t !== undefined) return Object.assign(mockTable(env, t), { isNullObject: false });
      return nullObject();
    },
    load: () => ({ items: [...grid.tables.values()].map((t) => mockTable(env, t)) }),
  });
  Object.assign(context.workbook.worksheets, {
    // The sheets' names, as load("items/name") gives them after the sync.
    load: () => ({ items: [...grid.sheets.keys()].map((name) => ({ name })) }),
    add: (name: string) => {
      pending.push(() => {
        grid.addSheet(name);
        state.sheetProperties.delete(name);
      });
      return mockWorksheet(env, name);
    },
    getItemOrNullObject: (name: string) => {
      if (grid.sheets.has(name)) return Object.assign(mockWorksheet(env, name), { isNullObject: false });
      return nullObject();
    },
    getItem: (name: string) => {
      if (grid.sheets.has(name)) return mockWorksheet(env, name);
      pendingError = { code: "ItemNotFound" };
      return mockWorksheet(env, name);
    },
  });
  context.sync = async () => {
    state.syncs += 1;
    state.beforeSync.get(state.syncs)?.();
    // Excel on the web refuses a batch whose request is over 5 MB, and one whose response would
    // be (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins,
    // https://learn.microsoft.com/office/dev/add-ins/excel/performance); a failed batch writes nothing.
    const tooLarge =
      payload.request > PAYLOAD_LIMIT
        ? { code: "RequestPayloadSizeLimitExceeded" }
        : payload.response > PAYLOAD_LIMIT
          ? { code: "ResponsePayloadSizeLimitExceeded" }
          : null;
    payload.request = 0;
    payload.response = 0;
    const failure = state.failures.shift() ?? tooLarge ?? pendingError;
    pendingError = null;
    if (failure !== null && failure !== undefined) {
      pending.length = 0;
      throw Object.assign(new Error(failure.code), failure);
    }
    for (const write of pending.splice(0)) write();
    // Every mock object is synced at every sync: one loaded after an earlier sync (a worksheet's
    // protection reached from a table found by name) must still get its value.
    for (const m of mocks) await m.sync();
  };

  type Batch = (ctx: unknown) => Promise<unknown>;
  state.install = () => {
    const g = globalThis as unknown as { Excel: unknown; Office: unknown };
    // Excel.run(batch), or Excel.run(object, batch) to reuse an object's context (event removal).
    g.Excel = {
      run: async (first: Batch | object, second?: Batch) => {
        if (typeof first === "function") return first(context);
        if ("delayForCellEdit" in first) state.runOptions.push(first);
        return second?.(context);
      },
    };
    g.Office = {
      context: {
        diagnostics: { host: "Excel", platform: "PC", version: "16.0.mock" },
        requirements: {
          isSetSupported: (name: string, version: string) =>
            name === "ExcelApi" && state.requirementSets.has(version),
        },
      },
    };
  };
  return state;
}
