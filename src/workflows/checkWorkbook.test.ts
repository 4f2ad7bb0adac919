import { readFileSync } from "node:fs";
import path from "node:path";
import { importTimeline } from "../domain/import";
import { createMemoryWorkbook } from "../excel/memoryWorkbook";
import type { WorkbookPort } from "../excel/workbookPort";
import { checkWorkbook } from "./checkWorkbook";
import { readWorkbookTimeline } from "./workbookTimeline";

const SEED = readFileSync(
  path.join(__dirname, "../../examples/tidsplan-verksamhetsledning-2007.txt"),
  "utf8",
);

async function seededWorkbook() {
  const imported = importTimeline({ text: SEED });
  if (!imported.ok) throw new Error("the seed must import");
  const workbook = createMemoryWorkbook({ plan: imported.timeline.plan });
  const created = await workbook.createTimelineTable(imported.timeline, "sv");
  expect(created.ok).toBe(true);
  return workbook;
}

/** Counts every port call, by method name. */
function counting(port: WorkbookPort): { port: WorkbookPort; calls: string[] } {
  const calls: string[] = [];
  const wrapped = new Proxy(port, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls.push(String(key));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { port: wrapped, calls };
}

describe("readWorkbookTimeline", () => {
  it("reads the seed's 36 entries back from the table with the stored plan", async () => {
    const workbook = await seededWorkbook();
    const result = await readWorkbookTimeline(workbook);
    if (!result.ok || result.value === null) throw new Error("expected a timeline");
    expect(result.value.timeline.entries).toHaveLength(36);
    expect(result.value.timeline.plan.year).toBe(2007);
    expect(result.value.owners).toBeNull();
    expect(result.value.findings.some((f) => f.code === "missing-owner")).toBe(true);
  });

  it("resolves to null for a workbook without a Tidsplan table", async () => {
    const result = await readWorkbookTimeline(createMemoryWorkbook());
    expect(result).toEqual({ ok: true, value: null });
  });

  it("passes a port failure through with its message", async () => {
    const workbook = createMemoryWorkbook();
    workbook.failNext("cell-edit-mode");
    const result = await readWorkbookTimeline(workbook);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe("cell-edit-mode");
  });
});

describe("checkWorkbook", () => {
  it("writes Kontroll for the rows with findings, reading and writing once each", async () => {
    const workbook = await seededWorkbook();
    const { port, calls } = counting(workbook);
    const result = await checkWorkbook(port, "sv");
    if (!result.ok || result.value === null) throw new Error("expected a check");
    expect(calls).toEqual(["checkTable"]);
    const missing = result.value.findings.find((f) => f.code === "missing-owner");
    expect(missing).toBeDefined();
    expect(result.value.summary.warning).toBeGreaterThan(0);
    // The Kontroll cell of the finding's row names the problem in Swedish.
    const table = workbook.tableValues("Tidsplan") ?? [];
    const header = table[0] ?? [];
    const kontroll = header.indexOf("Kontroll");
    const idColumn = header.indexOf("ID");
    const row = table.find((r) => r[idColumn] === missing?.entryId);
    expect(String(row?.[kontroll] ?? "")).toMatch(/Ansvarig saknas/);
  });

  it("skips the write when only the add-in's own columns changed since the last check", async () => {
    const workbook = await seededWorkbook();
    const first = await checkWorkbook(workbook, "sv");
    if (!first.ok || first.value === null) throw new Error("expected a check");
    const { port, calls } = counting(workbook);
    const again = await checkWorkbook(port, "sv", { unlessUnchangedFrom: first.value.fingerprint });
    if (!again.ok || again.value === null) throw new Error("expected a check");
    expect(again.value.unchanged).toBe(true);
    expect(again.value.written).toBe(0);
    expect(calls).toEqual(["checkTable"]);
    expect(again.value.summary).toEqual(first.value.summary);
  });

  it("writes again after a user edit, and the finding it fixed is gone", async () => {
    const workbook = await seededWorkbook();
    const first = await checkWorkbook(workbook, "sv");
    if (!first.ok || first.value === null) throw new Error("expected a check");
    const missing = first.value.findings.find((f) => f.fix?.type === "set-owner");
    if (missing?.fix === undefined) throw new Error("expected a set-owner fix");
    expect((await workbook.applyFix(missing.fix)).ok).toBe(true);
    const again = await checkWorkbook(workbook, "sv", { unlessUnchangedFrom: first.value.fingerprint });
    if (!again.ok || again.value === null) throw new Error("expected a check");
    expect(again.value.unchanged).toBe(false);
    expect(again.value.summary.warning).toBe(first.value.summary.warning - 1);
    expect(again.value.findings.some((f) => f.entryId === missing.entryId && f.code === missing.code)).toBe(
      false,
    );
  });
});

describe("checkWorkbook readOnly (the live re-check: undo survives while the user types)", () => {
  it("finds the same problems as Kontrollera but writes no cell", async () => {
    const workbook = await seededWorkbook();
    const before = JSON.stringify(workbook.tableValues("Tidsplan"));
    const live = await checkWorkbook(workbook, "sv", { readOnly: true });
    expect(JSON.stringify(workbook.tableValues("Tidsplan"))).toBe(before);
    if (!live.ok || live.value === null) throw new Error("expected a check");
    expect(live.value.written).toBe(0);
    const asked = await checkWorkbook(workbook, "sv");
    if (!asked.ok || asked.value === null) throw new Error("expected a check");
    expect(live.value.summary).toEqual(asked.value.summary);
    expect(asked.value.written).toBeGreaterThan(0);
    expect(JSON.stringify(workbook.tableValues("Tidsplan"))).not.toBe(before);
  });
});
