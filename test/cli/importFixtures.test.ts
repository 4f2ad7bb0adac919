/**
 * Fixture-driven: every input in test/fixtures/import (.txt, .tsv, .csv) is imported with
 * `tidsplan import <file> --year 2026 --json` and compared with <name>.expected.json beside it.
 * Adding a case is adding those two files.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { captureIo } from "./captureIo";

const dir = join(__dirname, "..", "fixtures", "import");
const inputs = readdirSync(dir).filter((name) => /\.(txt|tsv|csv)$/.test(name));

describe("import fixtures", () => {
  it("has fixtures for every layout and encoding the issue names", () => {
    expect(inputs).toEqual(
      expect.arrayContaining([
        "utf16le-bom.txt",
        "utf16be-bom.txt",
        "windows-1252.csv",
        "cr-only.txt",
        "csv-semicolon.csv",
        "english-headers.csv",
        "year-headings.tsv",
        "month-heading-year.txt",
      ]),
    );
  });

  it.each(inputs)("%s gives its expected JSON", async (name) => {
    const io = captureIo();
    const code = await main(["import", join(dir, name), "--year", "2026", "--json"], io);
    expect(io.err()).toBe("");
    expect(code).toBe(0);
    const expected: unknown = JSON.parse(
      readFileSync(join(dir, name.replace(/\.[^.]+$/, ".expected.json")), "utf8"),
    );
    expect(JSON.parse(io.out())).toEqual(expected);
  });
});
