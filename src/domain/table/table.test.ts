import { assignMissingIds, isUsableRowId, newRowId } from "./rowIds";
import { mapHeaders, tableHeaders } from "./columns";
import { planCheckWrite, toRuns } from "./checkWritePlan";
import { rawRowsFromValues } from "./tableRows";
import { mergeOwners, ownersFromValues } from "./ownerColumns";
import { toExcelSerial } from "../dates/excelSerial";

describe("mapHeaders", () => {
  test("Swedish headers, in any order, with the user's own columns ignored", () => {
    expect(mapHeaders(["Egen", "Händelse", "NÄR ", "Ansvarig", "Kontroll"])).toEqual({
      columns: { event: 1, when: 2, owner: 3, check: 4 },
      language: "sv",
    });
  });
  test("English headers", () => {
    expect(mapHeaders(tableHeaders("en"))?.language).toBe("en");
    expect(mapHeaders(tableHeaders("en"))?.columns.check).toBe(8);
  });
  test("a table without När or Händelse is not a timeline", () => {
    expect(mapHeaders(["Namn", "Alias"])).toBeNull();
    expect(mapHeaders(["När", "Ansvarig"])).toBeNull();
  });
});

describe("row IDs", () => {
  test("new IDs are short and never collide with the table's", () => {
    const x = [17 / 36, 6 / 36, 10 / 36, 1 / 36, 33 / 36];
    const y = [0, 1 / 36, 2 / 36, 3 / 36, 4 / 36];
    // A random source that gives the same ID twice, then another one.
    const sequence = [...x, ...x, ...y];
    let calls = 0;
    const random = () => sequence[calls++ % sequence.length] ?? 0;
    const first = newRowId(new Set(), random);
    const second = newRowId(new Set([first]), random);
    expect(first).toBe("rrgkb7");
    expect(second).toBe("rabcde");
  });
  test("a random source stuck on one value still ends, with an unused ID", () => {
    const taken = new Set(["raaaaa"]);
    const id = newRowId(taken, () => 0);
    expect(taken.has(id)).toBe(false);
  });
  test("assignMissingIds keeps existing IDs and replaces empties and duplicates", () => {
    const ids = assignMissingIds(["a1", "", "a1", "b2"]);
    expect(ids[0]).toBe("a1");
    expect(ids[3]).toBe("b2");
    expect(new Set(ids).size).toBe(4);
  });
  test("IDs that would be odd in a cell are not used as they are", () => {
    expect(isUsableRowId("r7k2x9")).toBe(true);
    expect(isUsableRowId("=1+1")).toBe(false);
    expect(isUsableRowId("")).toBe(false);
  });
});

describe("planCheckWrite", () => {
  const table = {
    firstLine: 5,
    ids: ["c", "", "a"],
    categories: ["Egen", "", ""],
    start: ["", "", ""] as (string | number)[],
    end: ["", "", ""] as (string | number)[],
    check: ["old", "old", "old"] as (string | number)[],
  };
  test("matches by ID, not by the order of the updates", () => {
    const plan = planCheckWrite(table, [
      { id: "a", kontroll: "A", start: { year: 2007, month: 2 /* feb */, day: 5 } },
      { id: "c", kontroll: "C", kategori: "Beslut" },
    ]);
    expect(plan.check).toEqual(["C", "old", "A"]);
    expect(plan.start).toEqual(["", "", toExcelSerial({ year: 2007, month: 2, day: 5 })]);
    expect(plan.categoryRuns).toEqual([]); // "Egen" is the user's own: not overwritten
    expect(plan.written).toBe(2);
  });
  test("a row without ID gets one, via the update's line, and the update's id is reported", () => {
    const plan = planCheckWrite(table, [{ id: "x-entry-7", line: 6, kontroll: "B", kategori: "Möte" }]);
    expect(plan.idRuns).toHaveLength(1);
    expect(plan.idRuns[0]?.firstRow).toBe(1);
    expect(plan.assignedIds["x-entry-7"]).toBe(plan.ids[1]);
    expect(plan.check).toEqual(["old", "B", "old"]);
    expect(plan.categoryRuns).toEqual([{ firstRow: 1, values: ["Möte"] }]);
  });
  test("an update whose row is gone is reported, and no other row is written", () => {
    const plan = planCheckWrite(table, [{ id: "deleted", kontroll: "X" }]);
    expect(plan.unmatched).toEqual(["deleted"]);
    expect(plan.check).toEqual(["old", "old", "old"]);
  });
  test("toRuns groups consecutive rows", () => {
    expect(toRuns(["a", "b", null, "c"])).toEqual([
      { firstRow: 0, values: ["a", "b"] },
      { firstRow: 3, values: ["c"] },
    ]);
  });
});

describe("rawRowsFromValues", () => {
  const mapping = mapHeaders(["ID", "När", "Händelse", "Ansvarig", "Innehåll"])!;
  test("an Excel date cell in När keeps its date; blank rows are left out", () => {
    const serial = toExcelSerial({ year: 2007, month: 3 /* mar */, day: 1 });
    expect(
      rawRowsFromValues(
        [
          ["r1", serial, "Budget", "KS", ""],
          ["", "", "", "", ""],
          ["r2", " 5 februari ", "Möte", "", "Lokal"],
        ],
        mapping,
        5,
      ),
    ).toEqual([
      {
        line: 5,
        id: "r1",
        when: "2007-03-01",
        event: "Budget",
        owner: "KS",
        notes: "",
        whenDate: { year: 2007, month: 3, day: 1 },
      },
      { line: 7, id: "r2", when: "5 februari", event: "Möte", owner: "", notes: "Lokal" },
    ]);
  });
});

describe("owners", () => {
  test("aliases split on ; and English headers are read", () => {
    expect(
      ownersFromValues([
        ["Name", "Alias", "Colour"],
        ["KS", "Kommunstyrelsen;  Styrelsen", "#FF0000"],
      ]),
    ).toEqual([{ name: "KS", aliases: ["Kommunstyrelsen", "Styrelsen"], color: "#FF0000", email: "" }]);
  });
  test("merging keeps the user's records and adds only new names", () => {
    const ks = { name: "KS", aliases: ["x"], color: "#f00", email: "" };
    expect(
      mergeOwners(
        [ks],
        [
          { ...ks, name: "ks", aliases: [] },
          { ...ks, name: "MBL" },
        ],
      ).map((o) => o.name),
    ).toEqual(["KS", "MBL"]);
  });
});
