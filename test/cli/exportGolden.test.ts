/**
 * Golden files of the seed plan: its ICS (fixed DTSTAMP) and its calendar sheet model. After a
 * deliberate change, regenerate with `UPDATE_GOLDEN=1 npx jest test/cli/exportGolden.test.ts`
 * and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { importTimeline } from "../../src/domain/import";
import { buildIcs } from "../../src/domain/ics";
import { buildCalendarSheet } from "../../src/domain/sheet";
import type { Timeline } from "../../src/domain/types";

const ROOT = join(__dirname, "..", "..");
const SEED = join(ROOT, "examples", "tidsplan-verksamhetsledning-2007.txt");
const GOLDEN_ICS = join(ROOT, "test", "golden", "seed.ics");
const GOLDEN_CALENDAR = join(ROOT, "test", "golden", "seed-calendar.json");
const DTSTAMP = new Date(Date.UTC(2007, 0, 11, 8, 0, 0));

function seedTimeline(): Timeline {
  const result = importTimeline({
    text: readFileSync(SEED, "utf8"),
    fileName: "tidsplan-verksamhetsledning-2007.txt",
  });
  if (!result.ok) throw new Error(`seed did not import: ${result.message.en}`);
  return result.timeline;
}

function compareGolden(path: string, actual: string): void {
  if (process.env["UPDATE_GOLDEN"] === "1" || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe("the seed plan", () => {
  const timeline = seedTimeline();
  const ics = buildIcs(timeline, { profile: "separate", dtstamp: DTSTAMP, lang: "sv" });

  it("exports 36 events that ical.js reads", () => {
    expect(ics.eventCount).toBe(36);
    expect(ics.unreadableCount).toBe(0);
    const events = new ICAL.Component(ICAL.parse(ics.text)).getAllSubcomponents("vevent");
    expect(events).toHaveLength(36);
    expect(new Set(events.map((e) => e.getFirstPropertyValue("uid"))).size).toBe(36);
  });

  it("writes mars–april from 1 March up to (not including) 1 May", () => {
    const vevents = new ICAL.Component(ICAL.parse(ics.text))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v));
    const dialog = vevents.find((e) => e.summary.startsWith("Dialog mellan enheter"));
    expect(dialog?.startDate.toString()).toBe("2007-03-01");
    expect(dialog?.endDate.toString()).toBe("2007-05-01");
    expect(ics.text).toContain("DTSTART;VALUE=DATE:20070301\r\nDTEND;VALUE=DATE:20070501\r\n");
  });

  it("matches the golden ICS file", () => {
    compareGolden(GOLDEN_ICS, ics.text);
  });

  it("matches the golden calendar sheet model", () => {
    const model = buildCalendarSheet(timeline, { lang: "sv" });
    // One cell per line, so a change shows as a readable diff.
    const { cells, ...rest } = model;
    const text = JSON.stringify({ ...rest, cells: [] }, null, 1).replace(
      '"cells": []',
      `"cells": [\n${cells.map((c) => "  " + JSON.stringify(c)).join(",\n")}\n ]`,
    );
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(model)));
    compareGolden(GOLDEN_CALENDAR, text + "\n");
  });
});
