/**
 * Reads every real document in test/fixtures/real and scores it against its hand-checked
 * expected reading (see scoreReading.ts). Used by the jest test and by `npm test`'s
 * "real documents" step, which prints the figure.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { importTimeline } from "../../src/domain/import";
import { parseExpected, scoreReading, type ExpectedReading, type Score } from "./scoreReading";

export const REAL_DIR = path.join(__dirname, "..", "fixtures", "real");

export interface DocumentScore {
  readonly name: string;
  readonly layout: string;
  readonly expectedReading: ExpectedReading;
  readonly score: Score;
  readonly failure?: string;
}

/** Every fixture NAME.txt that has a NAME.expected.tsv beside it. */
export function realFixtureNames(dir = REAL_DIR): string[] {
  const files = new Set(readdirSync(dir));
  return [...files]
    .filter((f) => f.endsWith(".txt") && files.has(f.replace(/\.txt$/, ".expected.tsv")))
    .map((f) => f.replace(/\.txt$/, ""))
    .sort();
}

export function scoreDocument(name: string, dir = REAL_DIR): DocumentScore {
  const text = readFileSync(path.join(dir, `${name}.txt`), "utf8");
  const expectedReading = parseExpected(readFileSync(path.join(dir, `${name}.expected.tsv`), "utf8"));
  const planYear = Number(expectedReading.meta["plan-year"]);
  const result = importTimeline({
    text,
    fileName: `${name}.txt`,
    ...(Number.isInteger(planYear) && planYear > 1900 ? { planYear } : {}),
  });
  const layout = expectedReading.meta.layout ?? "?";
  const entries = result.ok ? result.timeline.entries : [];
  const score = scoreReading(expectedReading, entries);
  return { name, layout, expectedReading, score, ...(result.ok ? {} : { failure: result.reason }) };
}

export interface Totals {
  readonly expected: number;
  readonly readRight: number;
  readonly entries: number;
  readonly junk: number;
}

export interface CorpusScore extends Totals {
  readonly documents: readonly DocumentScore[];
  /**
   * The documents of layouts the importer does not read yet (their expected file says
   * `# unsupported: <why>`), out of the gate: their figures are printed, not hidden.
   */
  readonly unsupported: Totals;
  /** Everything, the unsupported layouts included. */
  readonly all: Totals;
}

const totals = (documents: readonly DocumentScore[]): Totals => {
  const sum = (f: (d: DocumentScore) => number): number => documents.reduce((s, d) => s + f(d), 0);
  return {
    expected: sum((d) => d.score.expected),
    readRight: sum((d) => d.score.readRight),
    entries: sum((d) => d.score.entries),
    junk: sum((d) => d.score.junk),
  };
};

export const isUnsupported = (doc: DocumentScore): boolean =>
  doc.expectedReading.meta.unsupported !== undefined;

export function scoreCorpus(dir = REAL_DIR): CorpusScore {
  const documents = realFixtureNames(dir).map((name) => scoreDocument(name, dir));
  return {
    documents,
    ...totals(documents.filter((d) => !isUnsupported(d))),
    unsupported: totals(documents.filter(isUnsupported)),
    all: totals(documents),
  };
}

export const percent = (part: number, whole: number): string =>
  whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)} %`;
