/**
 * Running the real `tidsplan` command (node bin/tidsplan.js) as a user would, for the hostile
 * input tests: a fresh process, a timeout, and what it printed.
 */
import { execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

export const ROOT = resolve(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "tidsplan.js");
const COMPILED = join(ROOT, "dist-cli", "cli", "index.js");
const LOCK = join(tmpdir(), "tidsplan-hostile-build.lock");

/** What one run of the command gave. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly timedOut: boolean;
}

/** The language of a run: LANG=sv_SE.UTF-8 or LANG=en_US.UTF-8. */
export type RunLang = "sv" | "en";

/**
 * Run `node bin/tidsplan.js …args` in `cwd`, killed after `timeoutMs`.
 *
 * @example
 * const run = await runCli(["validate", "plan.txt"], "sv");
 */
export function runCli(
  args: readonly string[],
  lang: RunLang,
  timeoutMs = 20_000,
  cwd = ROOT,
): Promise<CliRun> {
  const started = Date.now();
  return new Promise((done) => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LANG: lang === "sv" ? "sv_SE.UTF-8" : "en_US.UTF-8",
      LC_ALL: undefined,
      LC_MESSAGES: undefined,
    };
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("close", (code) => {
      clearTimeout(timer);
      done({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        ms: Date.now() - started,
        timedOut,
      });
    });
  });
}

/** The sha256 of a file's bytes (hex). */
export async function sha256File(path: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
}

/** The newest modification time of the non-test .ts files under `dir`, as bin/tidsplan.js checks. */
async function newestSource(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, await newestSource(full));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts"))
      newest = Math.max(newest, await mtime(full));
  }
  return newest;
}

async function mtime(path: string): Promise<number> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Build dist-cli (npm run build:cli) unless it is already newer than the CLI's entry, so the
 * spawned command runs compiled code rather than falling back to tsx. Test files that call it
 * at the same time take turns through a lock folder.
 */
export async function ensureCliBuilt(): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    try {
      await mkdir(LOCK);
    } catch {
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    try {
      const built = await mtime(COMPILED);
      const sources = Math.max(
        await newestSource(join(ROOT, "src", "cli")),
        await newestSource(join(ROOT, "src", "domain")),
      );
      if (built < sources) {
        // Type errors elsewhere in the checkout (work in progress) do not stop tsc from emitting.
        await promisify(execFile)(
          process.execPath,
          [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"],
          {
            cwd: ROOT,
          },
        ).catch(() => undefined);
      }
    } finally {
      await rm(LOCK, { recursive: true, force: true });
    }
    return;
  }
}

/** Lines a Node.js crash prints: a stack frame or an uncaught "SomeError:" dump. */
export function crashLines(text: string): string[] {
  return text
    .split("\n")
    .filter((l) => /^\s+at\s/.test(l) || /^\s*(\w+)?Error:/.test(l) || /node:internal/.test(l));
}
