/**
 * A mock Excel for the Office adapter tests, built on office-addin-mock's OfficeMockObject.
 *
 * office-addin-mock models static object trees with load/sync semantics (reading a property
 * before load + sync gives an error string). It cannot express tables, ranges addressed by
 * index, batched writes or events, so those are added by hand here: ranges are OfficeMockObjects
 * created on demand from a grid, wrapped in a Proxy that queues writes until context.sync(),
 * and sync is wrapped to count round trips.
 */
import { OfficeMockObject } from "office-addin-mock";
import { MemoryGrid, type MemoryTable } from "../../src/excel/memoryGrid";
import type { CellScalar } from "../../src/domain/table";

// The manifest package is stubbed (see jest.config.js); the mock only needs its OfficeApp enum.
jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "Excel", Outlook: "Outlook", Word: "Word" } }));

type Write = () => void;
type Obj = Record<string, unknown>;

export interface MockExcel {
  readonly grid: MemoryGrid;
  /** Number of context.sync() calls so far. */
  syncs: number;
  /** Number of range assignments of `values` (to check chunking). */
  valueWrites: { sheet: string; row: number; col: number; rows: number; cols: number }[];
  /** Cells (sheet!row,col) that Excel would have evaluated as formulas. */
  readonly formulas: Set<string>;
  /** Custom document properties. */
  readonly properties: Map<string, string>;
  /** Conditional-format formulas added. */
  readonly conditionalFormulas: string[];
  selected: { sheet: string; row: number; col: number } | null;
  /** Run before the n-th sync (1-based) is applied: simulate a user or a co-author. */
  beforeSync: Map<number, () => void>;
  /** Errors the next Excel.run calls throw from their first sync. */
  readonly failures: { code: string }[];
  readonly requirementSets: Set<string>;
  install(): void;
}

let nextId = 1;

export function createMockExcel(): MockExcel {
  const grid = new MemoryGrid();
  const pending: Write[] = [];
  const mocks: OfficeMockObject[] = [];
  let pendingError: { code: string } | null = null;
  const sheetIds = new Map<string, string>();

  const mock = (data: Obj): OfficeMockObject => {
    const created = new OfficeMockObject(data);
    mocks.push(created);
    return created;
  };
  /** Anything we only write to or call (format, borders, freezePanes …): records nothing. */
  const sink = (): Obj => {
    const children = new Map<string | symbol, Obj>();
    return new Proxy((() => undefined) as unknown as Obj, {
      get: (_target, prop) => {
        if (prop === "then") return undefined;
        if (!children.has(prop)) children.set(prop, sink());
        return children.get(prop);
      },
      set: () => true,
      apply: () => sink(),
    });
  };

  const state: MockExcel = {
    grid,
    syncs: 0,
    valueWrites: [],
    formulas: new Set(),
    properties: new Map(),
    conditionalFormulas: [],
    selected: null,
    beforeSync: new Map(),
    failures: [],
    requirementSets: new Set(["1.6", "1.7", "1.8", "1.9"]),
    install: () => undefined,
  };

  const range = (sheet: string, row: number, col: number, rows: number, cols: number): Obj => {
    const values = grid.values(sheet, row, col, rows, cols);
    const formats = values.map((r, i) => r.map((_, j) => grid.get(sheet, row + i, col + j)?.numberFormat ?? "General"));
    const base = mock({ values, numberFormat: formats, rowIndex: row, columnIndex: col });
    Object.assign(base, {
      format: sink(),
      conditionalFormats: {
        add: () => {
          const cf = { custom: { rule: { formula: "" }, format: sink() } };
          pending.push(() => state.conditionalFormulas.push(cf.custom.rule.formula));
          return cf;
        },
      },
      dataValidation: Object.assign(sink(), { clear: () => undefined }),
      select: () => pending.push(() => (state.selected = { sheet, row, col })),
      merge: () => undefined,
    });
    // A load reads the grid when the batch runs (in order with the batch's writes), like Excel.
    const load = (base as unknown as { load: (what: string) => unknown }).load.bind(base);
    const properties = (base as unknown as { _properties: Map<string, { _valueBeforeLoaded: unknown }> })._properties;
    Object.assign(base, {
      load: (what: string) => {
        load(what);
        pending.push(() => {
          const fresh = grid.values(sheet, row, col, rows, cols);
          const valuesProperty = properties.get("values");
          if (valuesProperty !== undefined) valuesProperty._valueBeforeLoaded = fresh;
        });
        return proxy;
      },
    });
    const proxy: Obj = new Proxy(base as unknown as Obj, {
      set: (target, prop: string, value: unknown) => {
        // office-addin-mock's own load() sets "not loaded" strings through `this`: not a write.
        if (!Array.isArray(value)) target[prop] = value;
        else if (prop === "numberFormat") {
          const grid2 = value as string[][];
          pending.push(() =>
            grid2.forEach((r, i) =>
              r.forEach((f, j) => {
                const old = grid.get(sheet, row + i, col + j);
                grid.set(sheet, row + i, col + j, old?.value ?? "", f);
              }),
            ),
          );
        } else if (prop === "values") {
          const data = value as CellScalar[][];
          state.valueWrites.push({ sheet, row, col, rows: data.length, cols: data[0]?.length ?? 0 });
          pending.push(() =>
            data.forEach((r, i) =>
              r.forEach((v, j) => {
                const format = grid.get(sheet, row + i, col + j)?.numberFormat ?? "General";
                const key = `${sheet}!${row + i},${col + j}`;
                if (typeof v === "string" && /^[=+\-@]/.test(v) && format !== "@") state.formulas.add(key);
                else state.formulas.delete(key);
                grid.set(sheet, row + i, col + j, v);
              }),
            ),
          );
        } else target[prop] = value;
        return true;
      },
    });
    return proxy;
  };

  const parseAddress = (address: string) => {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
    if (m === null) throw new Error(`mock: address ${address}`);
    const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const r1 = Number(m[2]) - 1;
    const c1 = col(m[1] ?? "A");
    const r2 = m[4] === undefined ? r1 : Number(m[4]) - 1;
    const c2 = m[3] === undefined ? c1 : col(m[3]);
    return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
  };

  const worksheet = (name: string): Obj => {
    const sheetState = grid.sheets.get(name);
    return {
      name,
      get id() {
        return sheetIds.get(name);
      },
      protection: mock({ protected: sheetState?.protected === true }),
      getRange: (address: string) => {
        const a = parseAddress(address);
        return range(name, a.row, a.col, a.rows, a.cols);
      },
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => range(name, row, col, rows, cols),
      tables: {
        add: (address: string) => {
          const a = parseAddress(address);
          const created: Obj = { name: "" };
          pending.push(() => {
            const t: MemoryTable = {
              name: String(created.name),
              sheet: name,
              top: a.row,
              left: a.col,
              columnCount: a.cols,
              rowCount: a.rows - 1,
              highlighted: false,
            };
            grid.tables.set(t.name, t);
          });
          return Object.assign(created, { getDataBodyRange: () => range(name, a.row + 1, a.col, a.rows - 1, a.cols) });
        },
      },
      freezePanes: sink(),
      pageLayout: sink(),
      activate: () => undefined,
      delete: () => pending.push(() => grid.deleteSheet(name)),
      load: () => undefined,
    };
  };

  const table = (t: MemoryTable): Obj => ({
    name: t.name,
    worksheet: worksheet(t.sheet),
    getHeaderRowRange: () => range(t.sheet, t.top, t.left, 1, t.columnCount),
    getDataBodyRange: () => range(t.sheet, t.top + 1, t.left, t.rowCount, t.columnCount),
    getRange: () => range(t.sheet, t.top, t.left, t.rowCount + 1, t.columnCount),
    sort: {
      apply: (fields: { key: number }[]) =>
        pending.push(() => {
          const key = fields[0]?.key ?? 0;
          const body = grid.tableBody(t);
          const order = body
            .map((_, i) => i)
            .sort((a, b) => Number(body[a]?.[key] || Infinity) - Number(body[b]?.[key] || Infinity) || a - b);
          grid.reorderRows(t, order);
        }),
    },
    columns: { add: () => ({ getDataBodyRange: () => sink() }) },
    onChanged: { add: () => ({ remove: () => undefined }) },
  });

  const missingTable = (): Obj => {
    pendingError = { code: "ItemNotFound" };
    return table({ name: "?", sheet: "?", top: 0, left: 0, columnCount: 0, rowCount: 0, highlighted: false });
  };

  const custom = {
    getItemOrNullObject: (key: string) => {
      const value = state.properties.get(key);
      return Object.assign(mock({ value: value ?? "" }), { isNullObject: value === undefined });
    },
    getItem: (key: string) => ({ delete: () => pending.push(() => state.properties.delete(key)) }),
    add: (key: string, value: string) => pending.push(() => state.properties.set(key, value)),
    load: () => ({ items: [...state.properties.keys()].map((key) => ({ key })) }),
  };

  const context = mock({
    workbook: {
      properties: {},
      worksheets: {},
      tables: {},
    },
  }) as unknown as Obj & { workbook: Obj & { properties: Obj; worksheets: Obj; tables: Obj } };
  context.workbook.properties.custom = custom;
  Object.assign(context.workbook.tables, {
    getItem: (name: string) => {
      const t = grid.tables.get(name);
      return t === undefined ? missingTable() : table(t);
    },
    getItemOrNullObject: (name: string) => {
      const t = grid.tables.get(name);
      return t === undefined ? mock({ isNullObject: true }) : Object.assign(table(t), { isNullObject: false });
    },
    load: () => ({ items: [...grid.tables.values()].map(table) }),
  });
  Object.assign(context.workbook.worksheets, {
    add: (name: string) => {
      pending.push(() => {
        grid.addSheet(name);
        sheetIds.set(name, `{sheet-${nextId++}}`);
      });
      return worksheet(name);
    },
    getItemOrNullObject: (name: string) =>
      grid.sheets.has(name)
        ? Object.assign(worksheet(name), { isNullObject: false })
        : { isNullObject: true, load: () => undefined },
  });
  context.sync = async () => {
    state.syncs += 1;
    state.beforeSync.get(state.syncs)?.();
    const failure = state.failures.shift() ?? pendingError;
    pendingError = null;
    if (failure !== null && failure !== undefined) {
      pending.length = 0;
      throw Object.assign(new Error(failure.code), failure);
    }
    for (const write of pending.splice(0)) write();
    for (const m of mocks.splice(0)) await m.sync();
  };

  state.install = () => {
    const g = globalThis as unknown as { Excel: unknown; Office: unknown };
    g.Excel = { run: async (batch: (ctx: unknown) => Promise<unknown>) => batch(context) };
    g.Office = {
      context: { requirements: { isSetSupported: (_: string, v: string) => state.requirementSets.has(v) } },
    };
  };
  return state;
}
