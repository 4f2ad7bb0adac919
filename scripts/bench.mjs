#!/usr/bin/env node
// `npm run bench`: how long Tidsplan takes on a big timeline (10,000 rows by default).
// In process (compiled CLI build in dist-cli/, so run `npm run build:cli` first), each step in a
// fresh child process of its own so that its first (cold) run and its peak RSS are its own:
//   import + parse, validate (200-owner register), ICS build, calendar-sheet model, print-plan
//   model, årshjul SVG.
// Whole process: `node bin/tidsplan.js validate` and `export --ics --xlsx`, wall clock.
// Every step runs --runs times (default 5); the table shows the first run, the best, the median
// and the peak RSS. Figures and method are kept in docs/PERFORMANCE.md.
//   node scripts/bench.mjs [--rows N] [--runs N] [--order dated|cycling]
//   node scripts/bench.mjs --rows N --write-input FILE   (only writes the generated TSV)
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const SELF = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(SELF), "..");
const require = createRequire(import.meta.url);
const argValue = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const ROWS = Number(argValue("--rows") ?? 10_000);
const RUNS = Math.max(1, Number(argValue("--runs") ?? 5));
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

/**
 * The order of the rows' months. "dated" (the default): a plan as one is written, January to
 * December over the rows (about 830 rows a month). "cycling": the month changes every row and the
 * twelve months come round 833 times (the input of sessions 1–4); since issue 12 the importer
 * reads that as a plan going back across New Year again and again, and says so on about half the
 * rows (a year note each), which the later steps then carry: more findings, more ICS text.
 */
const ORDER = argValue("--order") ?? "dated";
if (ORDER !== "dated" && ORDER !== "cycling") {
  console.error(`bench: --order is "dated" or "cycling", not "${ORDER}"`);
  process.exit(2);
}

/** One När text per notation the importer knows, chosen by row number (deterministic). */
function whenFor(i, rows) {
  const m = ORDER === "dated" ? Math.floor((i * 12) / rows) : i % 12;
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
      // In date order, a week of the month the row is in (ISO week of about that day).
      return ORDER === "dated"
        ? `v. ${Math.min(52, 1 + Math.floor((m * 30.4 + day) / 7))}`
        : `v. ${1 + (i % 52)}`;
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
      return [
        ORDER === "dated" && m >= 6 ? "hösten" : "våren",
        ORDER === "dated" && m < 6 ? "våren" : "hösten",
        "början av " + MONTHS[m],
        "preliminärt " + day + " " + MONTHS[m],
      ][i % 4];
  }
}

const OWNERS = Array.from({ length: 200 }, (_, i) => `Enhet ${String(i + 1).padStart(3, "0")}`);

function generateTsv(rows) {
  const lines = ["När\tHändelse\tAnsvar\tInnehåll"];
  for (let i = 0; i < rows; i += 1) {
    const owner = i % 17 === 0 ? "" : OWNERS[i % OWNERS.length];
    lines.push(
      `${whenFor(i, rows)}\t${EVENTS[i % EVENTS.length]} (${i + 1})\t${owner}\tEnligt anvisningar, se bilaga ${i % 12}`,
    );
  }
  return lines.join("\n") + "\n";
}

// ------------------------------------------------------------ in-process steps (worker)
const OWNER_RECORDS = OWNERS.map((name) => ({ name, aliases: [], color: "", email: "" }));

function loadDomain(sub) {
  const file = path.join(root, "dist-cli", "domain", sub, "index.js");
  return existsSync(file) ? require(file) : null;
}

/** Each step: the dist-cli module it needs, and the call it times on the imported timeline. */
const STEPS = {
  import: { label: "import + parse", module: "import" },
  validate: {
    label: "validate (200 owners)",
    module: "validate",
    run: (m, t) => m.validateTimeline(t, { owners: OWNER_RECORDS }),
    note: (v) => `${v.length} findings`,
  },
  ics: {
    label: "ICS build",
    module: "ics",
    run: (m, t) => m.buildIcs(t, { profile: "add", dtstamp: new Date(0) }),
    note: (v) => `${v.eventCount} events, ${(v.text.length / 2 ** 20).toFixed(1)} MB`,
  },
  calendar: {
    label: "calendar sheet model",
    module: "sheet",
    run: (m, t) => m.buildCalendarSheet(t, { lang: "sv", owners: OWNER_RECORDS }),
  },
  print: { label: "print-plan model", module: "sheet", run: (m, t) => m.buildPrintPlan(t, "sv") },
  wheel: {
    label: "årshjul SVG",
    module: "wheel",
    run: (m, t) => m.buildWheelSvg(t, { lang: "sv", rings: "owner", owners: OWNER_RECORDS }),
    note: (v) => `${(v.length / 2 ** 20).toFixed(1)} MB SVG`,
  },
};

/** Worker mode: times one step RUNS times and prints {runs, rssMb, note} as JSON. */
function worker(stepName, input) {
  const step = STEPS[stepName];
  const imp = loadDomain("import");
  const mod = loadDomain(step.module);
  if (!imp?.importTimeline || !mod) return { missing: true };
  const text = readFileSync(input, "utf8");
  const importOnce = () => imp.importTimeline({ text, fileName: path.basename(input), planYear: YEAR });
  const runs = [];
  const cpuRuns = [];
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  let value;
  let note;
  if (stepName === "import") {
    for (let run = 0; run < RUNS; run += 1) {
      const [start, cpuStart] = [performance.now(), cpuMs()];
      value = importOnce();
      runs.push(performance.now() - start);
      cpuRuns.push(cpuMs() - cpuStart);
    }
    note = value.ok ? `${value.timeline.entries.length} entries` : "import failed";
  } else {
    const imported = importOnce();
    if (!imported.ok) return { failed: "import failed" };
    for (let run = 0; run < RUNS; run += 1) {
      const [start, cpuStart] = [performance.now(), cpuMs()];
      value = step.run(mod, imported.timeline);
      runs.push(performance.now() - start);
      cpuRuns.push(cpuMs() - cpuStart);
    }
    note = step.note?.(value);
  }
  return { runs, cpuRuns, rssMb: process.resourceUsage().maxRSS / 1024, note };
}

// ------------------------------------------------------------ measuring (main)
/** Newest modification time of the .ts sources (not tests) under dir, as bin/tidsplan.js reads it. */
function newestSource(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return Math.max(newest, newestSource(full));
    if (!entry.name.endsWith(".ts") || entry.name.endsWith(".test.ts")) return newest;
    return Math.max(newest, statSync(full).mtimeMs);
  }, 0);
}

/**
 * Whether bin/tidsplan.js would run the compiled build. When a source under src/cli or
 * src/domain is newer, it runs the TypeScript through tsx instead, which measures tsx, not
 * Tidsplan; the bench then runs the build's entry (dist-cli/cli/index.js) directly and says so.
 */
function buildIsCurrent() {
  const compiled = path.join(root, "dist-cli", "cli", "index.js");
  if (!existsSync(compiled)) return false;
  const built = statSync(compiled).mtimeMs;
  return ["cli", "domain"].every((sub) => newestSource(path.join(root, "src", sub)) <= built);
}

function inProcessStep(stepName, input) {
  const child = spawnSync(
    process.execPath,
    [SELF, "--worker", stepName, "--input", input, "--runs", String(RUNS)],
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 2 ** 20,
    },
  );
  if (child.status !== 0) return { failed: (child.stderr || `exit ${child.status}`).trim().split("\n")[0] };
  const result = JSON.parse(child.stdout);
  return result.missing ? "n/a (not built: npm run build:cli)" : result;
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
      const usage = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, "utf8")) : { rss: NaN, cpu: NaN };
      resolve({ ms, code, stderr, rssMb: usage.rss / 1024, cpuMs: usage.cpu });
    });
    child.on("error", () =>
      resolve({ ms: performance.now() - start, code: -1, stderr: "could not start", rssMb: NaN, cpuMs: NaN }),
    );
  });
}

async function processStep(args, okCodes, dir) {
  const runs = [];
  const cpuRuns = [];
  let rssMb = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const r = await timeProcess(args, path.join(dir, "rss.txt"));
    if (!okCodes.includes(r.code))
      return { failed: `exit ${r.code}: ${r.stderr.trim().split("\n")[0] ?? ""}` };
    runs.push(r.ms);
    cpuRuns.push(r.cpuMs);
    rssMb = Math.max(rssMb, r.rssMb);
  }
  return { runs, cpuRuns, rssMb };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function printTable(rows) {
  const head = [
    "step",
    "rows",
    "1st ms",
    "best ms",
    "median ms",
    "1st CPU ms",
    "best CPU ms",
    "peak RSS MB",
    "note",
  ];
  const lines = rows.map(({ step, outcome }) => {
    if (typeof outcome === "string") return [step, String(ROWS), outcome];
    if (outcome.failed) return [step, String(ROWS), `failed: ${outcome.failed}`];
    const { runs, rssMb, note } = outcome;
    return [
      step,
      String(ROWS),
      runs[0].toFixed(0),
      Math.min(...runs).toFixed(0),
      median(runs).toFixed(0),
      outcome.cpuRuns ? outcome.cpuRuns[0].toFixed(0) : "?",
      outcome.cpuRuns ? Math.min(...outcome.cpuRuns).toFixed(0) : "?",
      Number.isFinite(rssMb) ? rssMb.toFixed(0) : "?",
      note ?? "",
    ];
  });
  const widths = head.map((h, i) =>
    Math.max(h.length, ...lines.map((l) => (l.length > 3 || i < 2 ? (l[i] ?? "").length : 0))),
  );
  const format = (cells) =>
    cells
      .map((c, i) =>
        i === 0 || i === cells.length - 1 || cells.length === 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]),
      )
      .join("  ")
      .trimEnd();
  console.log(format(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const l of lines) console.log(format(l));
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "tidsplan-bench-"));
  writeFileSync(
    RSS_HOOK,
    'process.on("exit", () => { const u = process.resourceUsage(); require("node:fs").writeFileSync(' +
      "process.env.TIDSPLAN_BENCH_RSS, JSON.stringify({ rss: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1000 })); });\n",
  );
  const rows = [];
  const loadBefore = loadavg();
  try {
    const input = path.join(dir, `tidsplan-${ROWS}.tsv`);
    const text = generateTsv(ROWS);
    writeFileSync(input, text);
    console.log(
      `Tidsplan bench: ${ROWS} rows (${(text.length / 1024).toFixed(0)} KiB TSV, months ${ORDER === "dated" ? "in date order" : "cycling every row"}), ${RUNS} runs per step`,
    );
    console.log(
      `Machine: ${cpus()[0]?.model ?? "?"} ×${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
    );
    const current = buildIsCurrent();
    if (!current) {
      console.log(
        "Note: src/ is newer than dist-cli/: the figures are of the last build (npm run build:cli), and\n" +
          "the process steps run dist-cli/cli/index.js directly (bin/tidsplan.js would run tsx).",
      );
    }
    for (const [name, step] of Object.entries(STEPS))
      rows.push({ step: step.label, outcome: inProcessStep(name, input) });

    const entry = path.join(root, "dist-cli", "cli", "index.js");
    const cli = current ? path.join(root, "bin", "tidsplan.js") : entry;
    const built = existsSync(entry);
    const outs = ["--ics", path.join(dir, "out.ics"), "--xlsx", path.join(dir, "out.xlsx")];
    const how = current ? "" : " (dist-cli entry)";
    rows.push({
      step: `process: tidsplan validate${how}`,
      outcome: built ? await processStep([cli, "validate", input], [0, 1], dir) : "n/a (not built)",
    });
    rows.push({
      step: `process: tidsplan export --ics --xlsx${how}`,
      outcome: built ? await processStep([cli, "export", input, ...outs], [0, 1], dir) : "n/a (not built)",
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(RSS_HOOK, { force: true });
  }
  const loadAfter = loadavg();
  console.log(
    `Load average (1/5/15 min) before: ${loadBefore.map((l) => l.toFixed(2)).join(" ")}, after: ${loadAfter.map((l) => l.toFixed(2)).join(" ")}\n`,
  );
  printTable(rows);
  console.log(
    "\nIn-process steps: each in its own child process; 1st is the cold run (what one CLI call pays),\n" +
      "best/median over all runs; peak RSS is that child's (the imported timeline included).\n" +
      "Process steps: wall clock of `node bin/tidsplan.js …` including Node start-up; peak RSS of the child.\n" +
      "CPU ms (user + system) is the figure to trust on a busy machine: wall clock includes waiting for a core.",
  );
}

if (process.argv.includes("--write-input")) {
  // Writes the generated timeline only (to profile a step with the very input the bench times).
  writeFileSync(argValue("--write-input"), generateTsv(ROWS));
} else if (process.argv.includes("--worker")) {
  try {
    console.log(JSON.stringify(worker(argValue("--worker"), argValue("--input"))));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
} else {
  main().catch((error) => {
    console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  });
}
