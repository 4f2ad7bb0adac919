#!/usr/bin/env node
// `npm start`: the main job.
// - Where Excel desktop is installed (Windows, macOS): trust the dev certificate, start the
//   HTTPS dev server and sideload the add-in into Excel with the bundled example workbook.
// - Elsewhere (Linux, CI): say so in one line, run the CLI's check and export on the bundled
//   example into out/, tell how to sideload into Excel on the web, and exit by itself.
// Set TIDSPLAN_NO_EXCEL=1 to take the second path on a machine with Excel.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const isWindows = process.platform === "win32";
const EXAMPLE_TEXT = "examples/tidsplan-verksamhetsledning-2007.txt";
const EXAMPLE_WORKBOOK = "examples/tidsplan-2007.xlsx";
const OUT_ICS = "out/tidsplan-2007.ics";
const OUT_XLSX = "out/tidsplan-2007.xlsx";

/** Path of a tool in node_modules/.bin. */
const bin = (name) => path.join(root, "node_modules", ".bin", isWindows ? `${name}.cmd` : name);

/** Runs a command in the repo root with output streamed; returns its exit status (null if killed). */
function run(command, args, options = {}) {
  // .cmd shims need a shell on Windows; quote what has spaces so the shell keeps it whole.
  const quote = (part) => (isWindows && /\s/.test(part) ? `"${part}"` : part);
  const result = spawnSync(quote(command), args.map(quote), {
    cwd: root,
    stdio: options.stdio ?? "inherit",
    shell: isWindows,
    timeout: options.timeoutMs ?? 5 * 60 * 1000,
    encoding: "utf8",
  });
  if (result.error) return { status: null, error: result.error, stdout: result.stdout ?? "" };
  return { status: result.status, error: null, stdout: result.stdout ?? "" };
}

/** Where Excel desktop is, or null. */
function findExcel() {
  if (process.env.TIDSPLAN_NO_EXCEL === "1") return null;
  if (process.platform === "darwin") {
    const app = "/Applications/Microsoft Excel.app";
    return existsSync(app) ? app : null;
  }
  if (!isWindows) return null;
  const roots = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
  for (const programFiles of roots) {
    for (const version of ["Office16", "Office15"]) {
      const exe = path.join(programFiles, "Microsoft Office", "root", version, "EXCEL.EXE");
      if (existsSync(exe)) return exe;
    }
  }
  const reg = spawnSync("reg", ["query", "HKEY_CLASSES_ROOT\\Excel.Application", "/ve"], { stdio: "ignore" });
  return reg.status === 0 ? "Excel.Application (registry)" : null;
}

function startInExcel(excel) {
  console.log(`Excel found (${excel}): starting the dev server and sideloading Tidsplan.`);
  const certs = run(bin("office-addin-dev-certs"), ["install"]);
  if (certs.status !== 0) {
    console.error("Could not install the localhost HTTPS certificate (office-addin-dev-certs install).");
    return 1;
  }
  const args = [
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    "npm run dev-server",
    "--dev-server-port",
    "3000",
  ];
  if (existsSync(path.join(root, EXAMPLE_WORKBOOK)))
    args.push("--document", path.join(root, EXAMPLE_WORKBOOK));
  const debug = run(bin("office-addin-debugging"), args, { timeoutMs: 10 * 60 * 1000 });
  if (debug.status !== 0) {
    console.error("Sideloading failed. Try `npm run dev-server` and `npm run sideload` in two terminals.");
    return 1;
  }
  console.log("Tidsplan is in Excel (Home tab → Tidsplan). Stop with `npm run stop`.");
  return 0;
}

/** Runs one CLI command; reports, never throws. exitOk lists statuses that are not failures. */
function cli(title, args, exitOk) {
  console.log(`\n▶ ${title}: tidsplan ${args.join(" ")}`);
  const result = run(process.execPath, [path.join(root, "bin", "tidsplan.js"), ...args], {
    timeoutMs: 2 * 60 * 1000,
  });
  if (result.status === null) {
    console.log(`  ✗ ${title} did not finish: ${result.error?.message ?? "killed"}`);
    return false;
  }
  if (!exitOk.includes(result.status)) {
    console.log(`  ✗ ${title} failed (exit ${result.status}); see the messages above.`);
    return false;
  }
  return true;
}

/** Newest modification time of the files under dir (0 if it does not exist). */
function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  const stat = statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(dir).reduce((newest, entry) => Math.max(newest, newestMtime(path.join(dir, entry))), 0);
}

function ensureCliBuilt() {
  if (!existsSync(path.join(root, "bin", "tidsplan.js"))) {
    console.log("  ✗ bin/tidsplan.js is missing: the command line is not available in this checkout.");
    return false;
  }
  const built = newestMtime(path.join(root, "dist-cli"));
  if (built > 0 && built >= newestMtime(path.join(root, "src"))) return true;
  console.log("Building the command line (npm run build:cli)…");
  const build = run(bin("tsc"), ["-p", "tsconfig.cli.json"]);
  if (build.status !== 0) console.log("  ✗ the command-line build failed; see the messages above.");
  return build.status === 0;
}

function runOnExample() {
  console.log(`Excel desktop was not found, so Tidsplan runs on the bundled example (${EXAMPLE_TEXT}).`);
  const examples = readdirSync(path.join(root, "examples")).filter((f) => !f.startsWith("."));
  console.log(`Examples: ${examples.join(", ")}`);
  mkdirSync(path.join(root, "out"), { recursive: true });
  const done = [];
  if (ensureCliBuilt()) {
    // validate exits 1 when the plan has errors: that is its report, not a failure of start.
    if (cli("Check", ["validate", EXAMPLE_TEXT], [0, 1])) done.push("check");
    if (cli("Export", ["export", EXAMPLE_TEXT, "--ics", OUT_ICS, "--xlsx", OUT_XLSX], [0, 1])) {
      for (const file of [OUT_ICS, OUT_XLSX]) {
        console.log(`  ${existsSync(path.join(root, file)) ? "✓ wrote" : "✗ did not write"} ${file}`);
      }
      done.push("export");
    }
  }
  console.log(`
Done${done.length > 0 ? ` (${done.join(", ")})` : ""}. To try the add-in in Excel:
  Excel on the web: run \`npm run dev-server\` (keep it running), open a workbook on
    office.com, then Insert → Add-ins → Upload My Add-in → choose manifest.xml.
    The dev server uses https://localhost:3000; trust its certificate once with
    \`npx office-addin-dev-certs install\`.
  Excel desktop (Windows/macOS): \`npm start\` sideloads it for you, or run
    \`npm run dev-server\` and \`npm run sideload\`.`);
  return 0;
}

try {
  const excel = process.env.CI === "true" ? null : findExcel();
  process.exitCode = excel ? startInExcel(excel) : runOnExample();
} catch (error) {
  console.error(`start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
