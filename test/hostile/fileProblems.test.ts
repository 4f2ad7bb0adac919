/**
 * Issue 7, hostile input: a file that cannot be read at all (missing, a folder, no read
 * permission, a path through a file, a named pipe) gives exit 2 and exactly one line on stderr,
 * from import, validate and export alike.
 */
import { execFileSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crashLines, ensureCliBuilt, runCli, type RunLang } from "./runCli";

jest.setTimeout(600_000);

let dir = "";
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

beforeAll(async () => {
  await ensureCliBuilt();
  dir = await mkdtemp(join(tmpdir(), "tidsplan-files-"));
  await mkdir(join(dir, "a-folder.txt"));
  await writeFile(join(dir, "plain.txt"), "När\tHändelse\tAnsvarig\n5 mars\tBudget\tKS\n");
  await writeFile(join(dir, "locked.txt"), "När\tHändelse\tAnsvarig\n5 mars\tBudget\tKS\n");
  await chmod(join(dir, "locked.txt"), 0o000);
  execFileSync("mkfifo", [join(dir, "pipe.txt")]);
});

afterAll(async () => {
  if (dir !== "") await rm(dir, { recursive: true, force: true });
});

async function allCommands(file: string, lang: RunLang): Promise<Awaited<ReturnType<typeof runCli>>[]> {
  const path = join(dir, file);
  return Promise.all([
    runCli(["import", path], lang, 45_000),
    runCli(["validate", path], lang, 45_000),
    runCli(["export", path, "--ics", join(dir, "x.ics"), "--xlsx", join(dir, "x.xlsx")], lang, 45_000),
  ]);
}

function expectOneLine(runs: Awaited<ReturnType<typeof allCommands>>, says: RegExp): void {
  for (const run of runs) {
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(says);
    expect(crashLines(run.stderr)).toEqual([]);
  }
}

describe("a file that cannot be read", () => {
  it("a missing file: exit 2, one line naming it", async () => {
    expectOneLine(await allCommands("missing.txt", "sv"), /^Filen finns inte: .*missing\.txt$/m);
  });

  it("a folder: exit 2, one line saying it is a folder", async () => {
    expectOneLine(await allCommands("a-folder.txt", "en"), /a-folder\.txt is a folder, not a file\./);
  });

  it("a path through a file (plain.txt/x.txt): exit 2, one line", async () => {
    expectOneLine(await allCommands("plain.txt/x.txt", "en"), /^No such path: .*plain\.txt\/x\.txt$/m);
  });

  it("a named pipe: exit 2 at once instead of waiting for a writer forever", async () => {
    expectOneLine(await allCommands("pipe.txt", "sv"), /pipe\.txt är inte en vanlig fil\./);
  });

  // As root, chmod 000 does not stop reading, so the root run asserts that instead; the
  // EACCES message itself is tested in process in loadInputBugs.test.ts, whoever runs this.
  it(`a file without read permission: ${isRoot ? "root reads it anyway" : "exit 2, one line"}`, async () => {
    const runs = await allCommands("locked.txt", "en");
    if (isRoot) {
      expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
      expect(runs[0]?.stdout).toContain("Budget");
    } else {
      expectOneLine(runs, /^No permission to read .*locked\.txt\.$/m);
    }
  });
});
