/**
 * The Regler table in the command line: `tidsplan rules` writes the defaults, the user edits
 * them, `tidsplan validate --rules` reads them back (a TSV or a workbook's Regler sheet); the
 * summary says when the plan's year is a valår.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { captureIo } from "./captureIo";

const ROOT = join(__dirname, "..", "..");
const FIXTURES = join(ROOT, "test", "fixtures", "validate");
const dir = mkdtempSync(join(tmpdir(), "tidsplan-rules-"));

describe("tidsplan rules and validate --rules", () => {
  it("round-trips: write the defaults, edit them, and the check follows the edit", async () => {
    const write = captureIo({ LANG: "sv_SE.UTF-8" }, ROOT);
    expect(await main(["rules"], write)).toBe(0);
    const table = write.out();
    expect(table.split("\n")[0]).toBe("Regel\tPå/Av\tVärde\tKommentar");
    expect(table).toContain("Söndagsregeln\tPå\t\tlag (1930:173) 2 §");
    const edited = table
      .replace(
        "Kungörelse av fullmäktige, dagar före\tPå\t7",
        "Kungörelse av fullmäktige, dagar före\tPå\t10",
      )
      .replace("Organisation\tPå\tkommun", "Organisation\tPå\tregion");
    const rules = join(dir, "regler.tsv");
    writeFileSync(rules, edited);
    const plan = join(dir, "plan.txt");
    writeFileSync(
      plan,
      "När\tHändelse\tAnsvar\n3 juni\tKungörelse av regionfullmäktiges sammanträde\tPresidiet\n10 juni\tRegionfullmäktige sammanträder\tRegionfullmäktige\n",
    );
    const without = captureIo({ LANG: "sv_SE.UTF-8" }, ROOT);
    expect(await main(["validate", plan, "--year", "2027"], without)).toBe(0);
    expect(without.out()).not.toContain("[announcement]");
    const withRules = captureIo({ LANG: "sv_SE.UTF-8" }, ROOT);
    expect(await main(["validate", plan, "--year", "2027", "--rules", rules], withRules)).toBe(1);
    expect(withRules.out()).toContain(
      "kungörelsen av regionfullmäktiges sammanträde (10 juni, rad 3) ska finnas på anslagstavlan minst 10 dagar före sammanträdet, här 7.",
    );
    expect(withRules.err()).toBe("");
  });

  it("says which row of the rules it cannot read, on stderr, and still checks", async () => {
    const rules = join(dir, "trasig.tsv");
    writeFileSync(rules, "Regel\tPå/Av\tVärde\tKommentar\nSöndagsregeln\tkanske\t\t\n");
    const io = captureIo({ LANG: "sv_SE.UTF-8" }, ROOT);
    expect(
      await main(["validate", join(FIXTURES, "sunday-rule.txt"), "--year", "2027", "--rules", rules], io),
    ).toBe(0);
    expect(io.err()).toBe(`${rules}: Regler rad 2: "kanske": skriv På eller Av.\n`);
    expect(io.out()).toContain("[sunday-rule]");
  });

  it("reads the Regler sheet of a workbook given to --rules", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Regler");
    ws.addRow(["Regel", "På/Av", "Värde", "Kommentar"]);
    ws.addRow(["Söndagsregeln", "Av", "", ""]);
    const path = join(dir, "regler.xlsx");
    writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
    const io = captureIo({ LANG: "en_GB.UTF-8" }, ROOT);
    expect(
      await main(["validate", join(FIXTURES, "sunday-rule.txt"), "--year", "2027", "--rules", path], io),
    ).toBe(0);
    expect(io.out()).not.toContain("[sunday-rule]");
    expect(io.err()).toBe("");
  });

  it("uses the Regler sheet of the workbook it checks", async () => {
    const wb = new ExcelJS.Workbook();
    const plan = wb.addWorksheet("Tidsplan");
    plan.addRow(["När", "Händelse", "Ansvar"]);
    plan.addRow(["senast 30 oktober 2027", "Nämndens yttrande lämnas", "Stadsdelsnämnden"]);
    const rules = wb.addWorksheet("Regler");
    rules.addRow(["Regel", "På/Av", "Värde", "Kommentar"]);
    rules.addRow(["Söndagsregeln", "Av", "", ""]);
    const path = join(dir, "plan-med-regler.xlsx");
    writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
    const io = captureIo({ LANG: "sv_SE.UTF-8" }, ROOT);
    expect(await main(["validate", path, "--year", "2027"], io)).toBe(0);
    expect(io.out()).toContain("[weekend]");
    expect(io.out()).not.toContain("[sunday-rule]");
    // The same plan without the Regler sheet gets the söndagsregel note.
    wb.removeWorksheet(rules.id);
    const bare = join(dir, "plan-utan-regler.xlsx");
    writeFileSync(bare, Buffer.from(await wb.xlsx.writeBuffer()));
    const io2 = captureIo({ LANG: "sv_SE.UTF-8" }, ROOT);
    await main(["validate", bare, "--year", "2027"], io2);
    expect(io2.out()).toContain("[sunday-rule]");
  });

  it("refuses a --rules file that cannot be read, with exit 2", async () => {
    const io = captureIo({ LANG: "en_GB.UTF-8" }, ROOT);
    expect(
      await main(["validate", join(FIXTURES, "sunday-rule.txt"), "--rules", join(dir, "none.tsv")], io),
    ).toBe(2);
    expect(io.err()).toContain("Cannot read the rules table");
  });

  it("says in the summary and the JSON when the plan's year is a valår", async () => {
    const valar = captureIo({ LANG: "sv_SE.UTF-8" }, ROOT);
    await main(["validate", join(FIXTURES, "budget-decision.valar.txt"), "--year", "2026"], valar);
    expect(valar.out().split("\n")[1]).toBe("Valår: valdag 13 september 2026");
    const json = captureIo({ LANG: "sv_SE.UTF-8" }, ROOT);
    await main(["validate", join(FIXTURES, "budget-decision.valar.txt"), "--year", "2026", "--json"], json);
    const parsed = JSON.parse(json.out()) as { election: unknown; findings: { code: string }[] };
    expect(parsed.election).toEqual({ electionYear: true, electionDay: "2026-09-13" });
    expect(parsed.findings.map((f) => f.code)).toContain("budget-decision");
    const seed = captureIo({ LANG: "sv_SE.UTF-8" }, ROOT);
    await main(["validate", "examples/tidsplan-verksamhetsledning-2007.txt", "--json"], seed);
    expect((JSON.parse(seed.out()) as { election: unknown }).election).toEqual({
      electionYear: false,
      electionDay: null,
    });
  });
});
