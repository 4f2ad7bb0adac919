/**
 * Worksheets and tables of the mock Excel (see mockExcel.ts), by hand: office-addin-mock has no
 * tables, so sort, columns.add, rows.add and onChanged are written here against the grid.
 */
import type { MemoryTable } from "../../src/excel/memoryGrid";
import type { CellScalar } from "../../src/domain/table";
import { mockRange, parseAddress, sink, type MockEnv, type Obj } from "./mockRange";

/** A table-changed event as Excel passes it to a handler. */
export interface MockTableChange {
  readonly address: string;
  readonly tableId: string;
}

export type MockChangeHandler = (event: MockTableChange) => unknown;

/** What worksheets and tables need beyond ranges. */
export interface MockBookEnv extends MockEnv {
  /** A sheet's id: stable for the sheet, new for a new sheet of the same name. */
  sheetId(name: string): string | undefined;
  /** onChanged handlers by table name. */
  readonly changeHandlers: Map<string, Set<MockChangeHandler>>;
  /** The request context (an EventHandlerResult carries it). */
  readonly context: () => unknown;
  /** Worksheet.activate() applied at sync. */
  activate(name: string): void;
  /** The page header (centre) set on each sheet. */
  readonly centerHeaders: Map<string, string>;
  /** Pictures added with shapes.addImage. */
  readonly pictures: { sheet: string; base64: string }[];
  /** Worksheet custom properties (ExcelApi 1.12), by sheet name. */
  readonly sheetProperties: Map<string, Map<string, string>>;
  /** A null object as getItemOrNullObject gives for a missing item (strict: its methods fail at sync). */
  nullObject(): Obj;
  /** Fail the current batch at its sync with this error code (nothing of it is written). */
  failBatch(code: string): void;
}

export function mockWorksheet(env: MockBookEnv, name: string): Obj {
  const sheetState = env.grid.sheets.get(name);
  const sheet: Obj = {
    name,
    get id() {
      return env.sheetId(name);
    },
    protection: env.mock({ protected: sheetState?.protected === true }),
    getRange: (address: string) => {
      const a = parseAddress(address);
      return mockRange(env, name, a.row, a.col, a.rows, a.cols);
    },
    getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
      mockRange(env, name, row, col, rows, cols),
    tables: {
      add: (address: string) => {
        const a = parseAddress(address);
        const created: Obj = { name: "" };
        env.pending.push(() => {
          const t: MemoryTable = {
            name: String(created.name),
            sheet: name,
            top: a.row,
            left: a.col,
            columnCount: a.cols,
            rowCount: a.rows - 1,
            highlighted: false,
          };
          // As Excel: a table name already used anywhere in the workbook fails the batch (office-js #551).
          env.grid.addTable(t);
        });
        return Object.assign(created, {
          getDataBodyRange: () => mockRange(env, name, a.row + 1, a.col, a.rows - 1, a.cols),
        });
      },
    },
    freezePanes: sink(),
    // Only the page header is recorded (a test reads what Excel would print); the rest is a sink.
    pageLayout: {
      setPrintTitleRows: () => undefined,
      headersFooters: {
        defaultForAllPages: {
          set centerHeader(value: string) {
            env.pending.push(() => env.centerHeaders.set(name, value));
          },
        },
      },
    },
    activate: () => env.pending.push(() => env.activate(name)),
    delete: () =>
      env.pending.push(() => {
        env.grid.deleteSheet(name);
        env.sheetProperties.delete(name);
      }),
    shapes: {
      addImage: (base64: string) => {
        env.pending.push(() => env.pictures.push({ sheet: name, base64 }));
        return sink();
      },
    },
    customProperties: {
      getItemOrNullObject: (key: string) => {
        const value = env.sheetProperties.get(name)?.get(key);
        if (value === undefined) return env.nullObject();
        return Object.assign(env.mock({ key, value }), { isNullObject: false });
      },
      add: (key: string, value: string) =>
        env.pending.push(() => {
          const properties = env.sheetProperties.get(name) ?? new Map<string, string>();
          properties.set(key, value);
          env.sheetProperties.set(name, properties);
        }),
    },
    load: () => sheet,
  };
  return sheet;
}

function sortBody(env: MockBookEnv, t: MemoryTable, key: number): void {
  const body = env.grid.tableBody(t);
  const order = body
    .map((_, i) => i)
    .sort((a, b) => Number(body[a]?.[key] || Infinity) - Number(body[b]?.[key] || Infinity) || a - b);
  env.grid.reorderRows(t, order);
}

export function mockTable(env: MockBookEnv, t: MemoryTable): Obj {
  const { grid, pending } = env;
  // Columns queued in this batch but not yet added (the next one goes after them).
  let queuedColumns = 0;
  return {
    name: t.name,
    worksheet: mockWorksheet(env, t.sheet),
    getHeaderRowRange: () => mockRange(env, t.sheet, t.top, t.left, 1, t.columnCount),
    getDataBodyRange: () => mockRange(env, t.sheet, t.top + 1, t.left, t.rowCount, t.columnCount),
    getRange: () => mockRange(env, t.sheet, t.top, t.left, t.rowCount + 1, t.columnCount),
    sort: {
      apply: (fields: { key: number }[]) => pending.push(() => sortBody(env, t, fields[0]?.key ?? 0)),
    },
    columns: {
      // Excel's table.columns.add(index, values, name): values include the header cell.
      add: (_index: number | undefined, values: CellScalar[][]) => {
        const col = t.left + t.columnCount + queuedColumns;
        queuedColumns += 1;
        pending.push(() => {
          values.forEach((row, r) => grid.set(t.sheet, t.top + r, col, row[0] ?? ""));
          t.columnCount += 1;
          queuedColumns -= 1;
        });
        return { getDataBodyRange: () => mockRange(env, t.sheet, t.top + 1, col, t.rowCount, 1) };
      },
    },
    rows: {
      // TableRowCollection.add(index, values): one or more rows, each exactly as wide as the table
      // (https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection); a row of
      // another width fails the batch with InvalidArgument ("The argument is invalid or missing or
      // has an incorrect format", as office-js-snippet-explorer #19 shows for a 2-D add).
      add: (_index: number | undefined, values: CellScalar[][]) => {
        if (values.length === 0 || values.some((row) => row.length !== t.columnCount + queuedColumns))
          env.failBatch("InvalidArgument");
        pending.push(() => {
          values.forEach((row, r) =>
            row.forEach((value, c) => grid.set(t.sheet, t.top + 1 + t.rowCount + r, t.left + c, value)),
          );
          t.rowCount += values.length;
        });
      },
    },
    onChanged: {
      add: (handler: MockChangeHandler) => {
        const handlers = env.changeHandlers.get(t.name) ?? new Set<MockChangeHandler>();
        env.changeHandlers.set(t.name, handlers);
        pending.push(() => handlers.add(handler));
        return { context: env.context(), remove: () => pending.push(() => handlers.delete(handler)) };
      },
    },
  };
}
