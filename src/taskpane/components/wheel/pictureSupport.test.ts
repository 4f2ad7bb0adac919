import { createMemoryWorkbook } from "../../../excel/memoryWorkbook";
import type { WorkbookPort } from "../../../excel/workbookPort";
import { pictureInsertSupported } from "./pictureSupport";

const excelPort = { ...createMemoryWorkbook(), kind: "excel" } as WorkbookPort;

function officeWith(sets: readonly string[] | null): void {
  const g = globalThis as unknown as { Office?: unknown };
  g.Office =
    sets === null
      ? {}
      : {
          context: {
            requirements: {
              isSetSupported: (name: string, v: string) => name === "ExcelApi" && sets.includes(v),
            },
          },
        };
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

describe("Infoga årshjul is offered", () => {
  it("in an Excel with ExcelApi 1.9 (shapes.addImage)", () => {
    officeWith(["1.8", "1.9"]);
    expect(pictureInsertSupported(excelPort)).toBe(true);
  });

  it("not in an older Excel, nor before Office is ready", () => {
    officeWith(["1.8"]);
    expect(pictureInsertSupported(excelPort)).toBe(false);
    officeWith(null);
    expect(pictureInsertSupported(excelPort)).toBe(false);
  });

  it("always on the in-memory workbook of the harness", () => {
    officeWith(["1.8"]);
    expect(pictureInsertSupported(createMemoryWorkbook())).toBe(true);
  });
});
