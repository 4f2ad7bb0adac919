/**
 * The Office error codes the adapter maps are codes Excel has: values of Excel.ErrorCodes as
 * @types/office-js declares them, plus RequestPayloadSizeLimitExceeded, which the Excel
 * performance page names for a request over 5 MB (https://learn.microsoft.com/office/dev/add-ins/excel/performance).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { CODE_MAP, portCodeOf } from "../../src/excel/office/runExcel";
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { useMockExcel } from "./officeSetup";

jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "Excel", Outlook: "Outlook", Word: "Word" },
}));

function excelErrorCodes(): Set<string> {
  const types = readFileSync(
    path.resolve(__dirname, "../../node_modules/@types/office-js/index.d.ts"),
    "utf8",
  );
  // The Excel enum is the one with InvalidOperationInCellEditMode.
  const block = [...types.matchAll(/enum ErrorCodes \{([^}]*)\}/g)]
    .map((m) => m[1] ?? "")
    .find((body) => body.includes('"InvalidOperationInCellEditMode"'));
  if (block === undefined) throw new Error("Excel.ErrorCodes not found in @types/office-js");
  return new Set([...block.matchAll(/=\s*"([A-Za-z]+)"/g)].map((m) => m[1] ?? ""));
}

describe("Office error codes", () => {
  it("maps only codes Excel has", () => {
    const known = excelErrorCodes();
    expect(known.has("ResponsePayloadSizeLimitExceeded")).toBe(true);
    const unknown = Object.keys(CODE_MAP).filter(
      (code) => !known.has(code) && code !== "RequestPayloadSizeLimitExceeded",
    );
    expect(unknown).toEqual([]);
  });

  it("says what went missing: ItemNotFound is not 'no table', and the web's response limit has its own message", () => {
    expect(portCodeOf({ code: "ItemNotFound" })).toBe("item-missing");
    expect(portCodeOf({ code: "ResponsePayloadSizeLimitExceeded" })).toBe("response-too-large");
    expect(portCodeOf({ code: "RequestPayloadSizeLimitExceeded" })).toBe("request-too-large");
    expect(portCodeOf({ code: "PayloadTooLarge" })).toBe("unknown");
  });
});

describe("cell-edit mode", () => {
  const bed = useMockExcel();

  it("with ExcelApi 1.11 every batch asks Excel to wait for the cell edit (delayForCellEdit)", async () => {
    bed.excel.requirementSets.add("1.11");
    await createOfficeWorkbook().readTimelineTable();
    expect(bed.excel.runOptions).toEqual([{ delayForCellEdit: true }]);
  });

  it("without it the batch runs as before, and cell-edit mode is retried, then reported", async () => {
    for (let i = 0; i < 10; i += 1) bed.excel.failures.push({ code: "InvalidOperationInCellEditMode" });
    const result = await createOfficeWorkbook().readTimelineTable();
    expect(bed.excel.runOptions).toEqual([]);
    expect(result).toMatchObject({ ok: false, code: "cell-edit-mode" });
  });
});
