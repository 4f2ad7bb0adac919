/**
 * The self-test on the in-memory workbook (browser harness, unit tests): the same paths as in
 * Excel, run where the memory workbook has them (a scratch sheet, values, a table, removal) and
 * reported "skipped" where only Excel has them. The user's sheets are not touched.
 */
import type { MemoryGrid } from "./memoryGrid";
import {
  SELF_TEST_PATHS,
  SELF_TEST_REQUIREMENT_SETS,
  type SelfTestReport,
  type SelfTestStep,
} from "./selfTest";

export function memorySelfTest(grid: MemoryGrid): SelfTestReport {
  const scratch = `Tidsplan självtest ${grid.sheets.size}`;
  const steps: SelfTestStep[] = [];
  const values = [
    ["Datum", "Händelse"],
    ["2007-03-01", "Självtest & kontroll"],
  ];
  const attempt = (path: (typeof SELF_TEST_PATHS)[number], body: () => boolean) => {
    try {
      steps.push(body() ? { path, outcome: "ok" } : { path, outcome: "failed", detail: "mismatch" });
    } catch (error) {
      steps.push({ path, outcome: "failed", detail: error instanceof Error ? error.message : String(error) });
    }
  };
  attempt("scratch-sheet", () => !grid.sheets.has(scratch) && grid.addSheet(scratch).name === scratch);
  attempt("write-values", () => {
    values.forEach((row, r) => row.forEach((value, c) => grid.set(scratch, r, c, value)));
    return true;
  });
  attempt("read-values", () => JSON.stringify(grid.values(scratch, 0, 0, 2, 2)) === JSON.stringify(values));
  attempt("remove-scratch-sheet", () => {
    grid.deleteSheet(scratch);
    return !grid.sheets.has(scratch);
  });
  const ordered = SELF_TEST_PATHS.map(
    (path): SelfTestStep =>
      steps.find((step) => step.path === path) ?? { path, outcome: "skipped", detail: "memory workbook" },
  );
  return {
    host: "memory",
    platform: "harness",
    version: "-",
    requirementSets: SELF_TEST_REQUIREMENT_SETS.map(([name, version]) => ({
      name: `${name} ${version}`,
      supported: false,
    })),
    steps: ordered,
  };
}
