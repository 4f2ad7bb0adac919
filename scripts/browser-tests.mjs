// Browser tests: builds the harness (the task pane on an in-memory workbook), serves it on
// localhost, drives Debian's Chromium with playwright-core, and runs test/browser/*.spec.mjs.
// office.js is served from the @microsoft/office-js package: the tests never reach the CDN,
// and any request to a host other than localhost fails the test that made it.
// Ends with the line "N passed, N failed" and exits non-zero when a test failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const distTest = path.join(root, "dist-test");
const screenshots = path.join(root, "screenshots");
const officeJsDist = path.join(root, "node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
// office.js outside an Office host (as in these tests) frames its telemetry proxy from this
// origin. The pages' CSP blocks the frame, so no request leaves the machine; Chromium reports the
// block as a console error. That one message is expected and kept apart from real errors.
const OFFICE_TELEMETRY_CSP_BLOCK =
  /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive: "frame-src /;
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * Runs in every page before its own scripts: notes, in ms since navigation start
 * (performance.now()), when the pane first shows its header and when its first view (the empty
 * state, the table view or the no-host page) is in the DOM, and the frame after each (painted).
 * Read with `opened.firstRender()`; reported by the specs, not asserted.
 */
function firstRenderProbe() {
  // In the page, not in node: its globals are the browser's.
  const { document, MutationObserver, requestAnimationFrame, setTimeout } = globalThis;
  const seen = {};
  const marks = {
    header: "#root header h1",
    view: '[data-testid="empty-state"], [data-testid="timeline-view"], [data-testid="no-host"]',
  };
  const look = () => {
    for (const [key, selector] of Object.entries(marks)) {
      if (seen[key] !== undefined || document.querySelector(selector) === null) continue;
      seen[key] = performance.now();
      requestAnimationFrame(() => {
        seen[`${key}Painted`] = performance.now();
      });
    }
    if (seen.header !== undefined && seen.view !== undefined) observer.disconnect();
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true });
  // A page that never shows the pane (download.html) is not watched for ever.
  setTimeout(() => observer.disconnect(), 60_000);
  Object.defineProperty(globalThis, "__tidsplanFirstRender", { value: seen });
}

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}

function buildHarness() {
  const sources = Math.max(
    newestMtime(path.join(root, "src")),
    newestMtime(path.join(root, "webpack.config.js")),
    newestMtime(path.join(root, "package-lock.json")),
  );
  const built = existsSync(path.join(distTest, "harness.html")) ? newestMtime(distTest) : 0;
  if (built > sources && process.env.TIDSPLAN_REBUILD !== "1") {
    console.log("harness build is up to date (dist-test/)");
    return;
  }
  console.log("building the harness: webpack --mode development --env harness");
  const webpackCli = path.join(root, "node_modules/webpack/bin/webpack.js");
  const result = spawnSync(process.execPath, [webpackCli, "--mode", "development", "--env", "harness"], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? "");
    throw new Error("the harness build failed");
  }
}

function chromiumPath() {
  const candidate = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(candidate)) {
    console.error(
      `Chromium not found at ${candidate}. Install it with \`sudo apt-get install chromium\` ` +
        "(Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome binary. The browser tests are not skipped.",
    );
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
  return candidate;
}

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

function serve(directory) {
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const file = path.normalize(path.join(directory, decodeURIComponent(url.pathname)));
    if (!file.startsWith(directory)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { "content-type": MIME[path.extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function isLocal(url) {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
  return hostname === "localhost" || hostname === "127.0.0.1";
}

/** A page with office.js routed locally, requests recorded and console errors collected. */
async function openPage(browser, baseUrl, pagePath, options = {}) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 760 },
    colorScheme: options.colorScheme ?? "light",
    bypassCSP: options.bypassCSP ?? false,
    locale: options.locale ?? "en-US",
  });
  await context.addInitScript(firstRenderProbe);
  const requests = [];
  const foreign = [];
  const consoleErrors = [];
  const cspBlockedTelemetry = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(OFFICE_CDN)) {
      const local = path.join(officeJsDist, new URL(url).pathname.slice("/lib/1/hosted/".length));
      try {
        await route.fulfill({ body: await readFile(local), contentType: "text/javascript; charset=utf-8" });
      } catch {
        await route.fulfill({ status: 404, body: "" });
      }
      return;
    }
    if (!isLocal(url)) {
      foreign.push(url);
      await route.abort("blockedbyclient");
      return;
    }
    await route.continue();
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    if (OFFICE_TELEMETRY_CSP_BLOCK.test(message.text())) cspBlockedTelemetry.push(message.text());
    else consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(`uncaught: ${error.message}`));
  const started = Date.now();
  await page.goto(`${baseUrl}/${pagePath}`, { waitUntil: "load" });
  return {
    page,
    requests,
    consoleErrors,
    cspBlockedTelemetry,
    started,
    /**
     * When the last navigation first showed the pane (ms since navigation start): header, first
     * view, the frame after each, the harness's marks, and office.js's own load (resource timing).
     */
    firstRender: () =>
      page.evaluate(() => {
        const mark = (name) => performance.getEntriesByName(name, "mark")[0]?.startTime;
        const officeJs = performance
          .getEntriesByType("resource")
          .find((entry) => entry.name.endsWith("/office.js"));
        return {
          ...globalThis.__tidsplanFirstRender,
          officeReady: mark("harness:office-ready"),
          mount: mark("harness:mount"),
          officeJsLoaded: officeJs?.responseEnd,
        };
      }),
    /** Requests that left localhost, other than office.js which is served locally. */
    foreignRequests: () => foreign.filter((url) => !url.startsWith(OFFICE_CDN)),
    close: () => context.close(),
  };
}

async function loadSpecs() {
  const dir = path.join(root, "test/browser");
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".spec.mjs"))
    // TIDSPLAN_SPEC=checkFlow runs only the spec files whose name contains it (while working on one).
    .filter((name) => !process.env.TIDSPLAN_SPEC || name.includes(process.env.TIDSPLAN_SPEC))
    .sort();
  const tests = [];
  for (const file of files) {
    const spec = await import(pathToFileURL(path.join(dir, file)).href);
    for (const test of spec.tests ?? []) tests.push({ ...test, file });
  }
  return tests;
}

async function main() {
  const executablePath = chromiumPath();
  buildHarness();
  mkdirSync(screenshots, { recursive: true });
  const server = await serve(distTest);
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const tools = {
    open: (pagePath, options) => openPage(browser, baseUrl, pagePath, options),
    screenshot: async (page, name) => {
      const file = path.join(screenshots, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    axePath: path.join(root, "node_modules/axe-core/axe.min.js"),
  };
  let passed = 0;
  let failed = 0;
  try {
    for (const test of await loadSpecs()) {
      const started = Date.now();
      try {
        await test.run(tools);
        passed += 1;
        console.log(`  ok   ${test.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed += 1;
        console.log(
          `  FAIL ${test.name} [${test.file}]\n       ${String(error?.stack ?? error)
            .split("\n")
            .join("\n       ")}`,
        );
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
