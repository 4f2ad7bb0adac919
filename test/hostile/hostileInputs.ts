/**
 * The fixture generator of the hostile-input suite: writes every bad input into a folder (the
 * big ones are generated here, at test time, never committed) and says what the CLI must answer.
 * The small readable cases are committed in test/fixtures/hostile/ and copied in.
 */
import { copyFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, type RunLang } from "./runCli";
import { XLSX_CASES } from "./hostileXlsx";

/** An entry as `tidsplan import --json` prints it (the fields these tests look at). */
export interface JsonEntry {
  readonly line: number;
  readonly when: string;
  readonly start: string | null;
  readonly event: string;
  readonly owner: string;
  readonly notes: string;
}

/** What the CLI must answer for one input. */
export interface HostileCase {
  readonly name: string;
  readonly file: string;
  readonly lang: RunLang;
  /** All three commands refuse the file: exit 2, one stderr line matching this. */
  readonly refused?: RegExp;
  /** `import --json` reads these entries (checked by the function). */
  readonly reads?: (entries: readonly JsonEntry[]) => void;
  /** Exit code of validate when the file is read (0 or 1), and what its report must say. */
  readonly validate?: { readonly code: 0 | 1; readonly says?: readonly RegExp[] };
  /** False for inputs export cannot handle in seconds yet (reported to the lead). */
  readonly exportToo?: boolean;
  /** Budget of each command in milliseconds (default 60 s, generous for a loaded 2-core machine). */
  readonly budgetMs?: number;
}

const HEADER = "När\tHändelse\tAnsvarig";
const ROWS = [
  "5 februari\tLöneöversyn för året\tPersonalchefen",
  "12 mars\tÅrsredovisning klar\tEkonomichefen",
];

/** The two sample entries every encoding case must give back exactly. */
function readsSample(entries: readonly JsonEntry[]): void {
  expectEqual(
    entries.map((e) => [e.start, e.event, e.owner]),
    [
      ["2026-02-05", "Löneöversyn för året", "Personalchefen"],
      ["2026-03-12", "Årsredovisning klar", "Ekonomichefen"],
    ],
  );
}

function expectEqual(actual: unknown, expected: unknown): void {
  expect(actual).toEqual(expected);
}

function utf16(text: string, order: "le" | "be", bom: boolean): Buffer {
  const le = Buffer.from((bom ? "\ufeff" : "") + text, "utf16le");
  if (order === "le") return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return be;
}

/** Deterministic "random" bytes (a fixed-seed LCG), so a failure can be reproduced. */
function pseudoRandomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** A real 1×1 PNG image. */
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8ffff3f0005fe02fe0def46b80000000049454e44ae426082",
  "hex",
);

const MONTHS = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];

/** 100,000 dated rows in date order, about 270 a day through the year. */
function hundredThousandRows(): string {
  const lines = [HEADER];
  for (let i = 0; i < 100_000; i += 1) {
    const month = Math.floor((i * 12) / 100_000);
    const day = 1 + Math.floor(((i * 12) % 100_000) / (100_000 / 28));
    lines.push(`${day} ${MONTHS[month] ?? "december"}\tHändelse ${i}\tKS`);
  }
  return `${lines.join("\n")}\n`;
}

const COMMITTED = [
  "impossible-dates.tsv",
  "html-script.tsv",
  "rtl.tsv",
  "emoji-combining.tsv",
  "unbalanced-quotes.csv",
  "formula-prefix.tsv",
];

/**
 * Write every hostile input into `dir`.
 *
 * @example
 * await writeHostileInputs(await mkdtemp(join(tmpdir(), "hostile-")));
 */
export async function writeHostileInputs(dir: string): Promise<void> {
  const sample = [HEADER, ...ROWS].join("\n");
  const files: Record<string, string | Buffer> = {
    "empty.txt": "",
    "image.png": PNG,
    "image-named.xlsx": PNG,
    "random-bytes.xlsx": pseudoRandomBytes(64 * 1024, 7),
    "random-bytes.txt": pseudoRandomBytes(64 * 1024, 11),
    "big-50mb.txt": Buffer.concat([Buffer.from(`${sample}\n`), Buffer.alloc(50 * 1024 * 1024, 0x61)]),
    "rows-100k.tsv": hundredThousandRows(),
    "line-1mb.tsv": `${HEADER}\n5 mars\t${"Lång text ".repeat(104_858)}\tKS\n6 mars\tNästa\tKF\n`,
    "nul-bytes.txt": `${HEADER}\n5 februari\tLöne\u0000översyn för året\tPersonal\u0000chefen\n12 mars\tÅrsredovisning klar\tEkonomichefen\u0000\n`,
    "cr-only.txt": [HEADER, ...ROWS].join("\r"),
    "mixed-endings.txt": `${HEADER}\r\n${ROWS[0] ?? ""}\r${ROWS[1] ?? ""}\n`,
    "utf8-bom.txt": `\ufeff${sample}\n`,
    "utf8-no-bom.txt": `${sample}\n`,
    "utf16le-bom.txt": utf16(`${sample}\r\n`, "le", true),
    "utf16be-bom.txt": utf16(`${sample}\r\n`, "be", true),
    "utf16le-no-bom.txt": utf16(`${sample}\r\n`, "le", false),
    "windows-1252.csv": Buffer.from(`${sample.replace(/\t/g, ";")}\n`, "latin1"),
  };
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
  for (const name of COMMITTED)
    await copyFile(join(ROOT, "test", "fixtures", "hostile", name), join(dir, name));
  for (const xlsx of XLSX_CASES) await writeFile(join(dir, xlsx.case.file), await xlsx.build());
}

const encoding = (file: string, lang: RunLang): HostileCase => ({
  name: file,
  file,
  lang,
  reads: readsSample,
  validate: { code: 0 },
});
/** Every hostile input and what the CLI must answer. */
export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: "an empty file", file: "empty.txt", lang: "sv", refused: /tom/ },
  { name: "a PNG image", file: "image.png", lang: "en", refused: /not text|binary/ },
  { name: "a PNG image named .xlsx", file: "image-named.xlsx", lang: "sv", refused: /Excel-arbetsbok/ },
  { name: "random bytes named .xlsx", file: "random-bytes.xlsx", lang: "en", refused: /Excel workbook/ },
  { name: "random bytes named .txt", file: "random-bytes.txt", lang: "sv", refused: /inte text/ },
  { name: "a 50 MB file", file: "big-50mb.txt", lang: "en", refused: /too large \(50 MB\).*at most 20 MB/ },
  {
    name: "a 100,000-row timeline",
    file: "rows-100k.tsv",
    lang: "sv",
    reads: (entries) => {
      expect(entries).toHaveLength(100_000);
      expect(entries[99_999]).toMatchObject({ event: "Händelse 99999", start: "2026-12-28" });
    },
    validate: { code: 0, says: [/^rows-100k \(2026\): 0 fel/] },
    // Exported as well: ICS and workbook (see "a 100,000-row timeline, exported" in hostileCli).
    budgetMs: 120_000,
  },
  {
    name: "a 1 MB line",
    file: "line-1mb.tsv",
    lang: "en",
    reads: (entries) => {
      expect(entries.map((e) => e.start)).toEqual(["2026-03-05", "2026-03-06"]);
      expect(entries[0]?.event.length).toBeGreaterThan(1_000_000);
    },
    validate: { code: 0 },
  },
  { ...encoding("nul-bytes.txt", "sv"), name: "NUL bytes" },
  { ...encoding("cr-only.txt", "en"), name: "CR-only line endings" },
  { ...encoding("mixed-endings.txt", "sv"), name: "mixed line endings" },
  { ...encoding("utf8-bom.txt", "en"), name: "UTF-8 with BOM" },
  { ...encoding("utf8-no-bom.txt", "sv"), name: "UTF-8 without BOM" },
  { ...encoding("utf16le-bom.txt", "en"), name: "UTF-16 little-endian with BOM" },
  { ...encoding("utf16be-bom.txt", "sv"), name: "UTF-16 big-endian with BOM" },
  { ...encoding("utf16le-no-bom.txt", "en"), name: "UTF-16 little-endian without BOM" },
  { ...encoding("windows-1252.csv", "sv"), name: "Windows-1252" },
  {
    name: "impossible dates",
    file: "impossible-dates.tsv",
    lang: "sv",
    reads: (entries) => expect(entries.map((e) => e.start)).toEqual([null, null, null, null, "2026-03-05"]),
    validate: {
      code: 1,
      // Each named as a date that does not exist (not as text that cannot be read).
      says: [
        /"31 februari" innehåller ett datum som inte finns.*\[when-unreadable\]/,
        /"32 mars" innehåller ett datum som inte finns.*\[when-unreadable\]/,
        /"v\. 54" anger en vecka som inte finns det året.*\[when-unreadable\]/,
        /"2026-13-01" innehåller ett datum som inte finns.*\[when-unreadable\]/,
      ],
    },
  },
  {
    name: "a CSV with unbalanced quotes",
    file: "unbalanced-quotes.csv",
    lang: "en",
    reads: (entries) =>
      expect(entries.map((e) => [e.start, e.event])).toEqual([
        ["2026-03-05", '"Budget'],
        ["2026-03-06", "MBL"],
        ["2026-03-07", 'Beslut "om" skatt'],
      ]),
    validate: { code: 0 },
  },
  {
    name: "emoji and combining characters",
    file: "emoji-combining.tsv",
    lang: "sv",
    reads: (entries) =>
      expect(entries.map((e) => e.event)).toEqual([
        "🎉 Kick-off 👩‍👩‍👧 🇸🇪",
        "Möte\u0301 om A\u030arsredovisning",
      ]),
    validate: { code: 0 },
  },
  {
    name: "right-to-left text",
    file: "rtl.tsv",
    lang: "en",
    reads: (entries) =>
      expect(entries.map((e) => e.event)).toEqual([
        "\u200fمراجعة الميزانية\u200f",
        "סקירת תקציב \u202eabc\u202c",
      ]),
    validate: { code: 0 },
  },
  {
    name: "HTML and <script> in cells",
    file: "html-script.tsv",
    lang: "sv",
    // By design (cleanCell), tags from web copies are removed and their text kept: nothing
    // is ever run or rendered as HTML. An owner that was only a tag is then missing, and the
    // check says so.
    reads: (entries) =>
      expect(entries.map((e) => [e.event, e.owner])).toEqual([
        ["alert(1)", "KS"],
        ["Budget & plan", ""],
      ]),
    validate: { code: 0, says: [/rad 3: "Budget & plan" har ingen ansvarig/] },
  },
  {
    name: "cells starting with =, +, -, @",
    file: "formula-prefix.tsv",
    lang: "en",
    reads: (entries) =>
      expect(entries.map((e) => [e.event, e.owner, e.notes])).toEqual([
        ['=HYPERLINK("http://x";"klicka")', "+46 KS", "-1+2"],
        ["@SUM(A1)", "=A1", "+SUM(1)"],
        ["-Budget", "@KS", "=1"],
      ]),
    validate: { code: 0 },
  },
  ...XLSX_CASES.map((x) => x.case),
];
