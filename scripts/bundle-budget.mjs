#!/usr/bin/env node
// The task pane's size budget (issue #7): the initial JS of dist/taskpane.html, gzipped, may be at
// most 30 % more than what Microsoft's React task-pane template builds to
// (test/budget/template-baseline.json says how that figure was measured).
// Run after `npx webpack --mode production`; `npm test` runs it right after the production build.
// Prints one row per file and the total against the budget; exits 1 when over or not measurable.
//   node scripts/bundle-budget.mjs [distDir]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { checkBudget, DEFAULT_ALLOWANCE } = require("./bundle-measure.cjs");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const distDir = path.resolve(process.argv[2] ?? path.join(root, "dist"));
const baselineFile = path.join(root, "test", "budget", "template-baseline.json");

function readBaseline() {
  try {
    const baseline = JSON.parse(readFileSync(baselineFile, "utf8"));
    return baseline.initialJs?.total?.gzip;
  } catch (error) {
    console.error(`bundle budget: cannot read ${path.relative(root, baselineFile)}: ${error.message}`);
    return undefined;
  }
}

const pad = (value, width) => String(value).padStart(width);

const baselineGzip = readBaseline();
if (baselineGzip === undefined) {
  process.exitCode = 1;
} else {
  const result = checkBudget(distDir, baselineGzip, DEFAULT_ALLOWANCE);
  if (result.measured) {
    const { files, external, total } = result.measured;
    const width = Math.max(24, ...files.map((f) => f.file.length));
    console.log(`Initial JS of ${path.relative(root, distDir) || "."}/taskpane.html (gzip level 9):`);
    console.log(`${"file".padEnd(width)} ${pad("raw", 9)} ${pad("gzip", 8)}  loaded`);
    for (const f of files)
      console.log(`${f.file.padEnd(width)} ${pad(f.raw, 9)} ${pad(f.gzip, 8)}  ${f.loadedBy}`);
    console.log(`${"total".padEnd(width)} ${pad(total.raw, 9)} ${pad(total.gzip, 8)}`);
    if (external.length > 0) console.log(`not counted (another origin): ${external.join(", ")}`);
    console.log(
      `budget: template ${baselineGzip} B × ${(1 + DEFAULT_ALLOWANCE).toFixed(2)} = ${result.budget} B gzipped`,
    );
  }
  console.log(`${result.ok ? "ok" : "FAIL"}: ${result.message}`);
  process.exitCode = result.ok ? 0 : 1;
}
