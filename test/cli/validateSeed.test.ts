/**
 * The acceptance of issue 4 on the seed documents: what a planner sees when checking them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importTimeline } from "../../src/domain/import";
import type { Finding, Timeline } from "../../src/domain/types";
import { kontrollLine, summarize, validateTimeline } from "../../src/domain/validate";

const EXAMPLES = join(__dirname, "..", "..", "examples");
const SEED_TEXT = readFileSync(join(EXAMPLES, "tidsplan-verksamhetsledning-2007.txt"), "utf8");

function timelineOf(text: string, fileName: string): Timeline {
  const result = importTimeline({ text, fileName });
  if (!result.ok) throw new Error(result.message.en);
  return result.timeline;
}

const seed = timelineOf(SEED_TEXT, "tidsplan-verksamhetsledning-2007.txt");
const findings = validateTimeline(seed);
const byCode = (code: string, list: readonly Finding[] = findings): Finding[] =>
  list.filter((f) => f.code === code);
const eventOf = (f: Finding): string => seed.entries.find((e) => e.id === f.entryId)?.event ?? "?";

describe("validate on the 2007 seed", () => {
  it("finds no error, and no weekend or holiday warning (all its dates are weekdays)", () => {
    expect(summarize(findings).error).toBe(0);
    expect(byCode("weekend")).toEqual([]);
    expect(byCode("holiday")).toEqual([]);
  });

  it("warns about a missing owner on every row without one, with the owner the text names", () => {
    const withoutOwner = seed.entries.filter((e) => e.owner === "").map((e) => e.id);
    expect(byCode("missing-owner").map((f) => f.entryId)).toEqual(withoutOwner);
    const suggestions = Object.fromEntries(
      byCode("missing-owner").map((f) => [eventOf(f), f.fix?.type === "set-owner" ? f.fix.owner : ""]),
    );
    expect(suggestions).toMatchObject({
      "Beslut om verksamhetsberättelse 2006 i stadsdelsnämnden": "Stadsdelsnämnden",
      "Beslut om tertialrapport 1 i stadsdelsnämnden": "Stadsdelsnämnden",
      "Finansborgarrådet presenterar Strategi för utveckling av Stockholms stad åren 2008-2010":
        "Finansborgarrådet",
      "Fullmäktige fastställer Strategi för utveckling av Stockholms stad åren 2008-2010":
        "Kommunfullmäktige",
      "Kommunfullmäktige fastställer budget 2008": "Kommunfullmäktige",
      "Beslut om verksamhetsplan 2008 i stadsdelsnämnden": "Stadsdelsnämnden",
      "Tertialrapport 1 (januari-maj) färdigställs": "",
    });
    // The nine rows whose Ansvar cell is empty are all among them …
    const emptyCellLines = SEED_TEXT.split("\n")
      .map((line, i) => ({ cells: line.split("\t"), line: i + 1 }))
      .filter(
        ({ cells }) => cells.length >= 2 && (cells[1] ?? "").trim() !== "" && (cells[2] ?? "").trim() === "",
      )
      .map(({ line }) => line);
    expect(emptyCellLines).toHaveLength(9);
    const warned = byCode("missing-owner").map((f) => f.line);
    expect(warned).toEqual(expect.arrayContaining(emptyCellLines));
    // … and so are the rows whose cell holds only content.
    const enligt = seed.entries.filter((e) => e.notes === "Enligt anvisningar").map((e) => e.line);
    expect(enligt).toHaveLength(2);
    expect(warned).toEqual(expect.arrayContaining(enligt));
    const kontroll = kontrollLine(
      findings.filter((f) => f.entryId === byCode("missing-owner")[0]?.entryId),
      "sv",
    );
    expect(kontroll).toBe("⚠ Ansvarig saknas (förslag: Stadsdelsnämnden)");
  });

  it("gives exactly one duplicate warning, naming the two November rows", () => {
    const duplicates = byCode("duplicate");
    expect(duplicates).toHaveLength(1);
    const rows = seed.entries.filter(
      (e) => e.event === "Lägesrapport och diskussion med fackliga organisationer",
    );
    expect(rows).toHaveLength(2);
    expect(duplicates[0]?.message.sv).toContain(`Rad ${rows[0]?.line} och rad ${rows[1]?.line}`);
    expect(duplicates[0]?.relatedEntryIds).toEqual([rows[0]?.id]);
  });

  it("reports the December councils' opinions as unconfirmed before the 20 December decision", () => {
    const infos = byCode("process-order").filter((f) => f.severity === "info");
    expect(infos.map(eventOf)).toEqual([
      "Dialog med pensionärsrådet som yttrar sig över verksamhetsplan 2008",
      "Dialog med handikapprådet som yttrar sig över verksamhetsplan 2008",
    ]);
    for (const f of infos) expect(f.message.sv).toContain("20 december");
  });

  it("gives the process-order error when the 21 May decision is moved to 8 May", () => {
    const variant = SEED_TEXT.replace(/^21 maj\t/m, "8 maj\t");
    expect(variant).not.toBe(SEED_TEXT);
    const errors = validateTimeline(timelineOf(variant, "variant.txt")).filter((f) => f.severity === "error");
    expect(errors.map((f) => f.code)).toEqual(["process-order"]);
    expect(errors[0]?.message.sv).toContain(
      "Beslut om tertialrapport 1 i stadsdelsnämnden (8 maj) kommer före utkastet (11 maj",
    );
    expect(errors[0]?.message.en).toContain("(8 May) comes before the draft (11 May");
  });
});

describe("validate on the Simrishamn budget timeline", () => {
  it("warns that 31 jan 2027 is a Sunday", () => {
    const text = readFileSync(join(EXAMPLES, "simrishamn-tidplan-budget-2027.txt"), "utf8");
    const timeline = timelineOf(text, "simrishamn-tidplan-budget-2027.txt");
    const weekend = validateTimeline(timeline).filter((f) => f.code === "weekend");
    expect(weekend).toHaveLength(1);
    expect(timeline.entries.find((e) => e.id === weekend[0]?.entryId)?.when).toBe("31 jan");
    expect(weekend[0]?.short).toEqual({ sv: "Söndag", en: "Sunday" });
  });
});
