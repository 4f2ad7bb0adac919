/**
 * The whole "Kontrollera" workflow (checkWorkbook) against the Office adapter on the mock Excel:
 * reading the Tidsplan table and the Ansvariga register, checking and writing Kontroll take at
 * most two context.sync() round trips in total, three with a register (whose existence is known
 * only after the first sync), and the register feeds the unknown-owner rule.
 */
import { createOfficeWorkbook } from "../../src/excel/officeWorkbook";
import { checkWorkbook } from "../../src/workflows/checkWorkbook";
import { useMockExcel } from "./officeSetup";

jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "Excel", Outlook: "Outlook", Word: "Word" },
}));

const bed = useMockExcel();
const { body, createSmall } = bed;

/** Only KS is in the register: the row owned by "Förvaltningsgruppen" (b2) is then unknown. */
async function createSmallWithRegister(): Promise<void> {
  await createSmall();
  const ks = { name: "KS", aliases: ["Kommunstyrelsen"], color: "", email: "" };
  expect((await createOfficeWorkbook().createOwnersTable([ks])).ok).toBe(true);
  bed.excel.syncs = 0;
}

const kontroll = (): [string, string][] => body().map((row) => [String(row[0]), String(row[8])]);

describe("checkWorkbook with the Office adapter", () => {
  test("with a Tidsplan and an Ansvariga table: owners are used and the whole check takes at most 3 syncs", async () => {
    await createSmallWithRegister();
    const result = await checkWorkbook(createOfficeWorkbook(), "sv");
    expect(bed.excel.syncs).toBeLessThanOrEqual(3);
    if (!result.ok || result.value === null) throw new Error("expected a check");
    expect(result.value.owners?.map((owner) => owner.name)).toEqual(["KS"]);
    const unknown = result.value.findings.filter((finding) => finding.code === "unknown-owner");
    expect(unknown.map((finding) => finding.entryId)).toEqual(["b2"]);
    // The finding reached the sheet: b2's Kontroll names it, a1 (owner KS, known) has no owner remark.
    const cells = kontroll();
    expect(cells.find(([id]) => id === "b2")?.[1]).toMatch(/Okänd ansvarig/);
    expect(cells.find(([id]) => id === "a1")?.[1] ?? "").not.toMatch(/ansvarig/i);
  });

  // The bug: a method chained on the missing register's null object fails the batch with
  // ItemNotFound on a strict host (the mock is strict), which read as "no Tidsplan table".
  test("without an Ansvariga table the check still works (not 'no table'), in at most 2 syncs, with no unknown-owner rule", async () => {
    await createSmall();
    const result = await checkWorkbook(createOfficeWorkbook(), "sv");
    expect(bed.excel.syncs).toBeLessThanOrEqual(2);
    if (!result.ok || result.value === null) throw new Error("expected a check");
    expect(result.value.owners).toBeNull();
    expect(result.value.findings.some((finding) => finding.code === "unknown-owner")).toBe(false);
    expect(result.value.findings.some((finding) => finding.code === "missing-owner")).toBe(true);
  });

  test("a failure that is not about the register fails the check as before (no endless retry)", async () => {
    await createSmall();
    for (let i = 0; i < 10; i += 1) bed.excel.failures.push({ code: "InvalidOperationInCellEditMode" });
    const result = await checkWorkbook(createOfficeWorkbook(), "sv");
    expect(result).toMatchObject({ ok: false, code: "cell-edit-mode" });
    // runExcel waits cell-edit mode out over four tries, one sync each.
    expect(bed.excel.syncs).toBe(4);
  });

  test("a re-check of an unchanged table writes nothing, in two syncs (table, then register)", async () => {
    await createSmallWithRegister();
    const first = await checkWorkbook(createOfficeWorkbook(), "sv");
    if (!first.ok || first.value === null) throw new Error("expected a check");
    const before = JSON.stringify(body());
    bed.excel.syncs = 0;
    const again = await checkWorkbook(createOfficeWorkbook(), "sv", {
      unlessUnchangedFrom: first.value.fingerprint,
    });
    expect(bed.excel.syncs).toBe(2);
    expect(again).toMatchObject({ ok: true, value: { unchanged: true, written: 0 } });
    expect(JSON.stringify(body())).toBe(before);
  });
});
