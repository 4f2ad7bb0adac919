/**
 * Generated-sheet marks (generatedMarker.ts). Worksheet.id can change between sessions and
 * versions (office-js #1390): with ExcelApi 1.12 the mark is a worksheet custom property, which
 * survives it; without, a stale or foreign mark never makes a user's sheet the add-in's. A user's
 * sheet is never deleted or overwritten.
 */
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { useMockExcel } from "./officeSetup";

jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "Excel", Outlook: "Outlook", Word: "Word" },
}));

const bed = useMockExcel();

const model = (text: string) => ({
  name: "Kalender 2007",
  generatedBy: "tidsplan:calendar",
  styles: {},
  merges: [],
  columnWidths: [10],
  cells: [{ row: 0, col: 0, value: { type: "text" as const, text } }],
});

const a1 = () => bed.excel.grid.get("Kalender 2007", 0, 0)?.value;

/** A user's own sheet "Kalender 2007" with notes in A1; returns its id. */
function userSheet(): string {
  bed.excel.grid.addSheet("Kalender 2007");
  bed.excel.grid.set("Kalender 2007", 0, 0, "mina anteckningar");
  return bed.excel.sheetIdOf("Kalender 2007") ?? "";
}

describe("with ExcelApi 1.12 (worksheet custom properties)", () => {
  beforeEach(() => bed.excel.requirementSets.add("1.12"));

  test("the add-in still recognises its sheet after Excel gave every sheet a new id", async () => {
    const port = createOfficeWorkbook();
    expect((await port.renderSheetModel(model("v1"))).ok).toBe(true);
    expect(bed.excel.sheetProperties.get("Kalender 2007")?.get("TidsplanGenererat")).toBe(
      "tidsplan:calendar",
    );
    bed.excel.reissueSheetIds();
    expect(await port.renderSheetModel(model("v2"))).toEqual({ ok: true, value: undefined });
    expect(a1()).toBe("v2");
  });

  test("a user's sheet of that name is refused, even under a document mark that names it", async () => {
    const id = userSheet();
    // A fallback mark for this very id and name (left by an older Excel): not trusted where 1.12 is.
    bed.excel.properties.set(`TidsplanGenererat_${id}`, "Kalender 2007|tidsplan:calendar");
    expect(await createOfficeWorkbook().renderSheetModel(model("v1"))).toMatchObject({
      ok: false,
      code: "name-taken",
    });
    expect(a1()).toBe("mina anteckningar");
  });
});

describe("without ExcelApi 1.12 (fallback: a document mark keyed by the sheet's id)", () => {
  test("a user's sheet under a stale mark for its id but another name is refused and left as it was", async () => {
    const port = createOfficeWorkbook();
    expect((await port.renderSheetModel(model("v1"))).ok).toBe(true);
    const [markKey] = [...bed.excel.properties.keys()].filter((key) => key.startsWith("TidsplanGenererat_"));
    expect(markKey).toBeDefined();
    // The mark now says another sheet had this id (the id was given to another sheet since).
    bed.excel.properties.set(markKey ?? "", "Årshjul 2007|tidsplan:arshjul");
    bed.excel.grid.set("Kalender 2007", 0, 0, "mina anteckningar");
    expect(await port.renderSheetModel(model("v2"))).toMatchObject({ ok: false, code: "name-taken" });
    expect(a1()).toBe("mina anteckningar");
  });

  test("an old mark without the sheet's name is not trusted: refused, nothing deleted", async () => {
    const port = createOfficeWorkbook();
    expect((await port.renderSheetModel(model("v1"))).ok).toBe(true);
    const [markKey] = [...bed.excel.properties.keys()].filter((key) => key.startsWith("TidsplanGenererat_"));
    bed.excel.properties.set(markKey ?? "", "tidsplan:calendar");
    expect(await port.renderSheetModel(model("v2"))).toMatchObject({ ok: false, code: "name-taken" });
    expect(a1()).toBe("v1");
  });

  test("its own sheet, marked with its name, is replaced", async () => {
    const port = createOfficeWorkbook();
    expect((await port.renderSheetModel(model("v1"))).ok).toBe(true);
    expect(await port.renderSheetModel(model("v2"))).toEqual({ ok: true, value: undefined });
    expect(a1()).toBe("v2");
  });
});
