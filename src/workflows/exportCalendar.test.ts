import { readFileSync } from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import { decodeCalendarFragment } from "../download/calendarFragment";
import { importTimeline } from "../domain/import";
import { createMemoryWorkbook } from "../excel/memoryWorkbook";
import {
  calendarFileName,
  deliverIcs,
  exportOwners,
  icsFileFor,
  prepareIcsExport,
  rememberExport,
  type IcsDeliverySurface,
  type IcsFile,
} from "./exportCalendar";
import { generateSheet } from "./sheetOutputs";

const SEED = readFileSync(
  path.join(__dirname, "../../examples/tidsplan-verksamhetsledning-2007.txt"),
  "utf8",
);

function seedTimeline() {
  const imported = importTimeline({ text: SEED });
  if (!imported.ok) throw new Error("the seed must import");
  return imported.timeline;
}

async function seededWorkbook() {
  const timeline = seedTimeline();
  const workbook = createMemoryWorkbook({ plan: timeline.plan });
  expect((await workbook.createTimelineTable(timeline, "sv")).ok).toBe(true);
  return workbook;
}

function events(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
}

describe("the calendar file with the export view's options", () => {
  const timeline = seedTimeline();
  const base = { profile: "add", includeSpans: true, lang: "sv" } as const;

  it("filters by owner: Förvaltningsgruppen's file holds only its events", () => {
    const all = icsFileFor(timeline, base);
    const file = icsFileFor(timeline, { ...base, owner: "Förvaltningsgruppen" });
    expect(file.eventCount).toBeGreaterThan(0);
    expect(file.eventCount).toBeLessThan(all.eventCount);
    for (const event of events(file.text)) {
      expect(String(event.getFirstPropertyValue("description"))).toContain("Förvaltningsgruppen");
    }
  });

  it("names the calendar only in the separate profile", () => {
    expect(icsFileFor(timeline, base).text).not.toContain("X-WR-CALNAME");
    expect(icsFileFor(timeline, { ...base, profile: "separate" }).text).toContain("X-WR-CALNAME");
  });

  it("leaves out month and season entries when asked, and adds reminders only when asked", () => {
    expect(icsFileFor(timeline, { ...base, includeSpans: false }).eventCount).toBeLessThan(36);
    expect(icsFileFor(timeline, base).text).not.toContain("BEGIN:VALARM");
    expect(icsFileFor(timeline, { ...base, reminderDays: 0 }).text).not.toContain("BEGIN:VALARM");
    const deadline = importTimeline({
      text: "När\tHändelse\tAnsvar\nsenast 30 juni 2027\tBudgetförslag klart\tEkonomichef\n",
    });
    if (!deadline.ok) throw new Error("the deadline must import");
    expect(icsFileFor(deadline.timeline, base).text).not.toContain("BEGIN:VALARM");
    // Wednesday 30 June 2027, 7 working days before (Midsummer Eve, Friday 25 June, is none):
    // Friday 18 June at 09:00, 12 days before the deadline's midnight less 9 hours.
    expect(icsFileFor(deadline.timeline, { ...base, reminderDays: 7 }).text).toContain("TRIGGER:-P11DT15H");
  });

  it("lists the plan's owners once each, sorted, for the owner dropdown", () => {
    const owners = exportOwners(timeline, [
      { name: "förvaltningsgruppen", aliases: [], color: "", email: "" },
    ]);
    expect(owners.filter((o) => o.toLowerCase() === "förvaltningsgruppen")).toHaveLength(1);
    expect([...owners].sort((a, b) => a.localeCompare(b, "sv"))).toEqual(owners);
  });

  it.each([
    ["Tidsplan 2007", "Tidsplan 2007.ics"],
    ["Budget 2026/2027: nämnd", "Budget 2026 2027 nämnd.ics"],
    ["  ", "tidsplan.ics"],
  ])("names the file after the plan: %p → %p", (title, name) => {
    expect(calendarFileName(title)).toBe(name);
  });
});

describe("prepareIcsExport and deliverIcs", () => {
  it("gives the seed's 36 events with no errors, and the mars–april span", async () => {
    const prepared = await prepareIcsExport(await seededWorkbook(), {
      profile: "add",
      includeSpans: true,
      lang: "sv",
    });
    if (!prepared.ok) throw new Error(prepared.message.en);
    expect(prepared.errorCount).toBe(0);
    expect(events(prepared.file.text)).toHaveLength(36);
    expect(prepared.file.text).toContain("DTSTART;VALUE=DATE:20070301\r\nDTEND;VALUE=DATE:20070501");
  });

  it("remembers what it handed over in the workbook: the next export raises SEQUENCE for a moved row only", async () => {
    const workbook = await seededWorkbook();
    const options = { profile: "add", includeSpans: true, lang: "sv" } as const;
    const first = await prepareIcsExport(workbook, options);
    if (!first.ok) throw new Error(first.message.en);
    expect(await rememberExport(workbook, first.file)).toBe(true);
    const unchanged = await prepareIcsExport(workbook, options);
    if (!unchanged.ok) throw new Error(unchanged.message.en);
    // Nothing changed: the same file apart from DTSTAMP.
    const noStamp = (text: string) => text.replace(/^DTSTAMP:.*\r\n/gm, "");
    expect(noStamp(unchanged.file.text)).toBe(noStamp(first.file.text));
    const table = await workbook.readTimelineTable();
    if (!table.ok || table.value === null) throw new Error("no table");
    const row = table.value.rows.find((r) => r.event.startsWith("Kommunfullmäktige fastställer budget 2008"));
    if (row?.id === undefined) throw new Error("no budget row");
    expect((await workbook.applyFix({ type: "set-when", entryId: row.id, when: "20 november" })).ok).toBe(
      true,
    );
    const moved = await prepareIcsExport(workbook, options);
    if (!moved.ok) throw new Error(moved.message.en);
    const sequences = events(moved.file.text).map((e) => [
      String(e.getFirstPropertyValue("uid")),
      Number(e.getFirstPropertyValue("sequence")),
    ]);
    expect(sequences.filter(([, n]) => n !== 0)).toEqual([
      [expect.stringMatching(new RegExp(`^${row.id}-0@`)), 1],
    ]);
    // Another scope (one owner's file) has its own memory: nothing to compare with yet.
    const owner = await prepareIcsExport(workbook, { ...options, owner: "Förvaltningsgruppen" });
    if (!owner.ok) throw new Error(owner.message.en);
    expect(owner.file.cancelledCount).toBe(0);
  });

  const file: IcsFile = {
    fileName: "Plan.ics",
    text: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
    eventCount: 0,
    unreadableCount: 0,
    cancelledCount: 0,
    scope: "owner=*;spans=1",
    events: [],
  };
  const surface = (isMac: boolean, withWindow = true) => {
    const calls: string[] = [];
    const s: IcsDeliverySurface = {
      isMac,
      download: (f) => calls.push(`download:${f.fileName}`),
      ...(withWindow ? { openBrowserWindow: (url: string) => calls.push(url) } : {}),
      downloadPageUrl: "https://addin.example/download.html",
    };
    return { s, calls };
  };

  it("downloads on the web and Windows", () => {
    const { s, calls } = surface(false);
    expect(deliverIcs(file, s)).toBe("download");
    expect(calls).toEqual(["download:Plan.ics"]);
  });

  it("opens the download page with the calendar in the fragment on Mac", () => {
    const { s, calls } = surface(true);
    expect(deliverIcs(file, s)).toBe("browser-window");
    const url = calls[0] ?? "";
    expect(url.startsWith("https://addin.example/download.html#")).toBe(true);
    expect(decodeCalendarFragment(url.slice(url.indexOf("#")))).toEqual({
      ok: true,
      ics: file.text,
      fileName: "Plan.ics",
    });
  });

  it("says there is no way on a Mac without openBrowserWindow (the view then offers Copy)", () => {
    const { s, calls } = surface(true, false);
    expect(deliverIcs(file, s)).toBeNull();
    expect(calls).toEqual([]);
  });
});

describe("generateSheet", () => {
  it("makes the printable plan and says so", async () => {
    const workbook = await seededWorkbook();
    const result = await generateSheet(workbook, "print", "en");
    expect(result.ok && result.message.en).toContain("is ready");
    expect(workbook.sheetNames().some((n) => n.includes("utskrift") || n.includes("print"))).toBe(true);
  });

  it("never overwrites a user's own sheet named Kalender 2007", async () => {
    const workbook = await seededWorkbook();
    workbook.addUserSheet("Kalender 2007");
    const result = await generateSheet(workbook, "calendar", "sv");
    expect(result.ok).toBe(false);
  });
});
