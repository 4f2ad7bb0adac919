/**
 * `tidsplan import plan.tsv | head -n 3`: the reader closes the pipe after three lines. The
 * command must stop quietly (no EPIPE stack trace on stderr), and the pipeline gets its lines.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureCliBuilt, ROOT } from "./runCli";

let dir = "";

beforeAll(async () => {
  await ensureCliBuilt();
  dir = await mkdtemp(join(tmpdir(), "tidsplan-pipe-"));
  // Far more output than a pipe buffers (64 KiB), so the writes go on after `head` has closed it.
  const rows = Array.from(
    { length: 5000 },
    (_, i) => `${1 + (i % 28)} mars\tHändelse nummer ${i + 1}\tEnhet ${i % 40}`,
  );
  await writeFile(join(dir, "plan.tsv"), ["När\tHändelse\tAnsvar", ...rows].join("\n") + "\n");
}, 180_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

test("a reader that stops early gets its lines, and tidsplan stops without a stack trace", () => {
  const cli = join(ROOT, "bin", "tidsplan.js");
  const run = spawnSync(
    "bash",
    ["-c", `"${process.execPath}" "${cli}" import plan.tsv | head -n 3; echo "status \${PIPESTATUS[0]}" >&2`],
    {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, LANG: "sv_SE.UTF-8" },
      timeout: 60_000,
    },
  );
  const lines = run.stdout.split("\n");
  expect(lines[0]).toBe("plan (2026)");
  expect(lines.length).toBeLessThanOrEqual(4); // three lines and the text after the last "\n"
  expect(run.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  expect(run.stderr).toMatch(/status 0/);
});
