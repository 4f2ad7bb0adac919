#!/usr/bin/env node
/**
 * The `tidsplan` command. Runs the compiled CLI (dist-cli, built by `npm run build:cli`, which
 * the `prepare` script runs on npm install / npm ci). When it has not been built, or a source
 * file under src/cli or src/domain is newer than the build (a developer edited the code), it
 * runs the TypeScript source through tsx instead, so the command never runs stale code.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const compiled = path.join(root, "dist-cli", "cli", "index.js");
const source = path.join(root, "src", "cli", "index.ts");

/** The newest modification time of the .ts files under `dir` (0 when there are none). */
function newestSource(dir) {
  let newest = 0;
  let names = [];
  try {
    names = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of names) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
      newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  }
  return newest;
}

function buildIsCurrent() {
  if (!fs.existsSync(compiled)) return false;
  if (!fs.existsSync(source)) return true;
  const built = fs.statSync(compiled).mtimeMs;
  return (
    newestSource(path.join(root, "src", "cli")) <= built &&
    newestSource(path.join(root, "src", "domain")) <= built
  );
}

/** Run the TypeScript source through tsx; false when tsx is not installed. */
async function runSource() {
  try {
    // The ESM hook serves the import() of lazily loaded commands, the CommonJS hook require().
    // (tsx's CommonJS build of the ESM API cannot register itself, hence the import().)
    const api = await import("tsx/esm/api");
    api.register();
    require("tsx/cjs");
  } catch {
    return false;
  }
  require(source);
  return true;
}

async function run() {
  if (buildIsCurrent()) {
    require(compiled);
  } else if (!(await runSource())) {
    if (fs.existsSync(compiled)) {
      require(compiled);
    } else {
      process.stderr.write("tidsplan: the CLI is not built and tsx is missing; run `npm run build:cli`.\n");
      process.exitCode = 2;
    }
  }
}

run().catch((error) => {
  process.stderr.write(
    `tidsplan: ${String(error instanceof Error ? error.message : error).split("\n")[0]}\n`,
  );
  process.exitCode = 2;
});
