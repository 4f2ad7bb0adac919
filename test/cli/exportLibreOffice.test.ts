/**
 * The seed's .xlsx opens in LibreOffice and prints as intended: the calendar on one A3 landscape
 * page, the printable plan on A4 portrait. Needs LibreOffice and poppler-utils
 * (`apt-get install libreoffice-calc-nogui poppler-utils`).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runExport } from "../../src/cli/commands/export";

const SEED = join(__dirname, "..", "..", "examples", "tidsplan-verksamhetsledning-2007.txt");
const INSTALL_HINT = "run `apt-get install libreoffice-calc-nogui poppler-utils` (Debian/Ubuntu)";

function which(command: string): boolean {
  try {
    execFileSync("which", [command], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

it("converts the seed's workbook to PDF with an A3 landscape calendar page and an A4 portrait plan", async () => {
  if (!which("libreoffice") || !which("pdfinfo"))
    throw new Error(`LibreOffice or pdfinfo is missing: ${INSTALL_HINT}`);
  const dir = mkdtempSync(join(tmpdir(), "tidsplan-lo-"));
  copyFileSync(SEED, join(dir, "plan.txt"));
  const io = { stdout: () => undefined, stderr: () => undefined, env: { LANG: "sv_SE.UTF-8" }, cwd: dir };
  expect(await runExport(["plan.txt", "--xlsx", "plan.xlsx"], io)).toBe(0);
  execFileSync(
    "libreoffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      join(dir, "plan.xlsx"),
    ],
    { stdio: "ignore", timeout: 170_000 },
  );
  expect(existsSync(join(dir, "plan.pdf"))).toBe(true);
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "99", join(dir, "plan.pdf")], { encoding: "utf8" });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  const a3Landscape = sizes.filter(([w, h]) => Math.round(w ?? 0) === 1191 && Math.round(h ?? 0) === 842);
  const a4Portrait = sizes.filter(([w, h]) => Math.round(w ?? 0) === 595 && Math.round(h ?? 0) === 842);
  expect(a3Landscape).toHaveLength(1); // the whole year on one sheet of paper
  expect(a4Portrait.length).toBeGreaterThanOrEqual(1);
}, 180_000);
