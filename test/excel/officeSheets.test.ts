/**
 * Generated sheets and the owner register with the Office adapter on the mock Excel.
 */
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { useMockExcel } from "./officeSetup";

jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "Excel", Outlook: "Outlook", Word: "Word" },
}));

const bed = useMockExcel();
const { body, createSmall } = bed;

describe("renderSheetModel", () => {
  const model = (text: string) => ({
    name: "Kalender 2007",
    generatedBy: "tidsplan:calendar",
    styles: { head: { bold: true, fill: "#DDEEFF" }, day: { border: "#999999" } },
    merges: [{ row: 0, col: 0, rowCount: 1, colCount: 3 }],
    columnWidths: [10, 10, 10],
    freeze: { rows: 1, columns: 0 },
    cells: [
      { row: 0, col: 0, value: { type: "text" as const, text }, style: "head" },
      { row: 1, col: 0, value: { type: "text" as const, text: "=1+1" }, style: "day" },
      {
        row: 1,
        col: 1,
        value: { type: "date" as const, date: { year: 2007, month: 3 /* mar */, day: 1 } },
        style: "day",
      },
    ],
  });

  test("renders in at most 3 syncs and text stays text", async () => {
    const port = createOfficeWorkbook();
    expect((await port.renderSheetModel(model("v1"))).ok).toBe(true);
    expect(bed.excel.syncs).toBeLessThanOrEqual(3);
    expect(bed.excel.grid.get("Kalender 2007", 1, 0)).toMatchObject({ value: "=1+1", numberFormat: "@" });
    expect(bed.excel.formulas.size).toBe(0);
    expect(bed.excel.grid.get("Kalender 2007", 1, 1)?.numberFormat).toBe("yyyy-mm-dd");
    expect([...bed.excel.properties.keys()].some((key) => key.startsWith("TidsplanGenererat_"))).toBe(true);
  });

  test("a plan title with & reaches the page header as && (a header code otherwise)", async () => {
    const titled = {
      ...model("v1"),
      print: {
        orientation: "landscape" as const,
        paperSize: "A3" as const,
        fitToPageWidth: true,
        centerHeader: "Vård & omsorg",
      },
    };
    expect((await createOfficeWorkbook().renderSheetModel(titled)).ok).toBe(true);
    expect(bed.excel.centerHeaders.get("Kalender 2007")).toBe("Vård && omsorg");
  });

  test("activates the sheet it made (WorksheetCollection.add leaves it out of sight)", async () => {
    bed.excel.grid.addSheet("Mitt blad");
    expect((await createOfficeWorkbook().renderSheetModel(model("v1"))).ok).toBe(true);
    expect(bed.excel.activeSheet).toBe("Kalender 2007");
  });

  test("a user's own sheet with that name is refused and left as it was", async () => {
    bed.excel.grid.addSheet("Kalender 2007");
    bed.excel.grid.set("Kalender 2007", 0, 0, "mina anteckningar");
    const result = await createOfficeWorkbook().renderSheetModel(model("v1"));
    expect(result).toMatchObject({ ok: false, code: "name-taken" });
    expect(bed.excel.grid.get("Kalender 2007", 0, 0)?.value).toBe("mina anteckningar");
  });
});

describe("renderSheetModel again over the add-in's own sheet", () => {
  const model = (text: string) => ({
    name: "Kalender 2007",
    generatedBy: "tidsplan:calendar",
    styles: {},
    merges: [],
    columnWidths: [10],
    cells: [{ row: 0, col: 0, value: { type: "text" as const, text } }],
  });
  const markers = () =>
    [...bed.excel.properties.keys()].filter((key) => key.startsWith("TidsplanGenererat_"));

  test("replaces it in at most 3 syncs, with one generated-marker for the new sheet", async () => {
    const port = createOfficeWorkbook();
    expect(await port.renderSheetModel(model("v1"))).toEqual({ ok: true, value: undefined });
    const first = markers();
    bed.excel.syncs = 0;
    expect(await port.renderSheetModel(model("v2"))).toEqual({ ok: true, value: undefined });
    expect(bed.excel.syncs).toBeLessThanOrEqual(3);
    expect(bed.excel.grid.get("Kalender 2007", 0, 0)?.value).toBe("v2");
    expect(markers()).toHaveLength(1);
    expect(markers()).not.toEqual(first);
    // And a third time: the new sheet was remembered as generated.
    expect((await port.renderSheetModel(model("v3"))).ok).toBe(true);
    expect(bed.excel.grid.get("Kalender 2007", 0, 0)?.value).toBe("v3");
  });

  test("a user's sheet that took the name of a generated one (renamed away) is refused", async () => {
    const port = createOfficeWorkbook();
    await port.renderSheetModel(model("v1"));
    // The user deletes the generated sheet by hand and makes their own of that name.
    bed.excel.grid.deleteSheet("Kalender 2007");
    bed.excel.grid.addSheet("Kalender 2007");
    bed.excel.grid.set("Kalender 2007", 0, 0, "mitt");
    expect(await port.renderSheetModel(model("v2"))).toMatchObject({ ok: false, code: "name-taken" });
    expect(bed.excel.grid.get("Kalender 2007", 0, 0)?.value).toBe("mitt");
  });
});

describe("owners (Ansvariga)", () => {
  const ks = { name: "KS", aliases: ["Kommunstyrelsen", "KS-au"], color: "#FF0000", email: "ks@x.se" };
  const fg = { name: "Förvaltningsgruppen", aliases: [], color: "", email: "" };

  test("createOwnersTable makes the table, readOwners reads it back, a second call adds new names", async () => {
    await createSmall();
    const port = createOfficeWorkbook();
    expect(await port.readOwners()).toEqual({ ok: true, value: null });
    expect(await port.createOwnersTable([ks])).toEqual({ ok: true, value: { dropdown: true } });
    expect(bed.excel.grid.tableHeader(bed.excel.grid.tables.get("Ansvariga")!)).toEqual([
      "Namn",
      "Alias",
      "Färg",
      "E-post",
    ]);
    expect(body("Ansvariga")).toEqual([["KS", "Kommunstyrelsen; KS-au", "#FF0000", "ks@x.se"]]);
    await port.createOwnersTable([{ ...ks, aliases: [] }, fg]);
    expect(await port.readOwners()).toEqual({ ok: true, value: [ks, fg] });
  });

  test("with ExcelApi 1.8 the Ansvarig column gets an in-cell dropdown from the register", async () => {
    await createSmall();
    await createOfficeWorkbook().createOwnersTable([ks, fg]);
    expect(bed.excel.validations).toEqual([
      {
        sheet: "Tidsplan",
        row: 4,
        col: 5,
        rows: 3,
        cols: 1,
        source: '=INDIRECT("Ansvariga[Namn]")',
        inCellDropDown: true,
      },
    ]);
  });

  test("without ExcelApi 1.8 the table is made, no dropdown, and the result says why", async () => {
    await createSmall();
    bed.excel.requirementSets.delete("1.8");
    bed.excel.requirementSets.delete("1.9");
    const result = await createOfficeWorkbook().createOwnersTable([ks]);
    if (!result.ok) throw new Error(result.code);
    expect(result.value.dropdown).toBe(false);
    expect(result.value.dropdownMessage?.sv).toContain("finns inte");
    expect(result.value.dropdownMessage?.en).toContain("not available");
    expect(bed.excel.validations).toEqual([]);
    expect(body("Ansvariga")).toHaveLength(1);
  });

  test("a user's own sheet named Ansvariga is refused", async () => {
    bed.excel.grid.addSheet("Ansvariga");
    expect(await createOfficeWorkbook().createOwnersTable([ks])).toMatchObject({
      ok: false,
      code: "name-taken",
    });
  });
});
