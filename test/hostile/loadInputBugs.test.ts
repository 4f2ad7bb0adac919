/**
 * Bugs the hostile-input suite found in the CLI's input reading, one test per bug, run in
 * process (no spawn) so they are fast and pin the exact cause.
 */
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/io";
import { loadTimeline, MAX_INPUT_BYTES } from "../../src/cli/loadInput";
import { readXlsx } from "../../src/cli/readXlsx";

let dir = "";
const io: CliIo = { stdout: () => undefined, stderr: () => undefined, env: {}, cwd: "/" };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tidsplan-bugs-"));
});

afterAll(async () => {
  if (dir !== "") await rm(dir, { recursive: true, force: true });
});

describe("bug: a 50 MB file was read into memory and parsed for minutes", () => {
  it("refuses a file above 20 MB with one line naming the size and the limit", async () => {
    const path = join(dir, "huge.txt");
    const file = await open(path, "w");
    await file.truncate(MAX_INPUT_BYTES + 1); // sparse: costs no disk and no time
    await file.close();
    const loaded = await loadTimeline(path, { lang: "sv" }, io);
    expect(loaded).toEqual({
      ok: false,
      message: `${path} är för stor (20 MB); tidsplan läser filer på högst 20 MB.`,
    });
  });
});

describe("bug: a named pipe as input made the CLI wait forever", () => {
  it("refuses anything that is not an ordinary file without reading it", async () => {
    const path = join(dir, "pipe.txt");
    execFileSync("mkfifo", [path]);
    expect(await loadTimeline(path, { lang: "en" }, io)).toEqual({
      ok: false,
      message: `${path} is not a regular file.`,
    });
    expect(await loadTimeline("/dev/zero", { lang: "en" }, io)).toEqual({
      ok: false,
      message: "/dev/zero is not a regular file.",
    });
  });
});

describe("a file without read permission (EACCES), whoever runs the tests", () => {
  it("says so in one line", async () => {
    const fs = jest.requireActual<typeof import("node:fs/promises")>("node:fs/promises");
    const spy = jest
      .spyOn(fs, "readFile")
      .mockRejectedValueOnce(Object.assign(new Error("EACCES"), { code: "EACCES" }));
    const path = join(dir, "locked.txt");
    const handle = await open(path, "w");
    await handle.close();
    try {
      expect(await loadTimeline(path, { lang: "sv" }, io)).toEqual({
        ok: false,
        message: `Ingen behörighet att läsa ${path}.`,
      });
    } finally {
      spy.mockRestore();
    }
  });
});

describe("bug: a month heading merged over A:D was read as an entry with the heading as event and owner", () => {
  it("reads only the top-left cell of a merged range", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Tidsplan");
    sheet.addRow(["När", "Händelse", "Ansvarig"]);
    sheet.addRow(["MARS"]);
    sheet.mergeCells("A2:C2");
    sheet.addRow(["5 mars", "Budget och plan"]);
    sheet.mergeCells("B3:C3");
    const read = await readXlsx(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(read.ok && read.rows.map((r) => [r.when, r.event, r.owner])).toEqual([
      ["MARS", "", ""],
      ["5 mars", "Budget och plan", ""],
    ]);
  });
});
