import { importTimeline } from "../../src/domain/import";
import { parseExpected, scoreReading } from "./scoreReading";
import { scoreCorpus } from "./realDocuments";

const EXPECTED = [
  "# layout: raw",
  "start\tend\tkeyword\tflags",
  "2026-03-12\t2026-03-12\tBudgetdialog\t",
  "2026-04-01\t2026-04-30\tMBL\t",
  "2026-05-05\t2026-05-05\tKommunstyrelsen\ttime=13:00",
  "-\t-\tLöpande\t",
].join("\n");

function read(text: string): ReturnType<typeof scoreReading> {
  const result = importTimeline({ text, planYear: 2026 });
  if (!result.ok) throw new Error(result.reason);
  return scoreReading(parseExpected(EXPECTED), result.timeline.entries);
}

describe("the real-document score", () => {
  it("counts an item read right only with its dates, its keyword and its time", () => {
    const score = read(
      "12 mars Budgetdialog\nApril: MBL\n5 maj kl. 13.00 Kommunstyrelsen\nLöpande\tUppföljning\n",
    );
    expect(score.expected).toBe(3);
    expect(score.readRight).toBe(3);
  });

  it("misses an item on the wrong day or without its time, and counts an unexpected entry as junk", () => {
    const score = read("13 mars Budgetdialog\nApril: MBL\n5 maj Kommunstyrelsen\n20 juni Sommarfest\n");
    expect(score.readRight).toBe(1);
    expect(score.missed.map((m) => m.keyword)).toEqual(["Budgetdialog", "Kommunstyrelsen"]);
    expect(score.junkEntries.map((e) => e.event)).toContain("Sommarfest");
  });
});

describe("the real documents in test/fixtures/real", () => {
  const corpus = scoreCorpus();

  it("holds at least 25 documents besides the seed and the Simrishamn timeline", () => {
    expect(corpus.documents.length).toBeGreaterThanOrEqual(27);
  });

  it("reads at least 95 % of the dated items right, with at most 5 % junk entries", () => {
    expect(corpus.readRight / corpus.expected).toBeGreaterThanOrEqual(0.95);
    expect(corpus.junk / corpus.entries).toBeLessThanOrEqual(0.05);
  });

  it("reads the seed and the Simrishamn timeline exactly as before (36 and 34 entries, all right)", () => {
    for (const name of ["stockholm-sdn-verksamhetsledning-2007", "simrishamn-tidplan-budget-2027"]) {
      const doc = corpus.documents.find((d) => d.name === name);
      expect(doc?.score.readRight).toBe(doc?.score.expected);
      expect(doc?.score.junk).toBe(0);
    }
    expect(
      corpus.documents.find((d) => d.name === "stockholm-sdn-verksamhetsledning-2007")?.score.entries,
    ).toBe(36);
  });
});
