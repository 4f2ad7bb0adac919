import { readFileSync } from "node:fs";
import path from "node:path";
import { decodeMessageFragment } from "../download/calendarFragment";
import { importTimeline } from "../domain/import";
import type { Bilingual } from "../domain/types";
import { createMemoryWorkbook, type MemoryWorkbook } from "../excel/memoryWorkbook";
import {
  checkPlanCommand,
  createCalendarSheetCommand,
  runCommand,
  type CommandHandler,
  type CommandHost,
} from "./commandHandlers";

const SEED = readFileSync(
  path.join(__dirname, "../../examples/tidsplan-verksamhetsledning-2007.txt"),
  "utf8",
);

async function seededWorkbook(text = SEED): Promise<MemoryWorkbook> {
  const imported = importTimeline({ text });
  if (!imported.ok) throw new Error("the seed must import");
  const workbook = createMemoryWorkbook({ plan: imported.timeline.plan });
  expect((await workbook.createTimelineTable(imported.timeline, "sv")).ok).toBe(true);
  return workbook;
}

/** A fake Office surface that records what the user would see. */
function fakeHost(port: MemoryWorkbook, overrides: Partial<CommandHost> = {}) {
  const reports: { message: Bilingual; severity: string }[] = [];
  const host: CommandHost = {
    port,
    lang: "sv",
    report: (message, severity) => {
      reports.push({ message, severity });
      return Promise.resolve();
    },
    ...overrides,
  };
  return { host, reports };
}

describe("ribbon Calendar sheet and Check", () => {
  it("generates the sheet Kalender 2007 and makes it the active sheet", async () => {
    const workbook = await seededWorkbook();
    workbook.addUserSheet("Anteckningar");
    const { host, reports } = fakeHost(workbook);
    await createCalendarSheetCommand(host);
    expect(reports).toEqual([]);
    expect(workbook.sheetNames()).toContain("Kalender 2007");
    const active = await workbook.readActiveSheet();
    expect(active.ok && active.value.name).toBe("Kalender 2007");
  });

  it("reports a failure in Excel (cell-edit mode) with what to do", async () => {
    const workbook = await seededWorkbook();
    workbook.failNext("cell-edit-mode");
    const { host, reports } = fakeHost(workbook);
    await createCalendarSheetCommand(host);
    expect(reports[0]?.message.sv).toContain("Enter eller Esc");
  });

  it("Check writes the Kontroll column and reports nothing when all went well", async () => {
    const workbook = await seededWorkbook();
    const { host, reports } = fakeHost(workbook);
    await checkPlanCommand(host);
    expect(reports).toEqual([]);
    const table = workbook.tableValues("Tidsplan") ?? [];
    const kontroll = (table[0] ?? []).indexOf("Kontroll");
    expect(kontroll).toBeGreaterThanOrEqual(0);
    expect(table.slice(1).some((row) => String(row[kontroll] ?? "") !== "")).toBe(true);
  });

  it("Check reports a workbook without a table", async () => {
    const { host, reports } = fakeHost(createMemoryWorkbook());
    await checkPlanCommand(host);
    expect(reports[0]?.message.en).toContain("no Tidsplan table");
  });
});

describe("runCommand: Office's event.completed() is always called, within a bounded time", () => {
  const handlers: [string, CommandHandler][] = [
    ["checkTimeline", checkPlanCommand],
    ["buildCalendarSheet", createCalendarSheetCommand],
  ];
  const SHORT = { workMs: 40, reportMs: 80 };
  const never = <T>() => new Promise<T>(() => undefined);

  it.each(handlers)("%s completes after success", async (_, handler) => {
    const { host } = fakeHost(await seededWorkbook());
    const completed = jest.fn();
    await runCommand(handler, () => host, { completed });
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it.each(handlers)("%s completes and reports when the workbook throws", async (_, handler) => {
    const workbook = await seededWorkbook();
    const gone = () => Promise.reject(new Error("host gone"));
    const throwing = { ...workbook, readTimelineTable: gone, checkTable: gone };
    const { host, reports } = fakeHost(throwing as MemoryWorkbook);
    const completed = jest.fn();
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    await runCommand(handler, () => host, { completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(reports[0]?.severity).toBe("error");
  });

  it.each(handlers)("%s completes and says Excel did not answer when a call hangs", async (_, handler) => {
    const workbook = await seededWorkbook();
    const hanging = { ...workbook, readTimelineTable: never, checkTable: never, readOwners: never };
    const { host, reports } = fakeHost(hanging as MemoryWorkbook);
    const completed = jest.fn();
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const started = Date.now();
    await runCommand(handler, () => host, { completed }, SHORT);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(Date.now() - started).toBeLessThan(SHORT.workMs + SHORT.reportMs + 200);
    expect(reports.map((r) => r.message.en)).toEqual([expect.stringContaining("did not answer in time")]);
  });

  it("waits for the failure dialog to close before completing (completed() may close it)", async () => {
    const workbook = await seededWorkbook();
    workbook.failNext("protected-sheet");
    const events: string[] = [];
    const { host } = fakeHost(workbook, {
      report: () =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            events.push("dialog closed");
            resolve();
          }, 20),
        ),
    });
    await runCommand(
      createCalendarSheetCommand,
      () => host,
      { completed: () => events.push("completed") },
      SHORT,
    );
    expect(events).toEqual(["dialog closed", "completed"]);
  });

  it("completes when the failure dialog is never closed, after the report limit", async () => {
    const workbook = await seededWorkbook();
    workbook.failNext("protected-sheet");
    const { host } = fakeHost(workbook, { report: never });
    const completed = jest.fn();
    const started = Date.now();
    await runCommand(createCalendarSheetCommand, () => host, { completed }, SHORT);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(Date.now() - started).toBeLessThan(SHORT.workMs + SHORT.reportMs + 200);
  });

  it("completes even when building the host throws, and when reporting throws", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const completed = jest.fn();
    await runCommand(
      checkPlanCommand,
      () => {
        throw new Error("Office.context missing");
      },
      { completed },
    );
    const { host } = fakeHost(createMemoryWorkbook(), {
      report: () => Promise.reject(new Error("no dialog")),
    });
    await runCommand(checkPlanCommand, () => host, { completed });
    expect(completed).toHaveBeenCalledTimes(2);
  });
});

describe("the failure page link", () => {
  it("round-trips a report message through the fragment", () => {
    const message = { sv: "Bladet är skyddat.", en: "The sheet is protected." };
    expect(
      decodeMessageFragment(
        `#msg.${Buffer.from(message.sv).toString("base64url")}.${Buffer.from(message.en).toString("base64url")}`,
      ),
    ).toEqual(message);
  });
});
