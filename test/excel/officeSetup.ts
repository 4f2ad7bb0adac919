/**
 * Shared setup of the Office adapter tests: a fresh mock Excel before each test (no retry
 * waits), the Tidsplan table's body, and the small timeline created with the sync count reset.
 */
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { retrySettings } from "../../src/excel/office/runExcel";
import type { CellScalar } from "../../src/domain/table";
import { createMockExcel, type MockExcel } from "./mockExcel";
import { smallTimeline } from "./timelineFixtures";

export interface OfficeTestBed {
  /** The mock Excel of the running test. */
  readonly excel: MockExcel;
  /** A table's body rows as they are in the mock now. */
  body(name?: string): CellScalar[][];
  /** Create the small Tidsplan table (a1, b2, c3) and reset the sync count. */
  createSmall(): Promise<void>;
}

/** Call at the top of a test file: installs a fresh mock Excel before each test. */
export function useMockExcel(): OfficeTestBed {
  let current: MockExcel | null = null;
  beforeEach(() => {
    current = createMockExcel();
    current.install();
    retrySettings.delaysMs = [0, 0, 0];
  });
  const bed: OfficeTestBed = {
    get excel(): MockExcel {
      if (current === null) throw new Error("useMockExcel: no test is running");
      return current;
    },
    body: (name = "Tidsplan") => {
      const table = bed.excel.grid.tables.get(name);
      if (table === undefined) throw new Error(`no table ${name}`);
      return bed.excel.grid.tableBody(table);
    },
    createSmall: async () => {
      const result = await createOfficeWorkbook().createTimelineTable(smallTimeline(), "sv");
      expect(result).toEqual({ ok: true, value: undefined });
      bed.excel.syncs = 0;
    },
  };
  return bed;
}
