// What the task pane loads before its first view, measured in a production build (dist/), for
// the size budget in scripts/bundle-budget.mjs and test/budget/bundleBudget.test.ts.
// CommonJS so that jest (ts-jest, CommonJS) and the ESM script can both load it.
//
// "Initial JS" is every script the pane needs before it can show its first view:
//  - the local <script src> tags of dist/taskpane.html (office.js from Microsoft's CDN is not
//    counted: the template loads it too), and
//  - the chunks the entry itself imports at start (src/taskpane/index.tsx imports the pane and the
//    Office.js workbook at once, so they are as initial as a script tag; counting only the tags
//    would measure a 5 KB loader and let everything behind it grow unchecked).
// Chunks imported further down (the views, the paste panel) are lazy and not counted.
// Which chunk group loads which comes from dist/bundle-chunks.json, written by webpack.config.js.
// Nothing here throws for a bad or missing build: the result says what is wrong.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const CHUNK_GRAPH_FILE = "bundle-chunks.json";
const DEFAULT_PAGE = "taskpane.html";
/** The budget is the template's initial JS plus this share (issue #7: "within 30 %"). */
const DEFAULT_ALLOWANCE = 0.3;

/** gzip at level 9, as the baseline was measured. */
function gzipSize(bytes) {
  return zlib.gzipSync(bytes, { level: 9 }).length;
}

/** The src of every <script src=…> in the page, in order (quoted or not, as minified HTML has it). */
function scriptSources(html) {
  const sources = [];
  const pattern = /<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
  for (const match of html.matchAll(pattern)) sources.push(match[1] ?? match[2] ?? match[3] ?? "");
  return sources;
}

/** True for a script from another origin (https://…, //cdn…): not part of our bundle. */
function isExternal(src) {
  return /^([a-z][a-z0-9+.-]*:)?\/\//i.test(src);
}

/** A script src as a path inside dist/ (no query or fragment, no leading ./ or /). */
function localPath(src) {
  return src.replace(/[?#].*$/, "").replace(/^\.?\//, "");
}

function readChunkGraph(distDir) {
  const file = path.join(distDir, CHUNK_GRAPH_FILE);
  if (!fs.existsSync(file)) {
    return {
      ok: false,
      message:
        `${file} is missing: dist/ was not built by this project's webpack.config.js in production ` +
        "mode. Run `npx webpack --mode production` first.",
    };
  }
  try {
    const graph = JSON.parse(fs.readFileSync(file, "utf8"));
    if (!graph || !Array.isArray(graph.groups)) throw new Error("no groups list");
    return { ok: true, groups: graph.groups };
  } catch (error) {
    return { ok: false, message: `${file} is not a chunk graph (${error.message}). Rebuild dist/.` };
  }
}

/**
 * Measures the initial JS of a page in a production build.
 * Returns { ok: true, files: [{ file, raw, gzip, loadedBy }], external: [src], total: { raw, gzip } }
 * or { ok: false, message }.
 */
function measureInitialJs(distDir, page = DEFAULT_PAGE) {
  const pageFile = path.join(distDir, page);
  if (!fs.existsSync(distDir) || !fs.statSync(distDir).isDirectory()) {
    return { ok: false, message: `${distDir} does not exist: run \`npx webpack --mode production\` first.` };
  }
  if (!fs.existsSync(pageFile)) {
    return { ok: false, message: `${pageFile} does not exist: run \`npx webpack --mode production\` first.` };
  }
  const sources = scriptSources(fs.readFileSync(pageFile, "utf8"));
  const external = sources.filter(isExternal);
  const tagged = sources.filter((src) => !isExternal(src)).map(localPath);
  if (tagged.length === 0) return { ok: false, message: `${pageFile} loads no local script.` };

  const graph = readChunkGraph(distDir);
  if (!graph.ok) return graph;
  // The entry points the page's tags load, then the chunk groups those entries import directly.
  const entryIds = new Set(
    graph.groups.filter((g) => g.initial && g.files.some((f) => tagged.includes(f))).map((g) => g.id),
  );
  if (entryIds.size === 0) {
    return {
      ok: false,
      message: `${CHUNK_GRAPH_FILE} has no entry point for the scripts of ${page}. Rebuild dist/.`,
    };
  }
  const loadedBy = new Map(tagged.map((f) => [f, "<script> tag"]));
  for (const group of graph.groups) {
    if (group.initial || !group.parents.some((p) => entryIds.has(p))) continue;
    for (const file of group.files) {
      if (!loadedBy.has(file)) loadedBy.set(file, `at start (${group.name ?? "unnamed"})`);
    }
  }

  const files = [];
  for (const [file, by] of loadedBy) {
    const full = path.join(distDir, file);
    if (!fs.existsSync(full))
      return { ok: false, message: `${full} is named by the build but missing. Rebuild dist/.` };
    const bytes = fs.readFileSync(full);
    files.push({ file, raw: bytes.length, gzip: gzipSize(bytes), loadedBy: by });
  }
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), {
    raw: 0,
    gzip: 0,
  });
  return { ok: true, files, external, total };
}

/**
 * Compares a page's initial JS with the budget: the baseline's gzip bytes × (1 + allowance).
 * Returns { ok, message, measured?, budget? }; ok is false when over budget or not measurable.
 */
function checkBudget(distDir, baselineGzip, allowance = DEFAULT_ALLOWANCE, page = DEFAULT_PAGE) {
  if (!Number.isFinite(baselineGzip) || baselineGzip <= 0) {
    return { ok: false, message: `The baseline (${baselineGzip}) is not a positive number of bytes.` };
  }
  const measured = measureInitialJs(distDir, page);
  if (!measured.ok) return { ok: false, message: measured.message };
  const budget = Math.floor(baselineGzip * (1 + allowance));
  const share = Math.round((measured.total.gzip / budget) * 100);
  const over = measured.total.gzip > budget;
  const message = over
    ? `${page}: initial JS is ${measured.total.gzip} B gzipped, over the budget of ${budget} B by ` +
      `${measured.total.gzip - budget} B. Lazy-load what the first view does not need (React.lazy / import()).`
    : `${page}: initial JS is ${measured.total.gzip} B gzipped, ${share} % of the budget of ${budget} B.`;
  return { ok: !over, message, measured, budget };
}

module.exports = {
  CHUNK_GRAPH_FILE,
  DEFAULT_ALLOWANCE,
  gzipSize,
  scriptSources,
  measureInitialJs,
  checkBudget,
};
