#!/usr/bin/env node
// `npm test`: every check the project has, in order, with output streamed. A failing step does
// not stop the run (you want every problem at once); the exit status is non-zero if any failed.
// Ends with one summary line: `Summary: N passed, N failed`, where jest and browser tests count
// one per test and every other step (typecheck, lint, builds, manifest) counts as one check.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const isWindows = process.platform === "win32";
const bin = (name) => path.join(root, "node_modules", ".bin", isWindows ? `${name}.cmd` : name);
const jestJson = path.join(root, "test-output", "jest-results.json");
// A step that runs longer is stopped and counted as failed, so CI never hangs (TIDSPLAN_STEP_MINUTES).
const STEP_TIMEOUT_MS = Number(process.env.TIDSPLAN_STEP_MINUTES ?? 10) * 60 * 1000;

/**
 * The steps. `counts(output)` returns { passed, failed } for a test runner, or null when the
 * runner printed no counts (then the step counts as one check by its exit status).
 */
const STEPS = [
  { name: "typecheck", command: bin("tsc"), args: ["-p", "tsconfig.json", "--noEmit"] },
  { name: "lint", command: bin("eslint"), args: ["."] },
  { name: "build:cli", command: bin("tsc"), args: ["-p", "tsconfig.cli.json"] },
  {
    name: "unit tests",
    command: bin("jest"),
    args: ["--ci", "--json", "--outputFile", jestJson],
    before: () => {
      mkdirSync(path.dirname(jestJson), { recursive: true });
      rmSync(jestJson, { force: true });
    },
    counts: () => jestCounts(),
  },
  {
    // How many hand-checked dates of the real documents in test/fixtures/real the importer reads
    // right (fails below 95 %, or above 5 % junk entries; README "Documents it reads").
    name: "real documents",
    command: bin("tsx"),
    args: [path.join(root, "test", "real", "report.ts")],
  },
  { name: "production build", command: bin("webpack"), args: ["--mode", "production"] },
  {
    name: "bundle budget",
    command: process.execPath,
    args: [path.join(root, "scripts", "bundle-budget.mjs")],
  },
  {
    name: "manifest (offline)",
    command: process.execPath,
    args: [path.join(root, "scripts", "validate-manifest.mjs"), "--no-build"],
  },
  {
    name: "browser tests",
    command: process.execPath,
    args: [path.join(root, "scripts", "browser-tests.mjs")],
    require: path.join(root, "scripts", "browser-tests.mjs"),
    counts: (output) => runnerCounts(output),
  },
];

function jestCounts() {
  if (!existsSync(jestJson)) return null;
  try {
    const report = JSON.parse(readFileSync(jestJson, "utf8"));
    // A suite that fails to compile has no tests but is a failure the summary must show.
    const brokenSuites = (report.testResults ?? []).filter(
      (s) => s.status === "failed" && (s.assertionResults ?? []).length === 0,
    ).length;
    return { passed: report.numPassedTests, failed: report.numFailedTests + brokenSuites };
  } catch {
    return null;
  }
}

/** The last `N passed, N failed` line a runner printed. */
function runnerCounts(output) {
  const matches = [...output.matchAll(/(\d+) passed, (\d+) failed/g)];
  const last = matches.at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : null;
}

/** Runs one step, streaming its output, and resolves with its status and captured stdout. */
function runStep(step) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(step.command, step.args, {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
      shell: isWindows,
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? "0" },
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    });
    const timer = setTimeout(() => {
      console.error(
        `\n${step.name}: still running after ${STEP_TIMEOUT_MS / 60000} minutes, stopping it ` +
          "(something never finishes: an endless loop or an open handle?).",
      );
      child.kill("SIGTERM");
    }, STEP_TIMEOUT_MS);
    const finish = (status, error) => {
      clearTimeout(timer);
      resolve({ status, error, output, seconds: (Date.now() - started) / 1000 });
    };
    child.on("error", (error) => finish(null, error));
    child.on("close", (status) => finish(status, null));
  });
}

async function main() {
  const rows = [];
  for (const step of STEPS) {
    console.log(
      `\n━━ ${step.name} ━━ ${[path.basename(step.command), ...step.args.map((a) => path.relative(root, a) || a)].join(" ")}`,
    );
    if (step.require && !existsSync(step.require)) {
      console.log(`${path.relative(root, step.require)} does not exist yet.`);
      rows.push({ name: step.name, ok: false, passed: 0, failed: 1, note: "missing" });
      continue;
    }
    step.before?.();
    const { status, error, output, seconds } = await runStep(step);
    if (error) console.error(`${step.name}: could not start ${step.command}: ${error.message}`);
    const ok = status === 0;
    const counts = step.counts?.(output) ?? null;
    const passed = counts ? counts.passed : ok ? 1 : 0;
    // A runner that exits non-zero with all its tests green (a crash, a coverage gate) is a failure too.
    const failed = counts ? counts.failed + (ok || counts.failed > 0 ? 0 : 1) : ok ? 0 : 1;
    rows.push({ name: step.name, ok, passed, failed, note: `${seconds.toFixed(1)} s` });
  }
  console.log("\n━━ results ━━");
  for (const r of rows) {
    console.log(
      `${r.ok ? "  ok  " : "  FAIL"} ${r.name.padEnd(20)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  (${r.note})`,
    );
  }
  const passed = rows.reduce((sum, r) => sum + r.passed, 0);
  const failed = rows.reduce((sum, r) => sum + r.failed, 0);
  const allOk = rows.every((r) => r.ok) && failed === 0;
  console.log(`\nSummary: ${passed} passed, ${failed} failed`);
  process.exitCode = allOk ? 0 : 1;
}

main().catch((error) => {
  console.error(`test-all: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
