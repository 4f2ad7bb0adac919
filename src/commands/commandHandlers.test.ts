import { readFileSync } from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import {
  decodeCalendarFragment,
  decodeMessageFragment,
  fragmentErrorCount,
} from "../download/calendarFragment";
import { importTimeline } from "../domain/import";
import type { Bilingual } from "../domain/types";
import { createMemoryWorkbook, type MemoryWorkbook } from "../excel/memoryWorkbook";
import {
  checkPlanCommand,
  createCalendarSheetCommand,
  exportIcsCommand,
  runCommand,
  type CommandHandler,
  type CommandHost,
} from "./commandHandlers";

const SEED = readFileSync(
  path.join(__dirname, "../../examples/tidsplan-verksamhetsledning-2007.txt"),
  "utf8",
);
const PAGE = "https://addin.example/download.html";

async function seededWorkbook(text = SEED): Promise<MemoryWorkbook> {
  const imported = importTimeline({ text });
  if (!imported.ok) throw new Error("the seed must import");
  const workbook = createMemoryWorkbook({ plan: imported.timeline.plan });
  expect((await workbook.createTimelineTable(imported.timeline, "sv")).ok).toBe(true);
  return workbook;
}

/** A fake Office surface that records what the user would see. */
function fakeHost(port: MemoryWorkbook, overrides: Partial<CommandHost> = {}) {
  const dialogs: string[] = [];
  const browserWindows: string[] = [];
  const reports: { message: Bilingual; severity: string }[] = [];
  const host: CommandHost = {
    port,
    lang: "sv",
    isMac: false,
    downloadPageUrl: PAGE,
    openDialog: (url) => {
      dialogs.push(url);
      return Promise.resolve({ ok: true });
    },
    openBrowserWindow: (url) => browserWindows.push(url),
    report: (message, severity) => {
      reports.push({ message, severity });
      return Promise.resolve();
    },
    ...overrides,
  };
  return { host, dialogs, browserWindows, reports };
}

function fragmentOf(url: string): string {
  expect(url.startsWith(`${PAGE}#`)).toBe(true);
  return url.slice(url.indexOf("#"));
}

function eventCount(ics: string): number {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").length;
}

describe("ribbon Export .ics", () => {
  it("opens the download page in a dialog with the seed's 36 events in the fragment", async () => {
    const { host, dialogs, reports } = fakeHost(await seededWorkbook());
    await exportIcsCommand(host);
    expect(reports).toEqual([]);
    expect(dialogs).toHaveLength(1);
    const decoded = decodeCalendarFragment(fragmentOf(dialogs[0] ?? ""));
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.fileName).toBe("TIDSPLAN FÖR VERKSAMHETSLEDNING 2007.ics"); // the plan's title as written
    expect(eventCount(decoded.ics)).toBe(36);
    expect(decoded.ics).not.toContain("X-WR-CALNAME");
  });

  it("on Mac opens the system browser instead of a dialog", async () => {
    const { host, dialogs, browserWindows } = fakeHost(await seededWorkbook(), { isMac: true });
    await exportIcsCommand(host);
    expect(dialogs).toEqual([]);
    expect(browserWindows).toHaveLength(1);
    expect(decodeCalendarFragment(fragmentOf(browserWindows[0] ?? "")).ok).toBe(true);
  });

  it("carries the check's error count so the page reports errors before offering the file", async () => {
    const withError = SEED.replace("mars-april\t", "trettionde smarch\t");
    const { host, dialogs } = fakeHost(await seededWorkbook(withError));
    await exportIcsCommand(host);
    expect(fragmentErrorCount(fragmentOf(dialogs[0] ?? ""))).toBeGreaterThanOrEqual(1);
  });

  it("reports a workbook without a Tidsplan table instead of opening an empty calendar", async () => {
    const { host, dialogs, reports } = fakeHost(createMemoryWorkbook());
    await exportIcsCommand(host);
    expect(dialogs).toEqual([]);
    expect(reports[0]?.severity).toBe("error");
    expect(reports[0]?.message.sv).toContain("Tidsplan-tabell");
  });

  it("reports a dialog Excel could not open", async () => {
    const failed = { sv: "Kunde inte öppna", en: "Could not open" };
    const { host, reports } = fakeHost(await seededWorkbook(), {
      openDialog: () => Promise.resolve({ ok: false, message: failed }),
    });
    await exportIcsCommand(host);
    expect(reports).toEqual([{ message: failed, severity: "error" }]);
  });
});

describe("ribbon Calendar sheet and Check", () => {
  it("generates the sheet Kalender 2007 in the workbook", async () => {
    const workbook = await seededWorkbook();
    const { host, reports } = fakeHost(workbook);
    await createCalendarSheetCommand(host);
    expect(reports).toEqual([]);
    expect(workbook.sheetNames()).toContain("Kalender 2007");
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

describe("runCommand: Office's event.completed() is always called", () => {
  const handlers: [string, CommandHandler][] = [
    ["checkTimeline", checkPlanCommand],
    ["buildCalendarSheet", createCalendarSheetCommand],
    ["exportIcs", exportIcsCommand],
  ];

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

  it("completes even when building the host throws, and when reporting throws", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const completed = jest.fn();
    await runCommand(
      exportIcsCommand,
      () => {
        throw new Error("Office.context missing");
      },
      { completed },
    );
    const { host } = fakeHost(createMemoryWorkbook(), {
      report: () => Promise.reject(new Error("no dialog")),
    });
    await runCommand(exportIcsCommand, () => host, { completed });
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
