/** `tidsplan import` run in process through main(), as a user runs it. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main, VERSION } from "../../src/cli/main";
import { captureIo } from "./captureIo";

const seed = join(__dirname, "..", "..", "examples", "tidsplan-verksamhetsledning-2007.txt");
const simrishamn = join(__dirname, "..", "..", "examples", "simrishamn-tidplan-budget-2027.txt");

interface JsonOut {
  plan: { title: string; year: number };
  entries: Record<string, unknown>[];
  skipped: { line: number; text: string; reason: string }[];
}

async function importJson(args: string[]): Promise<JsonOut> {
  const io = captureIo();
  const code = await main(["import", ...args, "--json"], io);
  expect(code).toBe(0);
  expect(io.err()).toBe("");
  const lines = io.out().trimEnd().split("\n");
  expect(lines).toHaveLength(1); // exactly one JSON object
  return JSON.parse(io.out()) as JsonOut;
}

describe("tidsplan import --json", () => {
  it("prints the seed as one JSON object with exactly the documented shape", async () => {
    const json = await importJson([seed]);
    expect(Object.keys(json)).toEqual(["plan", "entries", "skipped"]);
    expect(json.plan).toEqual({ title: "TIDSPLAN FÖR VERKSAMHETSLEDNING 2007", year: 2007 });
    expect(json.entries).toHaveLength(36);
    for (const entry of json.entries) {
      expect(Object.keys(entry)).toEqual([
        "id",
        "line",
        "when",
        "start",
        "end",
        "dates",
        "precision",
        "deadline",
        "tentative",
        "event",
        "owner",
        "notes",
        "kind",
      ]);
    }
    expect(json.skipped[0]).toEqual({ line: 3, text: "2007-01-11", reason: "document-date" });
  });

  it("gives the dates, owner and kind the issue lists for the seed", async () => {
    const json = await importJson([seed]);
    const find = (event: string): Record<string, unknown> | undefined =>
      json.entries.find((e) => String(e.event).startsWith(event));
    expect(find("Bokslut och verksamhetsberättelse för 2006 färdigställs")).toMatchObject({
      when: "",
      start: "2007-01-01",
      end: "2007-01-31",
      dates: [{ start: "2007-01-01", end: "2007-01-31" }],
      precision: "month",
      owner: "Avdelningscheferna",
      kind: "report",
    });
    expect(find("MBL-upplaga av verksamhetsberättelse 2006 till förvaltningsgruppen")).toMatchObject({
      when: "5 februari",
      start: "2007-02-05",
      end: "2007-02-05",
      precision: "day",
      deadline: false,
      tentative: false,
      owner: "Förvaltningsgruppen",
      notes: "",
      kind: "mbl",
    });
    expect(find("Dialog mellan enheter")).toMatchObject({
      start: "2007-03-01",
      end: "2007-04-30",
      owner: "Avdelningscheferna",
      notes: "Dialoger över avdelningsgränser uppmuntras.",
    });
    expect(find("Fullmäktige fastställer Strategi")).toMatchObject({
      start: "2007-06-01",
      end: "2007-06-30",
    });
    const twins = json.entries.filter(
      (e) => e.event === "Lägesrapport och diskussion med fackliga organisationer",
    );
    expect(twins).toHaveLength(2);
    expect(twins[0]?.id).not.toEqual(twins[1]?.id);
  });

  it("reads the Simrishamn file: 34 entries, '31 jan' under 2027 in 2027", async () => {
    const json = await importJson([simrishamn]);
    expect(json.entries).toHaveLength(34);
    expect(json.entries[33]).toMatchObject({ when: "31 jan", start: "2027-01-31", end: "2027-01-31" });
    expect(json.entries[0]).toMatchObject({ when: "12 mars", start: "2026-03-12" });
  });

  it("lets --year set the plan year", async () => {
    const json = await importJson([seed, "--year", "2030"]);
    expect(json.plan.year).toBe(2030);
    expect(json.entries[0]).toMatchObject({ start: "2030-01-01" });
  });

  it("gives the same ids on every run", async () => {
    const a = await importJson([seed]);
    const b = await importJson([seed]);
    expect(a.entries.map((e) => e.id)).toEqual(b.entries.map((e) => e.id));
  });
});

describe("tidsplan import, readable table", () => {
  it("prints one line per entry and a summary, in Swedish for a Swedish locale", async () => {
    const io = captureIo({ LANG: "sv_SE.UTF-8" });
    expect(await main(["import", seed], io)).toBe(0);
    expect(io.out()).toContain("Rad   När");
    expect(io.out()).toMatch(/^14 +5 februari +2007-02-05 +MBL-upplaga/m);
    expect(io.out()).toContain("36 händelser, 0 med oläsligt datum.");
    expect(io.out()).toContain("  rad 31: sidrubrik: ## Bilaga 12");
  });

  it("prints English with --lang en", async () => {
    const io = captureIo({ LANG: "sv_SE.UTF-8" });
    expect(await main(["import", seed, "--lang", "en"], io)).toBe(0);
    expect(io.out()).toContain("36 entries");
  });
});

describe("tidsplan import failures: exit 2, one line on stderr, no stack trace", () => {
  const dir = mkdtempSync(join(tmpdir(), "tidsplan-import-"));

  async function fails(args: string[], env?: Record<string, string>): Promise<string> {
    const io = captureIo(env);
    const code = await main(["import", ...args], io);
    expect(code).toBe(2);
    expect(io.out()).toBe("");
    return io.err();
  }

  it("reports a missing file in one line", async () => {
    const err = await fails([join(dir, "saknas.txt")]);
    expect(err).toMatch(/^File not found: .*saknas\.txt\n$/);
  });

  it("reports it in Swedish for a Swedish locale", async () => {
    expect(await fails([join(dir, "saknas.txt")], { LC_ALL: "sv_SE.UTF-8" })).toMatch(/^Filen finns inte: /);
  });

  it("reports a folder", async () => {
    expect(await fails([dir])).toMatch(/is a folder, not a file\.\n$/);
  });

  it("reports binary garbage and does not write the input", async () => {
    const file = join(dir, "garbage.bin");
    const bytes = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    writeFileSync(file, bytes);
    const err = await fails([file]);
    expect(err.split("\n")).toHaveLength(2);
    expect(err).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
    expect(readFileSync(file)).toEqual(bytes);
  });

  it("reports a text that is not a timeline", async () => {
    const file = join(dir, "brev.txt");
    writeFileSync(file, "Hej!\nDet här är ett brev om ingenting särskilt.\n");
    expect(await fails([file])).toMatch(/does not look like a timeline/);
  });

  it("reports an empty file", async () => {
    const file = join(dir, "tom.txt");
    writeFileSync(file, "");
    expect(await fails([file])).toMatch(/empty/);
  });

  it("refuses an unknown flag and a bad --year with usage", async () => {
    expect(await fails([seed, "--colour"])).toMatch(/^Unknown flag --colour\.\nUsage: tidsplan import/);
    expect(await fails([seed, "--year", "07"])).toMatch(/^--year needs a year \(YYYY\)/);
    expect(await fails([])).toMatch(/^Give a file to read\./);
  });
});

describe("tidsplan main", () => {
  it("prints usage on stderr and exits 2 for an unknown command", async () => {
    const io = captureIo();
    expect(await main(["frobnicate"], io)).toBe(2);
    expect(io.err()).toMatch(/^Unknown command: frobnicate\nUsage: tidsplan <command>/);
  });

  it("prints help on stdout for help and --help, and the version for --version", async () => {
    for (const arg of ["help", "--help"]) {
      const io = captureIo();
      expect(await main([arg], io)).toBe(0);
      expect(io.out()).toMatch(/^Usage: tidsplan/);
    }
    const io = captureIo();
    expect(await main(["--version"], io)).toBe(0);
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
    expect(io.out()).toBe(`${pkg.version}\n`);
  });
});
