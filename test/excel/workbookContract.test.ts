/**
 * One contract, two workbooks: the in-memory workbook and the Office adapter (on the mock Excel)
 * must give the pane the same answers for the same calls.
 */
import { createMemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { retrySettings } from "../../src/excel/office/runExcel";
import type { WorkbookPort } from "../../src/excel/workbookPort";
import { createMockExcel } from "./mockExcel";
import { derivedPlanId } from "../../src/domain/ics";
import { planInfo, smallTimeline } from "./timelineFixtures";
import { deriveChains, readChainRules } from "../../src/domain/chains";
import { importRows } from "../../src/domain/import/importRows";

jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "Excel", Outlook: "Outlook", Word: "Word" },
}));

const implementations: [string, () => WorkbookPort][] = [
  ["memory", () => createMemoryWorkbook()],
  [
    "office (mock Excel)",
    () => {
      createMockExcel().install();
      retrySettings.delaysMs = [0];
      return createOfficeWorkbook();
    },
  ],
];

describe.each(implementations)("WorkbookPort contract: %s", (_name, make) => {
  let port: WorkbookPort;
  beforeEach(() => {
    port = make();
  });

  test("create → read gives back the entries as RawRows", async () => {
    expect((await port.createTimelineTable(smallTimeline(), "sv")).ok).toBe(true);
    const read = await port.readTimelineTable();
    if (!read.ok || read.value === null) throw new Error("expected a table");
    // The plan comes back with its identity (derived from the title when the table was made).
    expect(read.value.plan).toEqual({ ...planInfo, id: derivedPlanId(planInfo.title) });
    expect(read.value.headerLanguage).toBe("sv");
    expect(read.value.rows).toEqual([
      {
        line: 5,
        id: "a1",
        when: "5 februari",
        event: "Budgetdialog",
        owner: "KS",
        notes: "",
        category: "Beslut",
      },
      {
        line: 6,
        id: "b2",
        when: "12 mars",
        event: '=HYPERLINK("http://x","klicka")',
        owner: "Förvaltningsgruppen",
        notes: "",
        category: "Beslut",
      },
      { line: 7, id: "c3", when: "30 april", event: "+SUM(A1)", owner: "", notes: "", category: "Beslut" },
    ]);
  });

  test("English headers in an English Excel", async () => {
    await port.createTimelineTable(smallTimeline(), "en");
    const read = await port.readTimelineTable();
    if (!read.ok || read.value === null) throw new Error("expected a table");
    expect(read.value.headerLanguage).toBe("en");
    expect(read.value.rows[0]?.category).toBe("Decision");
  });

  test("a fix applied by ID is read back", async () => {
    await port.createTimelineTable(smallTimeline(), "sv");
    expect((await port.applyFix({ type: "set-owner", entryId: "c3", owner: "Kommunstyrelsen" })).ok).toBe(
      true,
    );
    expect((await port.applyFix({ type: "set-when", entryId: "a1", when: "6 februari" })).ok).toBe(true);
    const read = await port.readTimelineTable();
    if (!read.ok || read.value === null) throw new Error("expected a table");
    expect(read.value.rows.map((row) => [row.id, row.when, row.owner])).toEqual([
      ["a1", "6 februari", "KS"],
      ["b2", "12 mars", "Förvaltningsgruppen"],
      ["c3", "30 april", "Kommunstyrelsen"],
    ]);
  });

  test("a fix for a row that is gone says changed-meanwhile", async () => {
    await port.createTimelineTable(smallTimeline(), "sv");
    expect(await port.applyFix({ type: "set-owner", entryId: "nope", owner: "KS" })).toMatchObject({
      ok: false,
      code: "changed-meanwhile",
    });
  });

  test("writing a check leaves the rows as they were and reports unmatched ids", async () => {
    await port.createTimelineTable(smallTimeline(), "sv");
    const result = await port.writeCheckResults([
      { id: "b2", kontroll: "⚠ Ansvarig saknas" },
      { id: "gone", kontroll: "✖ x" },
    ]);
    expect(result).toMatchObject({ ok: true, value: { written: 1, unmatched: ["gone"] } });
    const read = await port.readTimelineTable();
    if (!read.ok || read.value === null) throw new Error("expected a table");
    expect(read.value.rows.map((row) => row.id)).toEqual(["a1", "b2", "c3"]);
    expect((await port.clearCheck()).ok).toBe(true);
  });

  test("without a table: read is null, writing says no-table", async () => {
    expect(await port.readTimelineTable()).toEqual({ ok: true, value: null });
    expect(await port.writeCheckResults([{ id: "a", kontroll: "" }])).toMatchObject({
      ok: false,
      code: "no-table",
    });
  });

  test("checkTable: the check sees the rows read, its updates are written by ID", async () => {
    await port.createTimelineTable(smallTimeline(), "sv");
    const result = await port.checkTable((read) =>
      read.rows.map((row) => ({ id: row.id ?? "", kontroll: row.owner === "" ? "⚠ Ansvarig saknas" : "" })),
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        read: { headerLanguage: "sv", plan: { ...planInfo, id: derivedPlanId(planInfo.title) } },
        write: { written: 3, unmatched: [] },
      },
    });
    const read = await port.readTimelineTable();
    if (!read.ok || read.value === null) throw new Error("expected a table");
    expect(read.value.rows.map((row) => row.id)).toEqual(["a1", "b2", "c3"]);
    expect(await port.checkTable(() => [])).toMatchObject({ ok: true, value: { write: { written: 0 } } });
  });

  test("checkTable: the check gets the Ansvariga register with the table (null without one)", async () => {
    await port.createTimelineTable(smallTimeline(), "sv");
    const seen: unknown[] = [];
    await port.checkTable((read) => {
      seen.push(read.owners);
      return [];
    });
    const ks = { name: "KS", aliases: ["Kommunstyrelsen"], color: "#FF0000", email: "ks@x.se" };
    expect((await port.createOwnersTable([ks])).ok).toBe(true);
    const result = await port.checkTable((read) => {
      seen.push(read.owners);
      return [];
    });
    expect(seen).toEqual([null, [ks]]);
    expect(result).toMatchObject({ ok: true, value: { read: { owners: [ks] } } });
  });

  test("checkTable without a table says no-table", async () => {
    expect(await port.checkTable(() => [])).toMatchObject({ ok: false, code: "no-table" });
  });

  test("set-id writes a fresh ID on the named sheet row, and refuses when that row no longer holds the ID", async () => {
    expect((await port.createTimelineTable(smallTimeline(), "sv")).ok).toBe(true);
    // Body rows start on sheet row 5 (header on row 4): b2 is on row 6.
    expect((await port.applyFix({ type: "set-id", entryId: "b2", line: 6, id: "rnew01" })).ok).toBe(true);
    const read = await port.readTimelineTable();
    if (!read.ok || read.value === null) throw new Error("expected a table");
    expect(read.value.rows.map((row) => [row.line, row.id])).toEqual([
      [5, "a1"],
      [6, "rnew01"],
      [7, "c3"],
    ]);
    expect(await port.applyFix({ type: "set-id", entryId: "b2", line: 6, id: "rnew02" })).toMatchObject({
      ok: false,
      code: "changed-meanwhile",
    });
    expect(await port.applyFix({ type: "set-id", entryId: "a1", line: 7, id: "rnew03" })).toMatchObject({
      ok: false,
      code: "changed-meanwhile",
    });
  });

  test("plan info round trip", async () => {
    expect(await port.getPlanInfo()).toEqual({ ok: true, value: null });
    await port.setPlanInfo({ title: "Budget", year: 2027 });
    expect(await port.getPlanInfo()).toEqual({
      ok: true,
      value: { title: "Budget", year: 2027, id: derivedPlanId("Budget") },
    });
    await port.setPlanInfo({ title: "Budget (ny titel)", year: 2027, id: "p-00ff00ff" });
    expect(await port.getPlanInfo()).toEqual({
      ok: true,
      value: { title: "Budget (ny titel)", year: 2027, id: "p-00ff00ff" },
    });
  });

  test("Härled datum: derived rows appended, then rewritten by ID after the meeting moved; a stale update refused", async () => {
    const plan = { title: "Sammanträdesplan", year: 2027 };
    const meetings = importRows(
      [
        {
          line: 5,
          id: "ks1",
          when: "1 april",
          event: "Kommunstyrelsen",
          owner: "Kommunstyrelsen",
          notes: "",
        },
      ],
      plan,
    );
    expect((await port.createTimelineTable(meetings, "sv")).ok).toBe(true);
    const chains = readChainRules([
      ["Kedja: KS", "På", "kallelse 5 dagar före (påminnelse); justering senast 14 dagar efter", ""],
    ]);
    const readPlan = async () => {
      const read = await port.readTimelineTable();
      if (!read.ok || read.value === null) throw new Error("expected a table");
      return importRows(read.value.rows, plan);
    };
    const first = deriveChains(await readPlan(), chains.templates);
    expect(await port.applyDerivedRows?.(first.adds, first.updates)).toEqual({
      ok: true,
      value: { added: 2, updated: 0 },
    });
    // The same rows again (a second click, another pane): refused, nothing added twice.
    expect(await port.applyDerivedRows?.(first.adds, [])).toMatchObject({
      ok: false,
      code: "changed-meanwhile",
    });
    const derived = await readPlan();
    expect(derived.entries.map((e) => [e.id, e.when, e.event])).toEqual([
      ["ks1", "1 april", "Kommunstyrelsen"],
      ["ks1-kallelse", "senast 25 mars", "Kallelse – Kommunstyrelsen 1 april"],
      ["ks1-justering", "15 april", "Justering – Kommunstyrelsen 1 april"],
    ]);
    // The meeting moves (as the user would type it); derive again: only the derived rows change.
    expect((await port.applyFix({ type: "set-when", entryId: "ks1", when: "8 april" })).ok).toBe(true);
    const second = deriveChains(await readPlan(), chains.templates);
    expect(second.updates.map((u) => u.id)).toEqual(["ks1-kallelse", "ks1-justering"]);
    // A stale update (its row no longer holds what it was derived from) writes nothing.
    const stale = second.updates.map((u) => ({ ...u, before: { when: "2 april", event: u.before.event } }));
    expect(await port.applyDerivedRows?.([], stale)).toMatchObject({ ok: false, code: "changed-meanwhile" });
    expect((await readPlan()).entries.find((e) => e.id === "ks1-kallelse")?.when).toBe("senast 25 mars");
    expect(await port.applyDerivedRows?.(second.adds, second.updates)).toEqual({
      ok: true,
      value: { added: 0, updated: 2 },
    });
    expect((await readPlan()).entries.map((e) => [e.id, e.when])).toEqual([
      ["ks1", "8 april"],
      ["ks1-kallelse", "senast 2 april"],
      ["ks1-justering", "22 april"],
    ]);
  });
});
