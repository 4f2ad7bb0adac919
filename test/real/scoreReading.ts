/**
 * Scores how well the importer reads a real document against a hand-checked expected reading
 * (test/fixtures/real/NAME.expected.tsv; the format is in test/fixtures/real/README.md).
 *
 * An expected dated item is read right when one entry has an occurrence with exactly its start
 * and end, the item's keyword occurs in the entry's text (När, Händelse, Ansvarig, Innehåll),
 * and, when the item names a time or says tentative, the entry agrees. Each occurrence of an
 * entry is used for one expected item at most. An entry that matches no expected item (dated or
 * undated) is junk.
 */
import type { TimelineEntry } from "../../src/domain/types";

export interface ExpectedItem {
  readonly start: string;
  readonly end: string;
  readonly keyword: string;
  readonly time?: string;
  readonly tentative: boolean;
  /** 1-based line in the expected file. */
  readonly line: number;
}

export interface ExpectedReading {
  readonly meta: Readonly<Record<string, string>>;
  readonly dated: readonly ExpectedItem[];
  readonly undated: readonly ExpectedItem[];
}

export interface Score {
  readonly expected: number;
  readonly readRight: number;
  readonly entries: number;
  readonly junk: number;
  readonly missed: readonly ExpectedItem[];
  readonly junkEntries: readonly TimelineEntry[];
}

const fold = (text: string): string => text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/**
 * @example
 * parseExpected("# layout: tidy\nstart\tend\tkeyword\tflags\n2026-03-12\t2026-03-12\tUppstart\t\n");
 * // { meta: { layout: "tidy" }, dated: [{ start: "2026-03-12", … }], undated: [] }
 */
export function parseExpected(text: string): ExpectedReading {
  const meta: Record<string, string> = {};
  const dated: ExpectedItem[] = [];
  const undated: ExpectedItem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trimEnd();
    if (line.trim() === "") return;
    const comment = /^#\s*([\w-]+)\s*:\s*(.*)$/.exec(line);
    if (comment?.[1] !== undefined) {
      const key = comment[1].toLowerCase();
      meta[key] = meta[key] === undefined ? (comment[2] ?? "") : `${meta[key]} ${comment[2] ?? ""}`;
      return;
    }
    if (line.startsWith("#")) return;
    const [start = "", end = "", keyword = "", flags = ""] = line.split("\t");
    if (start === "start") return;
    const flagList = flags.split(",").map((f) => f.trim());
    const time = flagList.find((f) => f.startsWith("time="))?.slice(5);
    const item: ExpectedItem = {
      start: start.trim(),
      end: end.trim(),
      keyword: keyword.trim(),
      tentative: flagList.includes("tentative"),
      line: index + 1,
      ...(time !== undefined ? { time } : {}),
    };
    if (item.start === "-") undated.push(item);
    else dated.push(item);
  });
  return { meta, dated, undated };
}

const pad = (n: number): string => String(n).padStart(2, "0");
const iso = (d: { year: number; month: number; day: number }): string =>
  `${d.year}-${pad(d.month)}-${pad(d.day)}`;

function entryText(entry: TimelineEntry): string {
  return fold(`${entry.when} ${entry.event} ${entry.owner} ${entry.notes}`);
}

/**
 * @example
 * scoreReading(parseExpected(tsv), timeline.entries).readRight
 */
export function scoreReading(expected: ExpectedReading, entries: readonly TimelineEntry[]): Score {
  const texts = entries.map(entryText);
  const used = new Set<string>();
  const matchedEntries = new Set<number>();
  const missed: ExpectedItem[] = [];
  let readRight = 0;
  for (const item of expected.dated) {
    const keyword = fold(item.keyword);
    let found = false;
    for (let e = 0; e < entries.length && !found; e += 1) {
      const entry = entries[e];
      if (entry === undefined || !entry.parsed.ok || !(texts[e] ?? "").includes(keyword)) continue;
      if (item.tentative && !entry.parsed.tentative) continue;
      entry.parsed.occurrences.forEach((occ, o) => {
        if (found || used.has(`${e}:${o}`)) return;
        if (iso(occ.start) !== item.start || iso(occ.end) !== item.end) return;
        if (item.time !== undefined) {
          const t = occ.startTime;
          if (t === undefined || `${pad(t.hour)}:${pad(t.minute)}` !== item.time) return;
        }
        used.add(`${e}:${o}`);
        matchedEntries.add(e);
        found = true;
      });
    }
    if (found) readRight += 1;
    else missed.push(item);
  }
  for (const item of expected.undated) {
    const keyword = fold(item.keyword);
    const e = entries.findIndex(
      (entry, i) => !matchedEntries.has(i) && (texts[i] ?? "").includes(keyword) && entry !== undefined,
    );
    if (e >= 0) matchedEntries.add(e);
  }
  const junkEntries = entries.filter((_, i) => !matchedEntries.has(i));
  return {
    expected: expected.dated.length,
    readRight,
    entries: entries.length,
    junk: junkEntries.length,
    missed,
    junkEntries,
  };
}
