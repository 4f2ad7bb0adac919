/**
 * Issue 7, hostile input: cells starting with =, +, - or @ stay text in every file export
 * writes. Read the .xlsx back with ExcelJS (a string cell, no formula) and the ICS with ical.js.
 */
import ExcelJS from "exceljs";
import ICAL from "ical.js";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureCliBuilt, ROOT, runCli, sha256File } from "./runCli";

jest.setTimeout(600_000);

const INPUT = join(ROOT, "test", "fixtures", "hostile", "formula-prefix.tsv");
const TEXTS = [
  '=HYPERLINK("http://x";"klicka")',
  "+46 KS",
  "-1+2",
  "@SUM(A1)",
  "=A1",
  "+SUM(1)",
  "-Budget",
  "@KS",
  "=1",
];
let dir = "";

beforeAll(async () => {
  await ensureCliBuilt();
  dir = await mkdtemp(join(tmpdir(), "tidsplan-formula-"));
});

afterAll(async () => {
  if (dir !== "") await rm(dir, { recursive: true, force: true });
});

describe("cells starting with =, +, -, @ in export", () => {
  it("stay string cells without a formula in the workbook, and text in the ICS", async () => {
    const before = await sha256File(INPUT);
    const run = await runCli(
      ["export", INPUT, "--ics", join(dir, "x.ics"), "--xlsx", join(dir, "x.xlsx")],
      "sv",
      45_000,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(await sha256File(INPUT)).toBe(before);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(join(dir, "x.xlsx"))) as unknown as ExcelJS.Buffer);
    const strings = new Set<string>();
    const formulas: string[] = [];
    for (const sheet of book.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.String && typeof cell.value === "string")
            strings.add(cell.value);
          if (cell.type === ExcelJS.ValueType.Formula)
            formulas.push(`${sheet.name}!${cell.address}: ${cell.formula}`);
        }),
      );
    }
    // Every text is a string cell somewhere (the table sheet at least) …
    for (const t of TEXTS) expect(strings).toContain(t);
    // … and none of them turned into a formula anywhere.
    expect(formulas.filter((f) => /HYPERLINK|SUM|A1|KS|Budget|1\+2|=1/.test(f))).toEqual([]);

    const calendar = new ICAL.Component(ICAL.parse(await readFile(join(dir, "x.ics"), "utf8")));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['=HYPERLINK("http://x";"klicka")', "@SUM(A1)", "-Budget"]);
    const descriptions = events.map((e) => e.description).join("\n");
    for (const t of ["+46 KS", "-1+2", "=A1", "+SUM(1)", "@KS", "=1"]) expect(descriptions).toContain(t);
  });
});
