#!/usr/bin/env node
// `npm run validate`: the offline manifest check. XSD validation (libxml2 via xmllint-wasm,
// against the copy in schemas/office-manifest, shipped in the repository) plus what the XSD cannot see:
// resids resolve, URLs name files the production build emits, icons exist at their declared
// sizes, sv-SE overrides cover every string. Exits 1 if any check fails.
//
//   node scripts/validate-manifest.mjs [--manifest FILE] [--dist DIR] [--no-build]
//
// Without --dist it uses dist/ and first runs `webpack --mode production` when dist/ is
// missing or older than the sources. The online check is `npm run validate:online`.
import { createRequire } from "node:module";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { runAllChecks, XSD_DIR } = require("./manifest-checks.cjs");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function parseArgs(argv) {
  const options = { manifest: path.join(root, "manifest.xml"), dist: undefined, build: true };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--manifest") options.manifest = path.resolve(argv[++i] ?? "");
    else if (arg === "--dist") options.dist = path.resolve(argv[++i] ?? "");
    else if (arg === "--no-build") options.build = false;
    else {
      console.error(`validate-manifest: unknown argument ${arg}`);
      process.exit(2);
    }
  }
  return options;
}

/** Newest modification time under the given paths (files or folders). */
function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p)) visit(path.join(p, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

function ensureBuild(dist) {
  const sources = ["src", "assets", "manifest.xml", "webpack.config.js", "package.json"].map((p) =>
    path.join(root, p),
  );
  const built = existsSync(dist) ? newestMtime([dist]) : 0;
  if (built > 0 && built >= newestMtime(sources)) return;
  console.log(
    existsSync(dist) ? "dist/ is older than the sources: building…" : "dist/ is missing: building…",
  );
  const webpack = path.join(
    root,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "webpack.cmd" : "webpack",
  );
  const run = spawnSync(webpack, ["--mode", "production"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (run.status !== 0)
    console.error("validate-manifest: the production build failed; the URL check will say what is missing.");
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const dist = options.dist ?? path.join(root, "dist");
  if (options.dist === undefined && options.build) ensureBuild(dist);
  const xsdDir = XSD_DIR;
  const xml = readFileSync(options.manifest, "utf8");
  console.log(`Checking ${path.relative(process.cwd(), options.manifest) || options.manifest}`);
  const results = await runAllChecks({ xml, xsdDir, distDir: dist, assetsDir: path.join(root, "assets") });
  for (const r of results) {
    console.log(`${r.ok ? "  ok  " : "  FAIL"} ${r.name}`);
    for (const m of r.messages) console.log(`         ${m}`);
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(
    failed === 0 ? "Manifest is valid." : `Manifest check failed: ${failed} of ${results.length} checks.`,
  );
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(`validate-manifest: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
