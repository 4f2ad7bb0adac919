import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import ICAL from "ical.js";
import { runExport } from "../../src/cli/commands/export";
import type { CliIo } from "../../src/cli/io";

const SEED = join(__dirname, "..", "..", "examples", "tidsplan-verksamhetsledning-2007.txt");

function memoryIo(cwd: string, lang = "sv_SE.UTF-8"): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    env: { LANG: lang },
    cwd,
  };
}

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), "tidsplan-export-"));
  copyFileSync(SEED, join(dir, "plan.txt"));
  return dir;
}

function vevents(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
}

describe("tidsplan export", () => {
  it("writes the seed's .ics with 36 events and says so in one line", async () => {
    const dir = workdir();
    const io = memoryIo(dir);
    expect(await runExport(["plan.txt", "--ics", "plan.ics"], io)).toBe(0);
    expect(io.out).toEqual([`Skrev ${join(dir, "plan.ics")} (36 händelser)\n`]);
    const text = readFileSync(join(dir, "plan.ics"), "utf8");
    expect(vevents(text)).toHaveLength(36);
    expect(text).not.toContain("X-WR-CALNAME"); // profile "add" by default
  });

  it("filters by owner and names the calendar in the separate profile", async () => {
    const dir = workdir();
    const io = memoryIo(dir, "en_GB.UTF-8");
    expect(
      await runExport(
        ["plan.txt", "--ics", "fg.ics", "--owner", "Förvaltningsgruppen", "--profile", "separate"],
        io,
      ),
    ).toBe(0);
    const text = readFileSync(join(dir, "fg.ics"), "utf8");
    const events = vevents(text);
    expect(events.length).toBeGreaterThan(3);
    expect(events.length).toBeLessThan(36);
    for (const event of events) expect(event.getFirstPropertyValue("categories")).toBe("Förvaltningsgruppen");
    expect(text).toContain("X-WR-CALNAME:");
    expect(io.out[0]).toMatch(/^Wrote .*fg\.ics \(\d+ events\)\n$/);
  });

  it("writes the .xlsx with the Tidsplan table, Ansvariga, the calendar and the printable plan", async () => {
    const dir = workdir();
    const io = memoryIo(dir);
    expect(await runExport(["plan.txt", "--xlsx", "plan.xlsx"], io)).toBe(0);
    expect(io.out).toEqual([`Skrev ${join(dir, "plan.xlsx")} (4 blad)\n`]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "plan.xlsx"));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "Tidsplan",
      "Ansvariga",
      "Kalender 2007",
      "Tidsplan 2007 (utskrift)",
    ]);
    const table = workbook.getWorksheet("Tidsplan");
    expect(table?.getCell("A4").value).toBe("ID");
    expect(table?.getCell("A5").value).toMatch(/^t-/);
    expect(table?.getCell("C5").value).toEqual(new Date(Date.UTC(2007, 0, 1)));
    expect(table?.getCell("D5").value).toEqual(new Date(Date.UTC(2007, 0, 31)));
    expect(workbook.getWorksheet("Ansvariga")?.getCell("A1").value).toBe("Namn");
  });

  it("writes one calendar sheet per year a plan has dates in (a 2027 budget runs in 2026)", async () => {
    const dir = workdir();
    copyFileSync(
      join(__dirname, "..", "..", "examples", "simrishamn-tidplan-budget-2027.txt"),
      join(dir, "budget.txt"),
    );
    expect(await runExport(["budget.txt", "--xlsx", "budget.xlsx"], memoryIo(dir))).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "budget.xlsx"));
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toContain("Kalender 2026");
    expect(names.filter((n) => n.startsWith("Kalender"))).toEqual(
      [...names.filter((n) => n.startsWith("Kalender"))].sort(),
    );
  });

  it("requires an output flag and prints the usage (exit 2)", async () => {
    const io = memoryIo(workdir());
    expect(await runExport(["plan.txt"], io)).toBe(2);
    expect(io.err.join("")).toContain("Ange minst en utfil");
    expect(io.err.join("")).toContain("Användning: tidsplan export");
  });

  it("never overwrites the input file", async () => {
    const dir = workdir();
    const before = readFileSync(join(dir, "plan.txt"));
    const io = memoryIo(dir);
    expect(await runExport(["plan.txt", "--ics", join(dir, "plan.txt")], io)).toBe(2);
    expect(await runExport(["plan.txt", "--xlsx", "./plan.txt"], io)).toBe(2);
    expect(readFileSync(join(dir, "plan.txt"))).toEqual(before);
    expect(io.err.join("")).toContain("skrivs aldrig över");
  });

  it("rejects unknown flags, with a clear message", async () => {
    const dir = workdir();
    const io = memoryIo(dir, "en_US.UTF-8");
    expect(await runExport(["plan.txt", "--ics", "x.ics", "--colour", "red"], io)).toBe(2);
    expect(existsSync(join(dir, "x.ics"))).toBe(false);
  });

  it("reports a missing input file (exit 2)", async () => {
    const dir = workdir();
    const io = memoryIo(dir);
    expect(await runExport(["saknas.txt", "--ics", "x.ics"], io)).toBe(2);
    expect(io.err.join("")).toContain("saknas.txt");
  });

  it("writes a file Debian's python3-icalendar reads: 36 events, mars–april 1 March to 1 May", async () => {
    const dir = workdir();
    expect(await runExport(["plan.txt", "--ics", "plan.ics"], memoryIo(dir))).toBe(0);
    const script = [
      "import sys",
      "try:",
      "    import icalendar",
      "except ImportError:",
      "    print('MISSING'); sys.exit(0)",
      "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())",
      "events = cal.walk('VEVENT')",
      "print(len(events))",
      "for e in events:",
      "    if str(e['SUMMARY']).startswith('Dialog mellan enheter'):",
      "        print(e.decoded('DTSTART').isoformat(), e.decoded('DTEND').isoformat())",
    ].join("\n");
    // Debian's module lives under the system interpreter, which a pyenv python3 on PATH hides.
    const python = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
    const out = execFileSync(python, ["-c", script, join(dir, "plan.ics")], { encoding: "utf8" });
    if (out.startsWith("MISSING")) {
      throw new Error(
        "python3-icalendar is not installed: run `apt-get install python3-icalendar` (Debian/Ubuntu)",
      );
    }
    expect(out.trim().split("\n")).toEqual(["36", "2007-03-01 2007-05-01"]);
  });
});
