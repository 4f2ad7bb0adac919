/**
 * Edits from the pane with the Office adapter on the mock Excel: fixes by ID, sorting, selecting
 * a finding's cell, plan info, and the table's change event.
 */
import { derivedPlanId } from "../../src/domain/ics";
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { TABLE_HEADER_ROW } from "./testImports";
import { useMockExcel } from "./officeSetup";
import { smallTimeline } from "./timelineFixtures";

jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "Excel", Outlook: "Outlook", Word: "Word" },
}));

const bed = useMockExcel();
const { body, createSmall } = bed;

describe("fixes and selection", () => {
  test("set-owner writes the owner of the row with that ID only", async () => {
    await createSmall();
    bed.excel.grid.reorderRows(bed.excel.grid.tables.get("Tidsplan")!, [2, 1, 0]);
    const result = await createOfficeWorkbook().applyFix({
      type: "set-owner",
      entryId: "c3",
      owner: "Kommunstyrelsen",
    });
    expect(result.ok).toBe(true);
    expect(body().map((r) => r[5])).toEqual(["Kommunstyrelsen", "Förvaltningsgruppen", "KS"]);
  });

  test("selectCell selects the finding's row by ID", async () => {
    await createSmall();
    await createOfficeWorkbook().selectCell("b2", "owner");
    expect(bed.excel.selected).toEqual({ sheet: "Tidsplan", row: TABLE_HEADER_ROW + 2, col: 5 });
  });

  test("plan info round trip through custom properties", async () => {
    const port = createOfficeWorkbook();
    expect(await port.getPlanInfo()).toEqual({ ok: true, value: null });
    await port.setPlanInfo({ title: "Budget 2027", year: 2027 });
    expect(await port.getPlanInfo()).toEqual({
      ok: true,
      value: { title: "Budget 2027", year: 2027, id: derivedPlanId("Budget 2027") },
    });
  });
});

describe("sort-chronologically", () => {
  test("sorts the table by Start with Excel's table.sort in at most 2 syncs", async () => {
    const timeline = smallTimeline();
    const reversed = { ...timeline, entries: [...timeline.entries].reverse() };
    expect((await createOfficeWorkbook().createTimelineTable(reversed, "sv")).ok).toBe(true);
    expect(body().map((row) => row[0])).toEqual(["c3", "b2", "a1"]);
    bed.excel.syncs = 0;
    expect(await createOfficeWorkbook().applyFix({ type: "sort-chronologically" })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(bed.excel.syncs).toBeLessThanOrEqual(2);
    expect(body().map((row) => [row[0], row[1]])).toEqual([
      ["a1", "5 februari"],
      ["b2", "12 mars"],
      ["c3", "30 april"],
    ]);
  });
});

describe("onTableChanged", () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  test("calls the handler for edits to the user's columns, not for Start/Slut/Kontroll only", async () => {
    await createSmall();
    const handler = jest.fn();
    const unsubscribe = await createOfficeWorkbook().onTableChanged(handler);
    expect(bed.excel.changeHandlerCount("Tidsplan")).toBe(1);
    await bed.excel.changeTable("Tidsplan", "Tidsplan!F5"); // Ansvarig
    expect(handler).toHaveBeenCalledTimes(1);
    await bed.excel.changeTable("Tidsplan", "C5:D7"); // Start and Slut, as a check writes them
    await bed.excel.changeTable("Tidsplan", "Tidsplan!I5:I7"); // Kontroll
    expect(handler).toHaveBeenCalledTimes(1);
    await bed.excel.changeTable("Tidsplan", "B5:C5"); // När and Start together: the user typed
    expect(handler).toHaveBeenCalledTimes(2);
    unsubscribe();
    await settle();
    expect(bed.excel.changeHandlerCount("Tidsplan")).toBe(0);
    await bed.excel.changeTable("Tidsplan", "Tidsplan!F5");
    expect(handler).toHaveBeenCalledTimes(2);
  });

  test("without a table it subscribes to nothing and unsubscribing is harmless", async () => {
    const handler = jest.fn();
    const unsubscribe = await createOfficeWorkbook().onTableChanged(handler);
    expect(bed.excel.changeHandlerCount("Tidsplan")).toBe(0);
    expect(() => unsubscribe()).not.toThrow();
  });
});
