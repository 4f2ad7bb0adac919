#!/usr/bin/env node
// Paired comparison of the first (cold) import between builds of Tidsplan: the figure that a
// single `npm run bench` run is too noisy for (±40 ms on a shared 2-core machine).
//   node scripts/bench-compare.mjs --input FILE [--rounds N] [--step import|validate] TREE1 TREE2 …
// Each TREE is a checkout with its own compiled dist-cli/ (npx tsc -p tsconfig.cli.json), e.g. a
// `git worktree` of an older commit. In every round each tree runs once, in a fresh `node`
// process, one after the other; the table gives the mean first-run wall clock and CPU per tree and
// the mean of the paired differences from TREE1 with its standard error. The bench's own input:
// `node scripts/bench.mjs --write-input FILE` (add `--order cycling` for the old one).
import { spawnSync } from "node:child_process";
import path from "node:path";

const argValue = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const input = argValue("--input");
const rounds = Number(argValue("--rounds") ?? 20);
const step = argValue("--step") ?? "import";
const valued = new Set(["--input", "--rounds", "--step"]);
const trees = process.argv
  .slice(2)
  .filter((arg, i, all) => !arg.startsWith("--") && !valued.has(all[i - 1] ?? ""))
  .map((tree) => path.resolve(tree));
if (input === undefined || trees.length === 0 || !["import", "validate"].includes(step)) {
  console.error(
    "usage: node scripts/bench-compare.mjs --input FILE [--rounds N] [--step import|validate] TREE…",
  );
  process.exit(2);
}

/** Runs in the child: one cold import (and validate), prints "wallMs cpuMs". */
const CHILD = `
const [root, input, step] = process.argv.slice(1);
const imp = require(root + "/dist-cli/domain/import/index.js");
const text = require("node:fs").readFileSync(input, "utf8");
const owners = Array.from({ length: 200 }, (_, i) => ({ name: "Enhet " + String(i + 1).padStart(3, "0"), aliases: [], color: "", email: "" }));
let run = () => imp.importTimeline({ text, fileName: "bench.tsv", planYear: 2027 });
if (step === "validate") {
  const val = require(root + "/dist-cli/domain/validate/index.js");
  const timeline = run().timeline;
  run = () => val.validateTimeline(timeline, { owners });
}
const cpu = process.cpuUsage();
const start = performance.now();
run();
const wall = performance.now() - start;
const used = process.cpuUsage(cpu);
console.log(wall.toFixed(2), ((used.user + used.system) / 1000).toFixed(2));
`;

const results = trees.map(() => []);
for (let round = 0; round < rounds; round += 1) {
  trees.forEach((tree, k) => {
    const child = spawnSync(process.execPath, ["-e", CHILD, tree, path.resolve(input), step], {
      encoding: "utf8",
    });
    if (child.status !== 0) {
      console.error(`${tree}: ${child.stderr.trim().split("\n")[0]}`);
      process.exit(1);
    }
    results[k].push(child.stdout.trim().split(/\s+/).map(Number));
  });
}
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
const stderr = (values) => {
  const m = mean(values);
  return Math.sqrt(
    values.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, values.length - 1) / values.length,
  );
};
console.log(`${step}, first run, ${rounds} rounds, input ${input}`);
trees.forEach((tree, k) => {
  const wall = results[k].map((r) => r[0]);
  const cpu = results[k].map((r) => r[1]);
  let line = `${tree.padEnd(28)} wall ${mean(wall).toFixed(1)} ms, CPU ${mean(cpu).toFixed(1)} ms`;
  if (k > 0) {
    const dw = wall.map((w, i) => w - (results[0][i]?.[0] ?? 0));
    const dc = cpu.map((c, i) => c - (results[0][i]?.[1] ?? 0));
    line += ` | minus the first: wall ${mean(dw).toFixed(1)} ± ${stderr(dw).toFixed(1)}, CPU ${mean(dc).toFixed(1)} ± ${stderr(dc).toFixed(1)}`;
  }
  console.log(line);
});
