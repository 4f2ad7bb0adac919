/**
 * Issue 14: calendars that stay right after the second export. A plan is exported, edited and
 * exported again with the first file as `previous` (as `tidsplan export --previous` and the
 * add-in do). Which UIDs are kept, and SEQUENCE is raised only where the date, time or title
 * changed; a removed row is cancelled; a year copy shares no UID with last year.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importRows, importTimeline } from "../import";
import type { RawRow, Timeline } from "../types";
import { buildIcs, type IcsResult } from "./buildIcs";
import { readExportedEvents } from "./previousExport";
import { eventsWithIcalJs, eventsWithPython } from "../../../test/fixtures/ics/readEvents";

const PLAN = { title: "Tidsplan 2007", year: 2007, id: "p-0a1b2c3d" };
type Row = Pick<RawRow, "when" | "event" | "owner"> & { readonly id: string };

const ROWS: readonly Row[] = [
  { id: "r1", when: "5 februari", event: "MBL om budget", owner: "Förvaltningsgruppen" },
  { id: "r2", when: "12 mars kl. 13", event: "Beslut om budget", owner: "Kommunstyrelsen" },
  { id: "r3", when: "mars–april", event: "Dialog med enheterna", owner: "" },
  { id: "r4", when: "4, 11 och 18 maj", event: "Lägesrapport", owner: "Förvaltningsgruppen" },
];

function workbookPlan(rows: readonly Row[], plan = PLAN): Timeline {
  return importRows(
    rows.map((row, index) => ({ line: index + 5, notes: "", ...row })),
    plan,
  );
}

const STAMP = new Date(Date.UTC(2007, 0, 11, 8, 0, 0));

/** Export `after` with the file of `before` as the previous export (read back from its text). */
function reexport(before: IcsResult, after: Timeline): IcsResult {
  return buildIcs(after, { profile: "add", dtstamp: STAMP, previous: readExportedEvents(before.text) });
}

/** uid → [sequence, status] as ical.js reads the file. */
function seen(result: IcsResult): Map<string, [number, string]> {
  return new Map(eventsWithIcalJs(result.text).map((event) => [event.uid, [event.sequence, event.status]]));
}

const first = buildIcs(workbookPlan(ROWS), { profile: "add", dtstamp: STAMP });
const FIRST_UIDS = [...seen(first).keys()].sort();

function uidOf(result: IcsResult, rowId: string, occurrence = 0): string {
  const uid = [...seen(result).keys()].find((key) => key.startsWith(`${rowId}-${occurrence}@`));
  if (uid === undefined) throw new Error(`no event for ${rowId}-${occurrence}`);
  return uid;
}

describe("the second export of a plan kept in a workbook (IDs in the table)", () => {
  it("the first export: 6 events, every SEQUENCE 0", () => {
    expect(FIRST_UIDS).toHaveLength(6);
    for (const [sequence] of seen(first).values()) expect(sequence).toBe(0);
  });

  it("unchanged: the same file apart from DTSTAMP, no SEQUENCE raised, nothing cancelled", () => {
    const again = reexport(first, workbookPlan(ROWS));
    expect(again.text).toBe(first.text);
    expect(again.cancelledCount).toBe(0);
  });

  it("reorder: every UID kept, no SEQUENCE raised", () => {
    const again = reexport(first, workbookPlan([...ROWS].reverse()));
    expect([...seen(again).keys()].sort()).toEqual(FIRST_UIDS);
    for (const [sequence, status] of seen(again).values()) expect([sequence, status]).toEqual([0, ""]);
  });

  it("insert: every old UID kept at SEQUENCE 0, the new row a new UID", () => {
    const inserted = [
      ROWS[0],
      { id: "r9", when: "20 februari", event: "Ny rad", owner: "" },
      ...ROWS.slice(1),
    ];
    const again = reexport(first, workbookPlan(inserted.filter((row): row is Row => row !== undefined)));
    const uids = [...seen(again).keys()];
    expect(uids.filter((uid) => FIRST_UIDS.includes(uid)).sort()).toEqual(FIRST_UIDS);
    expect(uids.filter((uid) => !FIRST_UIDS.includes(uid))).toEqual([uidOf(again, "r9")]);
    for (const [sequence] of seen(again).values()) expect(sequence).toBe(0);
  });

  it("text edit: the UID is kept and only that event's SEQUENCE goes up (a notes edit raises none)", () => {
    const edited = ROWS.map((row) => (row.id === "r1" ? { ...row, event: "MBL om budget 2008" } : row));
    const again = reexport(first, workbookPlan(edited));
    expect([...seen(again).keys()].sort()).toEqual(FIRST_UIDS);
    const sequences = new Map([...seen(again)].map(([uid, [sequence]]) => [uid, sequence]));
    expect(sequences.get(uidOf(first, "r1"))).toBe(1);
    expect([...sequences.values()].filter((n) => n > 0)).toHaveLength(1);
    // Only the notes of r2 change now: no SEQUENCE moves (r1 keeps its 1).
    const notes = importRows(
      edited.map((row, index) => ({ line: index + 5, notes: row.id === "r2" ? "Bilaga 4" : "", ...row })),
      PLAN,
    );
    const third = new Map([...seen(reexport(again, notes))].map(([uid, [sequence]]) => [uid, sequence]));
    expect(third).toEqual(sequences);
  });

  it("date edit: the UID is kept and SEQUENCE raised for the moved event only, again on a second move", () => {
    const moved = ROWS.map((row) =>
      row.id === "r2"
        ? { ...row, when: "13 mars kl. 13" }
        : row.id === "r4"
          ? { ...row, when: "4, 11 och 25 maj" }
          : row,
    );
    const second = reexport(first, workbookPlan(moved));
    expect([...seen(second).keys()].sort()).toEqual(FIRST_UIDS);
    const changed = [...seen(second)].filter(([, [sequence]]) => sequence > 0).map(([uid]) => uid);
    expect(changed.sort()).toEqual([uidOf(first, "r2"), uidOf(first, "r4", 2)].sort());
    const timeOnly = moved.map((row) => (row.id === "r2" ? { ...row, when: "13 mars kl. 14" } : row));
    const third = reexport(second, workbookPlan(timeOnly));
    expect(seen(third).get(uidOf(first, "r2"))?.[0]).toBe(2);
    expect(seen(third).get(uidOf(first, "r4", 2))?.[0]).toBe(1);
    expect(seen(third).get(uidOf(first, "r1"))?.[0]).toBe(0);
  });

  it("delete: the removed row is written once more as cancelled (read by ical.js and python3-icalendar)", () => {
    const second = reexport(first, workbookPlan(ROWS.filter((row) => row.id !== "r3")));
    const r3 = uidOf(first, "r3");
    expect(second.cancelledCount).toBe(1);
    expect(seen(second).get(r3)).toEqual([1, "CANCELLED"]);
    const path = join(mkdtempSync(join(tmpdir(), "tidsplan-seq-")), "plan.ics");
    writeFileSync(path, second.text);
    const python = eventsWithPython(path).events.find((event) => event.uid === r3);
    expect([python?.sequence, python?.status, python?.transp]).toEqual([1, "CANCELLED", "TRANSPARENT"]);
    // Still gone: still cancelled, SEQUENCE not raised again. Back: a new SEQUENCE, no longer cancelled.
    const third = reexport(second, workbookPlan(ROWS.filter((row) => row.id !== "r3")));
    expect(seen(third).get(r3)).toEqual([1, "CANCELLED"]);
    const back = reexport(third, workbookPlan(ROWS));
    expect(seen(back).get(r3)).toEqual([2, ""]);
    expect(back.cancelledCount).toBe(0);
  });

  it("year copy: the workbook copied for 2008 (same plan identity and IDs) shares no UID with 2007", () => {
    const copy = workbookPlan(ROWS, { ...PLAN, year: 2008, title: "Tidsplan 2008" });
    const next = buildIcs(copy, { profile: "add", dtstamp: STAMP });
    const uids = [...seen(next).keys()];
    expect(uids).toHaveLength(6);
    expect(uids.filter((uid) => FIRST_UIDS.includes(uid))).toEqual([]);
    expect(uids.every((uid) => uid.endsWith("@2008.p-0a1b2c3d.tidsplan"))).toBe(true);
  });
});

describe("the second export of a plan kept as text (ids from the content)", () => {
  const TEXT =
    "FEBRUARI\n5\tMBL om budget\tFörvaltningsgruppen\n12\tBeslut om budget\tKommunstyrelsen\nMARS\n\tDialog\t\n";
  const fromText = (text: string): Timeline => {
    const result = importTimeline({ text, fileName: "Tidsplan 2007.txt", planYear: 2007 });
    if (!result.ok) throw new Error(result.message.en);
    return result.timeline;
  };
  const base = buildIcs(fromText(TEXT), { profile: "add", dtstamp: STAMP });
  const baseUids = [...seen(base).keys()].sort();

  it("reorder and insert keep every UID", () => {
    const reordered =
      "MARS\n\tDialog\t\nFEBRUARI\n12\tBeslut om budget\tKommunstyrelsen\n5\tMBL om budget\tFörvaltningsgruppen\n";
    expect([...seen(reexport(base, fromText(reordered))).keys()].sort()).toEqual(baseUids);
    const inserted = TEXT.replace("12\t", "8\tNy rad\tKS\n12\t");
    const uids = [...seen(reexport(base, fromText(inserted))).keys()];
    expect(uids.filter((uid) => baseUids.includes(uid)).sort()).toEqual(baseUids);
    expect(uids).toHaveLength(4);
  });

  it("a text edit is a new event and the old one cancelled (the id comes from the text)", () => {
    const again = reexport(base, fromText(TEXT.replace("MBL om budget", "MBL om budgeten")));
    expect(again.cancelledCount).toBe(1);
    const statuses = [...seen(again).values()].map(([sequence, status]) => `${sequence}:${status}`).sort();
    expect(statuses).toEqual(["0:", "0:", "0:", "1:CANCELLED"]);
  });
});
