#!/usr/bin/env node
// `npm run bench`: how long Tidsplan takes on a big timeline (10,000 rows by default).
// In process (compiled CLI build in dist-cli/, so run `npm run build:cli` first):
//   import + parse, validate (200-owner register), ICS, calendar-sheet model.
// Whole process: `node bin/tidsplan.js validate` and `export`, wall clock, best of 3.
// Prints a table with milliseconds and peak RSS. Figures and method go to docs/PERFORMANCE.md.
//   node scripts/bench.mjs [--rows N] [--runs N]
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg("--rows", 10_000);
const RUNS = arg("--runs", 3);
const YEAR = 2027;
const RSS_HOOK = path.join(tmpdir(), `tidsplan-bench-rss-${process.pid}.cjs`);

// ------------------------------------------------------------ a realistic big timeline
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
const EVENTS = [
  "Beslut om tertialrapport i nämnden",
  "Utkast till verksamhetsplan presenteras för förvaltningsgruppen",
  "MBL-förhandling om budgetunderlag",
  "Dialog mellan enheter om åtaganden och uppföljning",
  "Information till pensionärsrådet",
  "Bokslut och verksamhetsberättelse färdigställs",
  "Sista dag för inlämning av underlag",
  "Kommunstyrelsens arbetsutskott sammanträder",
  "Internkontrollplan fastställs",
  "Budgetberedning",
];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** One När text per notation the importer knows, chosen by row number (deterministic). */
function whenFor(i) {
  const m = i % 12;
  const day = 1 + ((i * 7) % DAYS_IN_MONTH[m]);
  const next = MONTHS[(m + 1) % 12];
  switch (i % 10) {
    case 0:
      return `${day} ${MONTHS[m]}`;
    case 1:
      return `${YEAR}-${String(m + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    case 2:
      return m < 11 ? `${MONTHS[m]}-${next}` : MONTHS[m];
    case 3:
      return `v. ${1 + (i % 52)}`;
    case 4:
      return `senast ${day} ${MONTHS[m]}`;
    case 5:
      return `${Math.min(day, 26)}–${Math.min(day, 26) + 2} ${MONTHS[m]}`;
    case 6:
      return `${day} ${MONTHS[m]} kl. 13.00`;
    case 7:
      return MONTHS[m];
    case 8:
      return `${Math.min(day, 20)}, ${Math.min(day, 20) + 3} och ${Math.min(day, 20) + 7} ${MONTHS[m]}`;
    default:
      return ["våren", "hösten", "början av " + MONTHS[m], "preliminärt " + day + " " + MONTHS[m]][i % 4];
  }
}

const OWNERS = Array.from({ length: 200 }, (_, i) => `Enhet ${String(i + 1).padStart(3, "0")}`);

function generateTsv(rows) {
  const lines = ["När\tHändelse\tAnsvar\tInnehåll"];
  for (let i = 0; i < rows; i += 1) {
    const owner = i % 17 === 0 ? "" : OWNERS[i % OWNERS.length];
    lines.push(
      `${whenFor(i)}\t${EVENTS[i % EVENTS.length]} (${i + 1})\t${owner}\tEnligt anvisningar, se bilaga ${i % 12}`,
    );
  }
  return lines.join("\n") + "\n";
}

// ------------------------------------------------------------ measuring
/** Newest modification time of the files under dir (0 if it does not exist). */
function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  const stat = statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(dir).reduce((newest, entry) => Math.max(newest, newestMtime(path.join(dir, entry))), 0);
}

function loadDomain(sub) {
  const file = path.join(root, "dist-cli", "domain", sub, "index.js");
  if (!existsSync(file)) return null;
  try {
    return require(file);
  } catch {
    return null;
  }
}

/** Best of RUNS for an in-process step; the step gets the previous step's output. */
function timeInProcess(fn) {
  let best = Infinity;
  let value;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    value = fn();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, rssMb: process.memoryUsage().rss / 2 ** 20, value };
}

/**
 * Runs a child process; resolves with its wall-clock ms and peak RSS. The RSS comes from a
 * preloaded hook that writes process.resourceUsage().maxRSS (KiB) to a file at exit: Node's
 * ChildProcess has no resource usage of its own.
 */
function timeProcess(args, rssFile) {
  return new Promise((resolve) => {
    rmSync(rssFile, { force: true });
    const start = performance.now();
    const child = spawn(process.execPath, ["--require", RSS_HOOK, ...args], {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, TIDSPLAN_BENCH_RSS: rssFile },
    });
    let stderr = "";
    child.stderr.on("data", (c) => (stderr += c));
    child.on("close", (code) => {
      const ms = performance.now() - start;
      const rssMb = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) / 1024 : NaN;
      resolve({ ms, code, stderr, rssMb });
    });
    child.on("error", () =>
      resolve({ ms: performance.now() - start, code: -1, stderr: "could not start", rssMb: NaN }),
    );
  });
}

async function bestProcess(args, okCodes, dir) {
  let best = null;
  for (let run = 0; run < RUNS; run += 1) {
    const r = await timeProcess(args, path.join(dir, "rss.txt"));
    if (!okCodes.includes(r.code))
      return { failed: `exit ${r.code}: ${r.stderr.trim().split("\n")[0] ?? ""}` };
    if (!best || r.ms < best.ms) best = r;
  }
  return best;
}

const rows = [];
const NA = "n/a (not built)";
function record(step, outcome) {
  rows.push({ step, outcome });
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "tidsplan-bench-"));
  writeFileSync(
    RSS_HOOK,
    'process.on("exit", () => require("node:fs").writeFileSync(process.env.TIDSPLAN_BENCH_RSS, ' +
      "String(process.resourceUsage().maxRSS)));\n",
  );
  try {
    const input = path.join(dir, `tidsplan-${ROWS}.tsv`);
    const text = generateTsv(ROWS);
    writeFileSync(input, text);
    console.log(`Tidsplan bench: ${ROWS} rows (${(text.length / 1024).toFixed(0)} KiB TSV), best of ${RUNS}`);
    console.log(
      `Machine: ${cpus()[0]?.model ?? "?"} ×${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}\n`,
    );

    if (newestMtime(path.join(root, "src")) > newestMtime(path.join(root, "dist-cli"))) {
      console.log(
        "Note: dist-cli/ is older than src/: the in-process figures use the old build (npm run build:cli).\n",
      );
    }
    const imp = loadDomain("import");
    const val = loadDomain("validate");
    const ics = loadDomain("ics");
    const sheet = loadDomain("sheet");

    let timeline = null;
    if (imp?.importTimeline) {
      const r = timeInProcess(() =>
        imp.importTimeline({ text, fileName: path.basename(input), planYear: YEAR }),
      );
      timeline = r.value?.ok ? r.value.timeline : null;
      record(
        "import + parse",
        timeline ? { ...r, note: `${timeline.entries.length} entries` } : { failed: "import failed" },
      );
    } else record("import + parse", NA);

    const owners = OWNERS.map((name) => ({ name, aliases: [], color: "", email: "" }));
    const withTimeline = (name, mod, fn, call) => {
      if (!mod?.[fn]) return record(name, NA);
      if (!timeline) return record(name, "n/a (no timeline)");
      const r = timeInProcess(call);
      record(name, r);
      return r.value;
    };
    const findings = withTimeline("validate (200 owners)", val, "validateTimeline", () =>
      val.validateTimeline(timeline, { owners }),
    );
    if (Array.isArray(findings)) rows.at(-1).outcome.note = `${findings.length} findings`;
    const icsOut = withTimeline("ICS build", ics, "buildIcs", () =>
      ics.buildIcs(timeline, { profile: "add", dtstamp: new Date(0) }),
    );
    if (icsOut?.eventCount !== undefined) rows.at(-1).outcome.note = `${icsOut.eventCount} events`;
    withTimeline("calendar sheet model", sheet, "buildCalendarSheet", () =>
      sheet.buildCalendarSheet(timeline, { lang: "sv", owners }),
    );

    const cli = path.join(root, "bin", "tidsplan.js");
    if (existsSync(cli) && existsSync(path.join(root, "dist-cli"))) {
      record("process: tidsplan validate", await bestProcess([cli, "validate", input], [0, 1], dir));
      const outs = ["--ics", path.join(dir, "out.ics"), "--xlsx", path.join(dir, "out.xlsx")];
      record("process: tidsplan export", await bestProcess([cli, "export", input, ...outs], [0, 1], dir));
    } else {
      record("process: tidsplan validate", NA);
      record("process: tidsplan export", NA);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(RSS_HOOK, { force: true });
  }

  console.log(`${"step".padEnd(30)} ${"ms".padStart(9)} ${"peak RSS".padStart(10)}  note`);
  for (const { step, outcome } of rows) {
    if (typeof outcome === "string") console.log(`${step.padEnd(30)} ${outcome}`);
    else if (outcome.failed) console.log(`${step.padEnd(30)} failed: ${outcome.failed}`);
    else {
      const rss = Number.isFinite(outcome.rssMb) ? `${outcome.rssMb.toFixed(0)} MB` : "?";
      console.log(
        `${step.padEnd(30)} ${outcome.ms.toFixed(1).padStart(9)} ${rss.padStart(10)}  ${outcome.note ?? ""}`,
      );
    }
  }
  console.log(
    "\nIn-process RSS is the bench process's after the step (cumulative); process RSS is the child's peak.",
  );
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
