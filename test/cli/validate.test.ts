/**
 * `tidsplan validate` run in process through main(), with a capturing io.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";

const ROOT = join(__dirname, "..", "..");
const SEED = "examples/tidsplan-verksamhetsledning-2007.txt";

function memoryIo(cwd = ROOT, lang = "sv_SE.UTF-8"): CliIo & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    env: { LANG: lang },
    cwd,
    out: () => out.join(""),
    err: () => err.join(""),
  };
}

function workdirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "tidsplan-validate-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("tidsplan validate", () => {
  it("exits 0 on the seed and prints a Swedish report grouped by severity with line numbers", async () => {
    const io = memoryIo();
    expect(await main(["validate", SEED], io)).toBe(0);
    const report = io.out();
    expect(report).toMatch(
      /^TIDSPLAN FÖR VERKSAMHETSLEDNING 2007 \(2007\): 0 fel, \d+ varningar, 2 information\n/,
    );
    expect(report.indexOf("Varningar (")).toBeLessThan(report.indexOf("Information (2)"));
    expect(report).toContain('  rad 22: "Beslut om tertialrapport 1 i stadsdelsnämnden" har ingen ansvarig.');
    expect(report).not.toContain("Fel (");
    expect(io.err()).toBe("");
  });

  it("writes English with --lang en", async () => {
    const io = memoryIo();
    expect(await main(["validate", SEED, "--lang", "en"], io)).toBe(0);
    expect(io.out()).toContain('  line 22: "Beslut om tertialrapport 1 i stadsdelsnämnden" has no owner.');
  });

  it("prints one JSON object with plan, findings and summary", async () => {
    const io = memoryIo();
    expect(await main(["validate", SEED, "--json"], io)).toBe(0);
    const json = JSON.parse(io.out()) as {
      plan: { title: string; year: number };
      findings: Record<string, unknown>[];
      summary: { error: number; warning: number; info: number };
    };
    expect(json.plan).toEqual({ title: "TIDSPLAN FÖR VERKSAMHETSLEDNING 2007", year: 2007 });
    expect(json.summary.error).toBe(0);
    expect(json.summary.warning + json.summary.info).toBe(json.findings.length);
    const first = json.findings.find((f) => f.code === "missing-owner");
    expect(first).toEqual({
      code: "missing-owner",
      severity: "warning",
      entryId: expect.any(String),
      line: 15,
      column: "owner",
      message: {
        sv: expect.stringContaining("Stadsdelsnämnden"),
        en: expect.stringContaining("Stadsdelsnämnden"),
      },
      fix: { type: "set-owner", entryId: first?.entryId, owner: "Stadsdelsnämnden" },
    });
  });

  it("exits 1 when the plan has an error (the 21 May decision moved to 8 May)", async () => {
    const text = readFileSync(join(ROOT, SEED), "utf8").replace(/^21 maj\t/m, "8 maj\t");
    const io = memoryIo(workdirWith({ "plan.txt": text }));
    expect(await main(["validate", "plan.txt"], io)).toBe(1);
    expect(io.out()).toContain(
      "Fel (1)\n  rad 22: Beslut om tertialrapport 1 i stadsdelsnämnden (8 maj) kommer före utkastet (11 maj",
    );
  });

  it("checks owners against an --owners register", async () => {
    const dir = workdirWith({
      "plan.tsv": "När\tHändelse\tAnsvar\n11 maj\tUtkast\tFörvaltningsgrupen\n14 maj\tMBL\tFG\n",
      "owners.txt": "Förvaltningsgruppen; FG\nStadsdelsnämnden\n",
    });
    const io = memoryIo(dir);
    expect(
      await main(["validate", "plan.tsv", "--year", "2007", "--owners", "owners.txt", "--json"], io),
    ).toBe(0);
    const json = JSON.parse(io.out()) as { findings: { code: string; line: number; fix?: unknown }[] };
    expect(json.findings.filter((f) => f.code === "unknown-owner")).toEqual([
      expect.objectContaining({ line: 2, fix: expect.objectContaining({ owner: "Förvaltningsgruppen" }) }),
    ]);
  });

  it("prints its usage with --help", async () => {
    const io = memoryIo();
    expect(await main(["validate", "--help"], io)).toBe(0);
    expect(io.out()).toContain("Användning: tidsplan validate <fil>");
  });

  it.each([
    [["validate"], "Ange en fil att kontrollera."],
    [["validate", "saknas.txt"], "Filen finns inte: saknas.txt"],
    [["validate", SEED, "--colour"], "Okänd flagga --colour."],
    [["validate", SEED, "--owners", "saknas.txt"], "Kan inte läsa ansvarslistan saknas.txt."],
  ])("exits 2 for %j with one message on stderr and no stack trace", async (argv, message) => {
    const io = memoryIo();
    expect(await main(argv, io)).toBe(2);
    expect(io.err().split("\n")).toEqual([expect.stringContaining(message), ""]);
    expect(io.err()).not.toMatch(/\bat .+:\d+:\d+/);
    expect(io.out()).toBe("");
  });
});
