/**
 * Issue 14, items 2, 5–8: what a calendar user notices after importing — no blocked days, one
 * timed event per day of a timed range, reminders at 09:00 on a working day, no control
 * characters, no empty titles, no unusable or duplicate UIDs. Read with ical.js and
 * python3-icalendar.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importRows } from "../import";
import type { RawRow, Timeline } from "../types";
import { buildIcs } from "./buildIcs";
import { eventsWithIcalJs, eventsWithPython } from "../../../test/fixtures/ics/readEvents";

const STAMP = new Date(Date.UTC(2007, 0, 11, 8, 0, 0));
const PLAN = { title: "Tidsplan 2007", year: 2007 };

function plan(rows: readonly Partial<RawRow>[]): Timeline {
  return importRows(
    rows.map((row, index) => ({ line: index + 5, when: "", event: "", owner: "", notes: "", ...row })),
    PLAN,
  );
}

function withPython(text: string) {
  const path = join(mkdtempSync(join(tmpdir(), "tidsplan-ics-")), "plan.ics");
  writeFileSync(path, text);
  return eventsWithPython(path);
}

describe("free and busy (item 6)", () => {
  it("keeps deadlines, decisions and month items free and timed meetings busy; busy all-day is an option", () => {
    const timeline = plan([
      { id: "d1", when: "senast 4 juni", event: "Budgetunderlag lämnas" },
      { id: "b1", when: "12 juni", event: "Beslut om budget", owner: "Kommunstyrelsen" },
      { id: "m1", when: "oktober", event: "Delårsrapport" },
      { id: "k1", when: "5 juni kl. 13.00–15.00", event: "Förvaltningsgrupp" },
    ]);
    const free = buildIcs(timeline, { profile: "add", dtstamp: STAMP });
    const byId = (events: ReturnType<typeof eventsWithIcalJs>, id: string) =>
      events.find((event) => event.uid.startsWith(`${id}-`));
    for (const events of [eventsWithIcalJs(free.text), withPython(free.text).events]) {
      for (const id of ["d1", "b1", "m1"])
        expect([id, byId(events, id)?.transp, byId(events, id)?.busy]).toEqual([id, "TRANSPARENT", "FREE"]);
      expect([byId(events, "k1")?.transp, byId(events, "k1")?.busy]).toEqual(["OPAQUE", "BUSY"]);
    }
    const busy = eventsWithIcalJs(
      buildIcs(timeline, { profile: "add", dtstamp: STAMP, allDay: "busy" }).text,
    );
    expect([byId(busy, "b1")?.transp, byId(busy, "b1")?.busy]).toEqual(["OPAQUE", "BUSY"]);
    // A month never blocks a whole month, whatever the option.
    expect([byId(busy, "m1")?.transp, byId(busy, "m1")?.busy]).toEqual(["TRANSPARENT", "FREE"]);
  });
});

describe("timed ranges (item 5)", () => {
  it("writes '4–22 januari kl. 8.30' as one 08:30–09:30 event per day, not one block of 18 days", () => {
    const { text, eventCount } = buildIcs(
      plan([{ id: "kurs", when: "4–22 januari kl. 8.30", event: "Kurs" }]),
      {
        profile: "add",
        dtstamp: STAMP,
      },
    );
    expect(eventCount).toBe(19);
    for (const events of [eventsWithIcalJs(text), withPython(text).events]) {
      expect(events).toHaveLength(19);
      expect(new Set(events.map((event) => event.uid)).size).toBe(19);
      expect(events.map((event) => [event.start, event.end]).sort()[0]).toEqual([
        "2007-01-04T08:30:00",
        "2007-01-04T09:30:00",
      ]);
      for (const event of events) {
        expect(event.start.slice(0, 10)).toBe(event.end.slice(0, 10));
        expect(event.transp).toBe("OPAQUE");
      }
    }
    expect(
      eventsWithIcalJs(text)
        .map((event) => event.start.slice(0, 10))
        .sort()
        .at(-1),
    ).toBe("2007-01-22");
  });
});

describe("reminders (item 8)", () => {
  it("rings at 09:00 on the working day N working days before a deadline", () => {
    const timeline = plan([
      // Monday 4 June 2007, one working day before: Friday 1 June 09:00 (3 days − 15 h before midnight).
      { id: "mon", when: "senast 4 juni", event: "Underlag" },
      // Wednesday 11 April 2007, two working days before, over Easter (Monday 9 April is a holiday):
      // Thursday 5 April (Good Friday 6 April is one too) 09:00: 6 days before, minus 9 h.
      { id: "easter", when: "senast 11 april", event: "Remissvar" },
      // A timed deadline, Tuesday 5 June 12:00, one working day before: Monday 4 June 09:00 = 1 day + 3 h.
      { id: "noon", when: "senast 5 juni kl. 12", event: "Anmälan" },
      { id: "plain", when: "6 juni", event: "Inget sista datum" },
    ]);
    const { text } = buildIcs(timeline, { profile: "add", dtstamp: STAMP, reminderDaysBeforeDeadline: 1 });
    const two = buildIcs(timeline, { profile: "add", dtstamp: STAMP, reminderDaysBeforeDeadline: 2 }).text;
    const alarms = (ics: string, id: string) =>
      eventsWithIcalJs(ics).find((e) => e.uid.startsWith(`${id}-`))?.alarms;
    expect(alarms(text, "mon")).toEqual(["-P2DT15H"]);
    expect(alarms(two, "easter")).toEqual(["-P5DT15H"]);
    expect(alarms(text, "noon")).toEqual(["-P1DT3H"]);
    expect(alarms(text, "plain")).toEqual([]);
    const python = withPython(text).events.find((e) => e.uid.startsWith("mon-"));
    expect(python?.alarms).toEqual(["-P2DT15H"]);
  });
});

describe("hygiene (item 7)", () => {
  it("removes control characters (RFC 5545 §3.3.11) and ends the file with CRLF", () => {
    const dirty = "Budget\u0000 2008\u001b[31m\u0007\u000b";
    const timeline = plan([
      { id: "a", when: "5 februari", event: dirty, owner: "KS\u0001", notes: "Bilaga\u0008 3" },
    ]);
    const { text } = buildIcs(
      { ...timeline, plan: { ...PLAN, title: "Plan\u0000 2007" } },
      { profile: "separate" },
    );
    // eslint-disable-next-line no-control-regex -- the test looks for exactly these characters
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const [event] = eventsWithIcalJs(text);
    expect(event?.summary).toBe("Budget 2008[31m");
    expect(withPython(text).events[0]?.summary).toBe("Budget 2008[31m");
  });

  it("never writes an empty SUMMARY: a meeting list without events names the organ and the day", () => {
    const timeline = plan([
      { id: "a", when: "5 februari kl. 13", owner: "Kommunstyrelsen" },
      { id: "b", when: "6 februari" },
      { id: "c", when: "7 februari", event: "\u0000 " },
    ]);
    const { text } = buildIcs(timeline, { profile: "add", dtstamp: STAMP });
    expect(text).not.toMatch(/^SUMMARY:\r?$/m);
    const summaries = eventsWithIcalJs(text).map((event) => event.summary);
    expect(summaries).toEqual(["Kommunstyrelsen – 5 februari kl. 13", "6 februari", "7 februari"]);
  });
});

describe("UIDs (items 2 and 3)", () => {
  it("never writes an unusable or a duplicate UID: a copied row, a line break, an injected event in an ID", () => {
    const timeline = plan([
      { id: "r1", when: "5 februari", event: "MBL" },
      { id: "r1", when: "6 februari", event: "MBL (kopia)" },
      { id: "x\r\nBEGIN:VEVENT\r\nUID:evil", when: "7 februari", event: "Beslut" },
      { id: "a b", when: "8 februari", event: "Dialog" },
    ]);
    const { text } = buildIcs(timeline, { profile: "add", dtstamp: STAMP });
    for (const events of [eventsWithIcalJs(text), withPython(text).events]) {
      expect(events).toHaveLength(4);
      expect(new Set(events.map((event) => event.uid)).size).toBe(4);
      for (const event of events)
        expect(event.uid).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*-0@2007\.p-[0-9a-f]{8}\.tidsplan$/);
    }
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(4);
  });

  it("gives the same rows in next year's plan other UIDs (Google and Apple replace by UID)", () => {
    const rows = [{ id: "r1", when: "5 februari", event: "MBL" }];
    const uid = (timeline: Timeline) => eventsWithIcalJs(buildIcs(timeline, { profile: "add" }).text)[0]?.uid;
    const thisYear = plan(rows);
    const stored = { ...thisYear, plan: { ...PLAN, id: "p-00ff00ff" } };
    const copied = { ...stored, plan: { ...stored.plan, year: 2008 } };
    expect(uid(thisYear)).not.toBe(uid(stored));
    expect(uid(copied)).not.toBe(uid(stored));
    expect(uid(copied)).toBe("r1-0@2008.p-00ff00ff.tidsplan");
  });
});
