import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkBudget, measureInitialJs, scriptSources } from "../../scripts/bundle-measure.cjs";

const root = path.resolve(__dirname, "../..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Incompressible bytes, so a file's gzip size is its raw size plus gzip's few header bytes. */
function noise(bytes: number): Buffer {
  return randomBytes(bytes);
}

interface FakeBuild {
  /** Raw sizes of the JS files; random bytes, so gzip barely shrinks them. */
  sizes: Record<string, number>;
  html?: string;
  writeGraph?: boolean;
}

/**
 * A stand-in for dist/ after `webpack --mode production`: taskpane.html loads office.js from the
 * CDN and the entry; the entry imports the pane (vendor + pane) at start; the pane lazy-loads a
 * view; commands.js is another page's entry.
 */
function fakeDist(build: FakeBuild): string {
  const dir = mkdtempSync(path.join(tmpdir(), "tidsplan-budget-"));
  const html =
    build.html ??
    `<!doctype html><html><head><script src=${OFFICE_JS}></script></head>` +
      `<body><div id=root></div><script defer src=taskpane.1111.js></script></body></html>`;
  writeFileSync(path.join(dir, "taskpane.html"), html);
  for (const [file, size] of Object.entries(build.sizes)) writeFileSync(path.join(dir, file), noise(size));
  if (build.writeGraph !== false) {
    const groups = [
      { id: "1", name: "taskpane", initial: true, files: ["taskpane.1111.js"], parents: [] },
      { id: "2", name: "commands", initial: true, files: ["commands.2222.js"], parents: [] },
      { id: "3+4", name: "pane", initial: false, files: ["228.3333.js", "pane.4444.js"], parents: ["1"] },
      {
        id: "3+5",
        name: "export-view",
        initial: false,
        files: ["228.3333.js", "export-view.5555.js"],
        parents: ["3+4"],
      },
    ];
    writeFileSync(path.join(dir, "bundle-chunks.json"), JSON.stringify({ groups }));
  }
  return dir;
}

const SIZES = {
  "taskpane.1111.js": 5_000,
  "228.3333.js": 40_000,
  "pane.4444.js": 10_000,
  "export-view.5555.js": 20_000,
  "commands.2222.js": 30_000,
};

const dirs: string[] = [];
function track(dir: string): string {
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("measureInitialJs", () => {
  it("counts the page's scripts and the chunks its entry loads at start, not lazy views, other pages or the CDN", () => {
    const measured = measureInitialJs(track(fakeDist({ sizes: SIZES })));
    if (!measured.ok) throw new Error(measured.message);
    expect(measured.files.map((f) => f.file)).toEqual(["taskpane.1111.js", "228.3333.js", "pane.4444.js"]);
    expect(measured.files.map((f) => f.loadedBy)).toEqual([
      "<script> tag",
      "at start (pane)",
      "at start (pane)",
    ]);
    expect(measured.external).toEqual([OFFICE_JS]);
    expect(measured.total.raw).toBe(55_000);
    // Random bytes do not compress: each file's gzip is its size plus a small header.
    expect(measured.total.gzip).toBeGreaterThan(55_000);
    expect(measured.total.gzip).toBeLessThan(55_000 + 3 * 200);
  });

  it("a lazy view can grow without touching the initial total", () => {
    const small = measureInitialJs(track(fakeDist({ sizes: SIZES })));
    const bigView = measureInitialJs(
      track(fakeDist({ sizes: { ...SIZES, "export-view.5555.js": 2_000_000 } })),
    );
    if (!small.ok || !bigView.ok) throw new Error("not measured");
    expect(bigView.total.raw).toBe(small.total.raw);
  });

  it("says to build first when dist/ is missing", () => {
    const result = measureInitialJs(path.join(tmpdir(), "tidsplan-no-such-dist"));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(/does not exist: run `npx webpack --mode production` first/);
  });

  it("says which file is missing when dist/ lacks the chunk graph or a named chunk", () => {
    const noGraph = measureInitialJs(track(fakeDist({ sizes: SIZES, writeGraph: false })));
    expect(noGraph.ok).toBe(false);
    if (!noGraph.ok) expect(noGraph.message).toMatch(/bundle-chunks\.json is missing/);
    const { ["pane.4444.js"]: _dropped, ...withoutPane } = SIZES;
    const noChunk = measureInitialJs(track(fakeDist({ sizes: withoutPane })));
    expect(noChunk.ok).toBe(false);
    if (!noChunk.ok) expect(noChunk.message).toMatch(/pane\.4444\.js is named by the build but missing/);
  });
});

describe("checkBudget", () => {
  it("passes under the budget (baseline × 1.30) and reports the share used", () => {
    const result = checkBudget(track(fakeDist({ sizes: SIZES })), 50_000);
    expect(result.budget).toBe(65_000);
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/% of the budget of 65000 B/);
  });

  it("fails over the budget and says by how much", () => {
    const result = checkBudget(track(fakeDist({ sizes: { ...SIZES, "pane.4444.js": 30_000 } })), 50_000);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/over the budget of 65000 B by \d+ B/);
  });

  it("fails, without throwing, for a build it cannot measure or a baseline that is not a size", () => {
    expect(checkBudget(path.join(tmpdir(), "tidsplan-no-such-dist"), 50_000).ok).toBe(false);
    expect(checkBudget(track(fakeDist({ sizes: SIZES })), Number.NaN).ok).toBe(false);
  });
});

describe("scriptSources", () => {
  it("reads quoted and unquoted src attributes in order, and no inline script", () => {
    const html = `<script src="a.js"></script><script>var x</script><script defer src=b.js></script><script src='c.js' defer>`;
    expect(scriptSources(html)).toEqual(["a.js", "b.js", "c.js"]);
  });
});

describe("scripts/bundle-budget.mjs against the recorded template baseline", () => {
  const baseline = JSON.parse(
    readFileSync(path.join(root, "test/budget/template-baseline.json"), "utf8"),
  ) as {
    initialJs: { files: { raw: number; gzip: number }[]; total: { raw: number; gzip: number } };
  };
  const run = (dist: string) =>
    spawnSync(process.execPath, [path.join(root, "scripts/bundle-budget.mjs"), dist], { encoding: "utf8" });

  it("the baseline's total is the sum of its files", () => {
    const { files, total } = baseline.initialJs;
    expect(files.reduce((sum, f) => sum + f.gzip, 0)).toBe(total.gzip);
    expect(files.reduce((sum, f) => sum + f.raw, 0)).toBe(total.raw);
  });

  it("exits 0 with a table under the budget and 1 over it", () => {
    const budget = Math.floor(baseline.initialJs.total.gzip * 1.3);
    const under = run(track(fakeDist({ sizes: SIZES })));
    expect(under.status).toBe(0);
    expect(under.stdout).toMatch(/taskpane\.1111\.js\s+5000\s+\d+\s+<script> tag/);
    expect(under.stdout).toContain(`= ${budget} B gzipped`);
    const over = run(track(fakeDist({ sizes: { ...SIZES, "pane.4444.js": budget } })));
    expect(over.status).toBe(1);
    expect(over.stdout).toMatch(/FAIL: .*over the budget/);
  });

  it("exits 1 with the reason when dist/ is missing", () => {
    const missing = run(path.join(tmpdir(), "tidsplan-no-such-dist"));
    expect(missing.status).toBe(1);
    expect(missing.stdout).toMatch(/FAIL: .*does not exist/);
  });
});
