/**
 * Ranges of the mock Excel (see mockExcel.ts): office-addin-mock OfficeMockObjects made on demand
 * from the grid, wrapped in a Proxy that queues writes until context.sync(). office-addin-mock
 * cannot express index-addressed ranges, batched writes or data validation, so this is by hand.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { MemoryGrid } from "../../src/excel/memoryGrid";
import type { CellScalar } from "../../src/domain/table";

export type Obj = Record<string, unknown>;

/** A list data-validation rule as the adapter set it on a range. */
export interface MockValidation {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly source: string;
  readonly inCellDropDown: boolean;
}

/** What the parts of the mock share: the grid, the queued writes and what tests look at. */
export interface MockEnv {
  readonly grid: MemoryGrid;
  /** Writes queued in the current batch, applied in order at sync. */
  readonly pending: (() => void)[];
  /** An OfficeMockObject whose loads resolve at the next sync. */
  mock(data: Obj): OfficeMockObject;
  readonly valueWrites: { sheet: string; row: number; col: number; rows: number; cols: number }[];
  readonly formulas: Set<string>;
  readonly conditionalFormulas: string[];
  readonly validations: MockValidation[];
  select(sheet: string, row: number, col: number): void;
  /** Rows a user's filter hid (sheet → 0-based rows). */
  readonly hiddenRows: Map<string, Set<number>>;
  /** Set when a write spanned hidden rows: in Excel that breaks the user's filter (office-js #224). */
  readonly filter: { broken: boolean };
  /** Bytes of cell data written and read in the current batch (Excel on the web allows 5 MB each way). */
  readonly payload: { request: number; response: number };
}

/** Anything we only write to or call (format, borders, freezePanes …): records nothing. */
export function sink(): Obj {
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
}

/** "B5" or "A1:D9" as 0-based row, column and size. */
export function parseAddress(address: string): { row: number; col: number; rows: number; cols: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
  if (m === null) throw new Error(`mock: address ${address}`);
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r1 = Number(m[2]) - 1;
  const c1 = col(m[1] ?? "A");
  const r2 = m[4] === undefined ? r1 : Number(m[4]) - 1;
  const c2 = m[3] === undefined ? c1 : col(m[3]);
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

function dataValidation(
  env: MockEnv,
  sheet: string,
  row: number,
  col: number,
  rows: number,
  cols: number,
): Obj {
  return new Proxy(Object.assign(sink(), { clear: () => undefined }), {
    set: (_target, prop, value: unknown) => {
      const list = (value as { list?: { source?: unknown; inCellDropDown?: unknown } } | null)?.list;
      if (prop === "rule" && list !== undefined) {
        const rule: MockValidation = {
          sheet,
          row,
          col,
          rows,
          cols,
          source: String(list.source),
          inCellDropDown: list.inCellDropDown === true,
        };
        env.pending.push(() => env.validations.push(rule));
      }
      return true;
    },
  });
}

/**
 * Where each row of a write lands. As office-js #224 describes (Windows): a multi-row write over
 * a range with rows hidden by a filter puts the values into the visible rows, in order, and
 * breaks the filter; a single-row write lands where it was aimed.
 */
function targetRows(env: MockEnv, sheet: string, row: number, count: number): number[] {
  const hidden = env.hiddenRows.get(sheet) ?? new Set<number>();
  const aimed = Array.from({ length: count }, (_, i) => row + i);
  if (count === 1 || !aimed.some((r) => hidden.has(r))) return aimed;
  env.filter.broken = true;
  const visible = aimed.filter((r) => !hidden.has(r));
  return aimed.map((_, i) => visible[i] ?? -1);
}

/** Queue writing `data` at the range, flagging strings Excel would evaluate as formulas. */
function queueValues(env: MockEnv, sheet: string, row: number, col: number, data: CellScalar[][]): void {
  const { grid } = env;
  env.valueWrites.push({ sheet, row, col, rows: data.length, cols: data[0]?.length ?? 0 });
  const rowsTo = targetRows(env, sheet, row, data.length);
  env.payload.request += JSON.stringify(data).length;
  env.pending.push(() =>
    data.forEach((r, i) => {
      const to = rowsTo[i] ?? -1;
      if (to < 0) return;
      r.forEach((v, j) => {
        const format = grid.get(sheet, to, col + j)?.numberFormat ?? "General";
        const key = `${sheet}!${to},${col + j}`;
        if (typeof v === "string" && /^[=+\-@]/.test(v) && format !== "@") env.formulas.add(key);
        else env.formulas.delete(key);
        grid.set(sheet, to, col + j, v);
      });
    }),
  );
}

/** A range of `rows` × `cols` cells at the 0-based position. */
export function mockRange(
  env: MockEnv,
  sheet: string,
  row: number,
  col: number,
  rows: number,
  cols: number,
): Obj {
  const { grid } = env;
  const values = grid.values(sheet, row, col, rows, cols);
  const formats = values.map((r, i) =>
    r.map((_, j) => grid.get(sheet, row + i, col + j)?.numberFormat ?? "General"),
  );
  // Range.rowHidden: true when all rows are hidden, false when none, null when some
  // (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member).
  const hidden = env.hiddenRows.get(sheet) ?? new Set<number>();
  const hiddenCount = Array.from({ length: rows }, (_, i) => row + i).filter((r) => hidden.has(r)).length;
  const base = env.mock({
    values,
    numberFormat: formats,
    rowIndex: row,
    columnIndex: col,
    rowCount: rows,
    columnCount: cols,
    rowHidden: false,
  });
  // office-addin-mock cannot be given null in its data; set the loaded value afterwards.
  (base as unknown as { _properties: Map<string, { resetValue(v: unknown): void }> })._properties
    .get("rowHidden")
    ?.resetValue(hiddenCount === 0 ? false : hiddenCount === rows ? true : null);
  Object.assign(base, {
    format: sink(),
    conditionalFormats: {
      add: () => {
        const cf = { custom: { rule: { formula: "" }, format: sink() } };
        env.pending.push(() => env.conditionalFormulas.push(cf.custom.rule.formula));
        return cf;
      },
    },
    dataValidation: dataValidation(env, sheet, row, col, rows, cols),
    select: () => env.pending.push(() => env.select(sheet, row, col)),
    merge: () => undefined,
  });
  // A load reads the grid when the batch runs (in order with the batch's writes), like Excel.
  const load = (base as unknown as { load: (what: string) => unknown }).load.bind(base);
  const properties = (base as unknown as { _properties: Map<string, { _valueBeforeLoaded: unknown }> })
    ._properties;
  Object.assign(base, {
    load: (what: string) => {
      load(what);
      // The response's size, measured on the cells as they are when the load is queued.
      if (/\bvalues\b/.test(what))
        env.payload.response += JSON.stringify(grid.values(sheet, row, col, rows, cols)).length;
      env.pending.push(() => {
        const valuesProperty = properties.get("values");
        if (valuesProperty !== undefined) {
          valuesProperty._valueBeforeLoaded = grid.values(sheet, row, col, rows, cols);
        }
      });
      return proxy;
    },
  });
  const proxy: Obj = new Proxy(base as unknown as Obj, {
    set: (target, prop: string, value: unknown) => {
      // office-addin-mock's own load() sets "not loaded" strings through `this`: not a write.
      if (!Array.isArray(value)) target[prop] = value;
      else if (prop === "numberFormat") {
        const cells = value as string[][];
        env.payload.request += JSON.stringify(cells).length;
        env.pending.push(() =>
          cells.forEach((r, i) =>
            r.forEach((f, j) => {
              const old = grid.get(sheet, row + i, col + j);
              grid.set(sheet, row + i, col + j, old?.value ?? "", f);
            }),
          ),
        );
      } else if (prop === "values") queueValues(env, sheet, row, col, value as CellScalar[][]);
      else target[prop] = value;
      return true;
    },
  });
  return proxy;
}
