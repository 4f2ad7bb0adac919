/**
 * `tidsplan rollover`: the seed (2007) rolled to 2008 in the command line, as text, as JSON and
 * as a workbook that reads back as the new plan; the input file is never changed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { loadTimeline } from "../../src/cli/loadInput";
import { derivedPlanId } from "../../src/domain/ics/identity";
import { captureIo } from "./captureIo";

const ROOT = join(__dirname, "..", "..");
const SEED = join(ROOT, "examples", "tidsplan-verksamhetsledning-2007.txt");
const dir = mkdtempSync(join(tmpdir(), "tidsplan-rollover-"));

describe("tidsplan rollover", () => {
  it("takes klämdagar from --rules: a day off given there is left for the nearest working day, and says so", async () => {
    const rules = join(dir, "regler.tsv");
    writeFileSync(rules, "Regel\tPå/Av\tVärde\tKommentar\nKlämdagar\tPå\t2008-02-04\t\n");
    const io = captureIo({ LANG: "en_US.UTF-8" }, ROOT);
    expect(await main(["rollover", SEED, "--to", "2008", "--rules", rules, "--json"], io)).toBe(0);
    const json = JSON.parse(io.out()) as { review: { line: number; newWhen: string }[] };
    const mbl = json.review.find((row) => row.line === 14);
    // Monday 4 February 2008 (v. 6) is a day off now: the MBL step goes to another working day.
    expect(mbl?.newWhen).toBeDefined();
    expect(mbl?.newWhen).not.toBe("4 februari");
    const without = captureIo({ LANG: "en_US.UTF-8" }, ROOT);
    expect(await main(["rollover", SEED, "--to", "2008", "--json"], without)).toBe(0);
    const plain = JSON.parse(without.out()) as { review: { line: number; newWhen: string }[] };
    expect(plain.review.find((row) => row.line === 14)?.newWhen).toBe("4 februari");
  });

  it("refuses a --rules file it cannot read, in the chosen language", async () => {
    const io = captureIo({ LANG: "sv_SE.UTF-8" }, ROOT);
    expect(await main(["rollover", SEED, "--to", "2008", "--rules", join(dir, "saknas.tsv")], io)).toBe(2);
    expect(io.err()).toContain("Kan inte läsa regeltabellen");
  });
  it("lists every row of the seed with old and new date and why, in Swedish", async () => {
    const io = captureIo({ LANG: "sv_SE.UTF-8" }, ROOT);
    expect(await main(["rollover", SEED, "--to", "2008"], io)).toBe(0);
    const out = io.out();
    expect(out.split("\n")[0]).toMatch(
      /^Nästa års plan: TIDSPLAN FÖR VERKSAMHETSLEDNING 2008 \(2007 → 2008\), 36 rader, Plan-ID p-[0-9a-f]{8}$/,
    );
    expect(out).toContain(
      "rad 14  5 februari (2007-02-05) → 4 februari (2008-02-04)  MBL-upplaga av verksamhetsberättelse 2007 till förvaltningsgruppen\n    Samma veckodag i samma vecka: måndag v. 6.\n",
    );
    expect(out).toContain(
      "Förslag (2008-2010 är inget planår; ändras inte av sig självt): Fullmäktige fastställer Strategi för utveckling av Stockholms stad åren 2009-2011",
    );
    expect(out.trimEnd().split("\n").pop()).toBe(
      "36 rader granskade, 0 varningar, 6 förslag att ta ställning till.",
    );
    expect(io.err()).toBe("");
  });

  it("gives the review and the new plan as JSON, with a new plan identity", async () => {
    const io = captureIo({ LANG: "en_US.UTF-8" }, ROOT);
    expect(await main(["rollover", SEED, "--to", "2008", "--json"], io)).toBe(0);
    const json = JSON.parse(io.out()) as {
      plan: { id: string; year: number };
      review: { entryId: string; newWhen: string; reasons: { code: string; message: { en: string } }[] }[];
      timeline: { entries: { id: string; start: string }[] };
    };
    expect(json.plan.year).toBe(2008);
    expect(json.plan.id).not.toBe(derivedPlanId("TIDSPLAN FÖR VERKSAMHETSLEDNING 2007"));
    expect(json.review).toHaveLength(36);
    const decision = json.review.find((c) => c.newWhen === "14 februari");
    expect(decision?.reasons[0]).toEqual({
      code: "iso-week",
      severity: "info",
      message: {
        sv: "Samma veckodag i samma vecka: torsdag v. 7.",
        en: "Same weekday of the same week: Thursday, week 7.",
      },
    });
    expect(json.timeline.entries.find((e) => e.id === decision?.entryId)?.start).toBe("2008-02-14");
  });

  it("writes the new plan as a workbook that reads back as 2008 with its own identity; the input is untouched", async () => {
    const before = readFileSync(SEED);
    const out = join(dir, "plan-2008.xlsx");
    const io = captureIo({ LANG: "en_US.UTF-8" }, ROOT);
    expect(await main(["rollover", SEED, "--to", "2008", "--xlsx", out], io)).toBe(0);
    expect(io.out()).toContain(`Wrote ${out} (4 sheets)`);
    expect(readFileSync(SEED).equals(before)).toBe(true);
    const read = await loadTimeline(out, {}, captureIo());
    if (!read.ok) throw new Error(read.message);
    expect(read.timeline.plan).toMatchObject({ title: "TIDSPLAN FÖR VERKSAMHETSLEDNING 2008", year: 2008 });
    expect(read.timeline.plan.id).toMatch(/^p-[0-9a-f]{8}$/);
    expect(read.timeline.plan.id).not.toBe(derivedPlanId("TIDSPLAN FÖR VERKSAMHETSLEDNING 2007"));
    expect(read.timeline.entries).toHaveLength(36);
    expect(read.timeline.entries.find((e) => e.event.startsWith("MBL-upplaga"))?.when).toBe("4 februari");
  });

  it("refuses what it cannot do: no --to, the plan's own year, --xlsx over the input (exit 2)", async () => {
    const cases: [string[], RegExp][] = [
      [["rollover", SEED], /^Give the new plan's year with --to YYYY\./],
      [["rollover", SEED, "--to", "2007"], /^The plan is already for 2007/],
      [["rollover", SEED, "--to", "2008", "--xlsx", SEED], /^--xlsx points at the input file/],
      [["rollover", SEED, "--to", "08"], /^--to needs a year \(YYYY\), not "08"\./],
    ];
    for (const [argv, message] of cases) {
      const io = captureIo({ LANG: "en_US.UTF-8" }, ROOT);
      expect(await main(argv, io)).toBe(2);
      expect(io.err()).toMatch(message);
      expect(io.out()).toBe("");
    }
  });

  it("has bilingual help, and is in the top-level usage", async () => {
    const sv = captureIo({ LANG: "sv_SE.UTF-8" }, ROOT);
    expect(await main(["rollover", "--help"], sv)).toBe(0);
    expect(sv.out()).toContain("Användning: tidsplan rollover <fil> --to ÅÅÅÅ");
    const en = captureIo({ LANG: "en_US.UTF-8" }, ROOT);
    expect(await main(["help"], en)).toBe(0);
    expect(en.out()).toContain("rollover <file> --to YYYY [--xlsx FILE] [--json]");
  });
});
