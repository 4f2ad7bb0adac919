/**
 * `tidsplan export --svg`: the seed's annual wheel as an SVG file, in process. The picture
 * itself is tested in src/domain/wheel; here: the flags reach it, the file is well-formed, the
 * input is never touched and bad flag values are refused before anything is written.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runExport } from "../../src/cli/commands/export";
import { captureIo } from "./captureIo";

const SEED = join(__dirname, "..", "..", "examples", "tidsplan-verksamhetsledning-2007.txt");

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), "tidsplan-wheel-"));
  copyFileSync(SEED, join(dir, "plan.txt"));
  return dir;
}

const items = (svg: string) => (svg.match(/<g data-kind="item"/g) ?? []).length;

/** The month labels in drawing order (clockwise from 12 o'clock). */
function monthLabels(svg: string): string[] {
  const months = /<g data-kind="months">(.*?)<\/g>/s.exec(svg)?.[1] ?? "";
  return [...months.matchAll(/>([^<>]+)<\/text>/g)].map((m) => m[1] ?? "");
}

/** xmllint's complaints about the file ("" when it is well-formed). */
function xmllint(path: string): string {
  try {
    execFileSync("xmllint", ["--noout", path], { stdio: ["ignore", "pipe", "pipe"] });
    return "";
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr;
    return stderr?.toString() || String(error);
  }
}

describe("tidsplan export --svg", () => {
  it("writes the seed's wheel: 36 items, well-formed, input unchanged, one line on stdout", async () => {
    const dir = workdir();
    const before = readFileSync(join(dir, "plan.txt"));
    const io = captureIo({ LANG: "sv_SE.UTF-8" }, dir);
    expect(await runExport(["plan.txt", "--svg", "wheel.svg"], io)).toBe(0);
    expect(io.out()).toBe(`Skrev ${join(dir, "wheel.svg")} (årshjul med 36 händelser)\n`);
    expect(io.err()).toBe("");
    const svg = readFileSync(join(dir, "wheel.svg"), "utf8");
    expect(items(svg)).toBe(36);
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(monthLabels(svg).slice(0, 2)).toEqual(["JANUARI", "FEBRUARI"]);
    expect(xmllint(join(dir, "wheel.svg"))).toBe("");
    expect(readFileSync(join(dir, "plan.txt"))).toEqual(before);
  });

  it("draws per kind from August in English, with the other outputs beside it", async () => {
    const dir = workdir();
    const io = captureIo({ LANG: "sv_SE.UTF-8" }, dir);
    const argv = ["plan.txt", "--svg", "w.svg", "--ics", "p.ics", "--rings", "kind", "--start-month", "8"];
    expect(await runExport([...argv, "--lang", "en"], io)).toBe(0);
    const svg = readFileSync(join(dir, "w.svg"), "utf8");
    expect(items(svg)).toBe(36);
    expect(monthLabels(svg).slice(0, 2)).toEqual(["AUGUST", "SEPTEMBER"]);
    expect(svg).not.toContain("AUGUSTI");
    // Per kind: the legend names kinds, not owners.
    expect(svg).not.toContain(">Förvaltningsgruppen<");
    expect(existsSync(join(dir, "p.ics"))).toBe(true);
    expect(io.out()).toContain("annual wheel with 36 events");
  });

  it("is the same wheel as per owner by default, and differs from per kind", async () => {
    const dir = workdir();
    const io = captureIo({ LANG: "sv_SE.UTF-8" }, dir);
    expect(await runExport(["plan.txt", "--svg", "a.svg"], io)).toBe(0);
    expect(await runExport(["plan.txt", "--svg", "b.svg", "--rings", "owner", "--start-month=1"], io)).toBe(
      0,
    );
    expect(await runExport(["plan.txt", "--svg", "c.svg", "--rings", "kind"], io)).toBe(0);
    const read = (name: string) => readFileSync(join(dir, name), "utf8");
    expect(read("b.svg")).toBe(read("a.svg"));
    expect(read("c.svg")).not.toBe(read("a.svg"));
  });

  it.each([
    [["--rings", "month"], "--rings is owner or kind"],
    [["--start-month", "13"], "--start-month needs a month 1–12"],
    [["--start-month"], "--start-month needs a value"],
  ])("refuses %j with a clear message and writes nothing", async (flags, message) => {
    const dir = workdir();
    const io = captureIo({ LANG: "en_US.UTF-8" }, dir);
    expect(await runExport(["plan.txt", "--svg", "w.svg", ...flags], io)).toBe(2);
    expect(io.err()).toContain(message);
    expect(existsSync(join(dir, "w.svg"))).toBe(false);
  });

  it("never writes the wheel over its input or over another output", async () => {
    const dir = workdir();
    const before = readFileSync(join(dir, "plan.txt"));
    const io = captureIo({ LANG: "en_US.UTF-8" }, dir);
    expect(await runExport(["plan.txt", "--svg", "./plan.txt"], io)).toBe(2);
    expect(await runExport(["plan.txt", "--svg", "x.out", "--ics", "x.out"], io)).toBe(2);
    expect(readFileSync(join(dir, "plan.txt"))).toEqual(before);
    expect(existsSync(join(dir, "x.out"))).toBe(false);
    expect(io.err()).toContain("--svg points at the input file");
    expect(io.err()).toContain("point at the same file");
  });
});
