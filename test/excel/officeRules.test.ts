/**
 * The Regler table with the Office adapter on the mock Excel: "Skapa regeltabell" writes the
 * law's defaults in two syncs, never over an existing table or a user's own sheet; the check reads
 * the table in its own batch (still two syncs) and follows what the user edited.
 */
import { readRegler, reglerDefaultRows } from "../../src/domain/governance";
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { checkWorkbook } from "../../src/workflows/checkWorkbook";
import { useMockExcel } from "./officeSetup";

const bed = useMockExcel();

describe("Regler table with the Office adapter", () => {
  test("creates the table with the defaults in two syncs and reads it back as the defaults", async () => {
    const port = createOfficeWorkbook();
    const rows = reglerDefaultRows("sv");
    expect(await port.createRulesTable?.(rows)).toEqual({ ok: true, value: "created" });
    expect(bed.excel.syncs).toBe(2);
    expect(bed.excel.grid.sheets.has("Regler")).toBe(true);
    bed.excel.syncs = 0;
    const read = await port.readRules?.();
    expect(bed.excel.syncs).toBe(2);
    if (read === undefined || !read.ok || read.value === null) throw new Error("expected the table");
    expect(read.value).toEqual(rows);
    expect(readRegler(read.value).problems).toEqual([]);
  });

  test("keeps an existing table as the user edited it, and refuses a user's own sheet Regler", async () => {
    const port = createOfficeWorkbook();
    await port.createRulesTable?.(reglerDefaultRows("sv"));
    const table = bed.excel.grid.tables.get("Regler");
    if (table === undefined) throw new Error("no table");
    bed.excel.grid.set("Regler", 1, 2, "region");
    bed.excel.syncs = 0;
    expect(await port.createRulesTable?.(reglerDefaultRows("sv"))).toEqual({ ok: true, value: "exists" });
    expect(bed.excel.syncs).toBe(1);
    expect(bed.excel.grid.get("Regler", 1, 2)?.value).toBe("region");
    bed.excel.grid.tables.delete("Regler");
    const refused = await port.createRulesTable?.(reglerDefaultRows("sv"));
    expect(refused).toMatchObject({ ok: false, code: "name-taken" });
  });

  test("the check reads the Regler table with one sync of its own and follows the user's edit", async () => {
    await bed.createSmall();
    const port = createOfficeWorkbook();
    const rows = reglerDefaultRows("sv").map((row) => [...row]);
    const sunday = rows.findIndex((row) => row[0] === "Söndagsregeln");
    await port.createRulesTable?.(rows);
    bed.excel.grid.set("Regler", sunday, 1, "Av");
    bed.excel.syncs = 0;
    const result = await checkWorkbook(port, "sv");
    if (!result.ok || result.value === null) throw new Error(`expected a check: ${JSON.stringify(result)}`);
    // The table batch (which asks whether Regler exists), Regler's values (nothing is queued on a
    // table that may be missing before its isNullObject is known: ownersTable.ts, issue 13), and
    // at most one write of Kontroll.
    expect(bed.excel.syncs).toBeLessThanOrEqual(3);
    expect(result.value.rules?.settings.off.has("sunday-rule")).toBe(true);
    expect(result.value.rules?.problems).toEqual([]);
  });
});
