/**
 * insertPictureSheet (the årshjul's picture) with the Office adapter on the mock Excel
 * (office-addin-mock). The shared mock has no shapes, so this file adds `shapes.addImage` to
 * the worksheets its batches create, recording what the adapter put on each sheet.
 */
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { pngSize } from "../../src/excel/office/pictureSheet";
import { useMockExcel } from "./officeSetup";

jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "Excel", Outlook: "Outlook", Word: "Word" },
}));

const bed = useMockExcel();

// A 1×1 PNG, and the same header claiming 1958×1350 px (the wheel rendered at 2×).
const PNG_1X1 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const PNG_WHEEL = Buffer.concat([
  Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"),
  Buffer.from([0, 0, 0x07, 0xa6, 0, 0, 0x05, 0x46]),
  Buffer.from("0806000000", "hex"),
]).toString("base64");

type Obj = Record<string | symbol, unknown>;
interface Added {
  readonly sheet: string;
  readonly base64: string;
  readonly shape: Obj;
  readonly sheetObject: Obj;
}

/** Wrap Excel.run so that worksheets.add(name) gets shapes.addImage; returns what was added. */
function recordPictures(): Added[] {
  const added: Added[] = [];
  const g = globalThis as unknown as {
    Excel: { run: (batch: (context: Obj) => Promise<unknown>) => Promise<unknown> };
  };
  const run = g.Excel.run;
  const wrap = (target: Obj, key: string, replace: (value: unknown) => unknown): Obj =>
    new Proxy(target, { get: (t, p) => (p === key ? replace(Reflect.get(t, p)) : Reflect.get(t, p)) });
  g.Excel.run = (batch) =>
    run((context) =>
      batch(
        wrap(context, "workbook", (workbook) =>
          wrap(workbook as Obj, "worksheets", (worksheets) =>
            wrap(worksheets as Obj, "add", (add) => (name: string) => {
              const sheet = (add as (name: string) => Obj)(name);
              return Object.assign(sheet, {
                shapes: {
                  addImage: (base64: string) => {
                    const shape: Obj = {};
                    added.push({ sheet: name, base64, shape, sheetObject: sheet });
                    return shape;
                  },
                },
              });
            }),
          ),
        ),
      ),
    );
  return added;
}

describe("insertPictureSheet", () => {
  test("puts the picture on a new generated sheet in three syncs, sized for the 2× render", async () => {
    const added = recordPictures();
    const port = createOfficeWorkbook();
    expect(await port.insertPictureSheet("Årshjul 2007", PNG_WHEEL, "tidsplan:arshjul")).toEqual({
      ok: true,
      value: undefined,
    });
    expect(bed.excel.syncs).toBe(3);
    expect(bed.excel.grid.sheets.has("Årshjul 2007")).toBe(true);
    expect(added).toHaveLength(1);
    expect(added[0]?.base64).toBe(PNG_WHEEL);
    // 1958 px at 2× → 979 px shown → 734.25 pt.
    expect(added[0]?.shape).toMatchObject({ name: "Årshjul 2007", lockAspectRatio: true, width: 734.25 });
    expect(added[0]?.sheetObject.showGridlines).toBe(false);
    const markers = [...bed.excel.properties.entries()].filter(([key]) =>
      key.startsWith("TidsplanGenererat_"),
    );
    // The fallback mark names the sheet too (generatedMarker.ts).
    expect(markers.map(([, value]) => value)).toEqual(["Årshjul 2007|tidsplan:arshjul"]);
  });

  test("replaces the sheet it generated before, leaving one sheet and one marker", async () => {
    const added = recordPictures();
    const port = createOfficeWorkbook();
    expect((await port.insertPictureSheet("Årshjul 2007", PNG_1X1, "tidsplan:arshjul")).ok).toBe(true);
    expect((await port.insertPictureSheet("Årshjul 2007", PNG_WHEEL, "tidsplan:arshjul")).ok).toBe(true);
    expect(added.map((a) => a.base64)).toEqual([PNG_1X1, PNG_WHEEL]);
    expect([...bed.excel.grid.sheets.keys()].filter((name) => name === "Årshjul 2007")).toHaveLength(1);
    const markers = [...bed.excel.properties.keys()].filter((key) => key.startsWith("TidsplanGenererat_"));
    expect(markers).toHaveLength(1);
  });

  test("refuses a user's own sheet of that name and leaves it as it was", async () => {
    const added = recordPictures();
    bed.excel.grid.addSheet("Årshjul 2007");
    bed.excel.grid.set("Årshjul 2007", 0, 0, "mitt eget årshjul");
    const result = await createOfficeWorkbook().insertPictureSheet(
      "Årshjul 2007",
      PNG_1X1,
      "tidsplan:arshjul",
    );
    expect(result).toMatchObject({ ok: false, code: "name-taken" });
    expect(added).toHaveLength(0);
    expect(bed.excel.grid.get("Årshjul 2007", 0, 0)?.value).toBe("mitt eget årshjul");
  });

  test("without ExcelApi 1.9 says the feature is unavailable and touches nothing", async () => {
    bed.excel.requirementSets.delete("1.9");
    const result = await createOfficeWorkbook().insertPictureSheet(
      "Årshjul 2007",
      PNG_1X1,
      "tidsplan:arshjul",
    );
    expect(result).toMatchObject({ ok: false, code: "unsupported" });
    expect(bed.excel.syncs).toBe(0);
    expect(bed.excel.grid.sheets.has("Årshjul 2007")).toBe(false);
  });
});

describe("pngSize", () => {
  test("reads the IHDR size of a PNG and refuses anything else", () => {
    expect(pngSize(PNG_1X1)).toEqual({ width: 1, height: 1 });
    expect(pngSize(PNG_WHEEL)).toEqual({ width: 1958, height: 1350 });
    expect(pngSize(Buffer.from("GIF89a......................").toString("base64"))).toBeNull();
    expect(pngSize("not base64 at all!")).toBeNull();
  });
});
