import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  checkIcons,
  checkLocales,
  checkResids,
  checkUrls,
  checkXsd,
  pngSize,
  runAllChecks,
  XSD_DIR,
  type CheckResult,
} from "../../scripts/manifest-checks.cjs";

const root = path.resolve(__dirname, "../..");
const assetsDir = path.join(root, "assets");
// The schemas shipped in the repository, so a fresh clone tests without anything beside it.
const xsdDir = XSD_DIR;
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");

/** Replaces exactly one occurrence, so a test cannot silently mutate nothing. */
function mutate(xml: string, from: string, to: string): string {
  const count = xml.split(from).length - 1;
  if (count !== 1) throw new Error(`expected exactly one "${from}" in manifest.xml, found ${count}`);
  return xml.replace(from, to);
}

/** A stand-in for dist/: the pages webpack emits plus the icons it copies. */
function fakeDist(pages: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "tidsplan-dist-"));
  for (const page of pages) writeFileSync(path.join(dir, page), "<!doctype html>");
  cpSync(assetsDir, path.join(dir, "assets"), { recursive: true });
  return dir;
}

const messages = (r: CheckResult): string => r.messages.join("\n");
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("manifest.xml as committed", () => {
  it("passes every offline check", async () => {
    const distDir = fakeDist(["taskpane.html", "commands.html", "download.html"]);
    temps.push(distDir);
    const results = await runAllChecks({ xml: manifest, xsdDir, distDir, assetsDir });
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results).toHaveLength(5);
  });

  it("names the Excel host, ReadWriteDocument and ExcelApi 1.7, with no AppDomains", () => {
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.7"/>');
    expect(manifest).not.toContain("<AppDomains>");
  });
});

describe("a fresh clone checks the manifest with what the repository holds", () => {
  it("reads the XSDs from schemas/office-manifest inside the repository", () => {
    expect(path.relative(root, xsdDir)).toBe(path.join("schemas", "office-manifest"));
    expect(readFileSync(path.join(xsdDir, "OfficeAppManifestV1_1.xsd"), "utf8")).toContain("OfficeApp");
    expect(readFileSync(path.join(xsdDir, "README.md"), "utf8")).toContain("Origin:");
  });

  it("neither npm run validate nor .ci/run looks for a folder beside the checkout", () => {
    for (const file of [".ci/run", "scripts/validate-manifest.mjs", "scripts/manifest-checks.cjs"]) {
      const text = readFileSync(path.join(root, file), "utf8");
      expect({ file, outside: /\.\.\/shared|TIDSPLAN_XSD_DIR/.test(text) }).toEqual({ file, outside: false });
    }
  });
});

describe("the checks catch what a user would hit in Excel", () => {
  it("fails for a broken resid and names it", () => {
    const broken = mutate(manifest, '<Label resid="Check.Label"/>', '<Label resid="Check.Lable"/>');
    const r = checkResids(broken);
    expect(r.ok).toBe(false);
    expect(messages(r)).toContain('resid="Check.Lable"');
  });

  it("fails for a resid that points at the wrong kind of resource", () => {
    const broken = mutate(
      manifest,
      '<FunctionFile resid="Commands.Url"/>',
      '<FunctionFile resid="Group.Label"/>',
    );
    expect(messages(checkResids(broken))).toContain("needs a bt:Url, found a bt:String");
  });

  it("fails for a string without its sv-SE override", () => {
    const broken = mutate(manifest, '<bt:Override Locale="sv-SE" Value="Kalenderblad"/>', "");
    const r = checkLocales(broken);
    expect(r.ok).toBe(false);
    expect(messages(r)).toContain('bt:String "CalendarSheet.Label" has no sv-SE <Override>');
  });

  it("fails for a display name without its sv-SE override", () => {
    const broken = mutate(manifest, '<Override Locale="sv-SE" Value="Tidsplan"/>', "");
    expect(messages(checkLocales(broken))).toContain("<DisplayName> has no sv-SE <Override>");
  });

  it("fails for an override in a locale that has no pair", () => {
    const broken = mutate(
      manifest,
      'Locale="sv-SE" Value="Kalenderblad"',
      'Locale="de-DE" Value="Kalenderblatt"',
    );
    expect(messages(checkLocales(broken))).toContain('override for locale "de-DE"');
  });

  it("fails for an icon that is not the size the manifest declares", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tidsplan-assets-"));
    temps.push(dir);
    cpSync(assetsDir, dir, { recursive: true });
    copyFileSync(path.join(assetsDir, "icon-16.png"), path.join(dir, "icon-32.png"));
    const r = checkIcons(manifest, dir);
    expect(r.ok).toBe(false);
    expect(messages(r)).toContain("icon-32.png is 16x16, declared 32x32");
  });

  it("fails for a missing icon", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tidsplan-assets-"));
    temps.push(dir);
    mkdirSync(dir, { recursive: true });
    expect(messages(checkIcons(manifest, dir))).toContain("icon-80.png (80px) is missing");
  });

  it("fails for a URL the build does not emit", () => {
    const distDir = fakeDist(["taskpane.html"]);
    temps.push(distDir);
    const r = checkUrls(manifest, distDir);
    expect(r.ok).toBe(false);
    expect(messages(r)).toContain("commands.html is not in the build");
  });

  it("fails for a URL outside the add-in's own origin", () => {
    const distDir = fakeDist(["taskpane.html", "commands.html"]);
    temps.push(distDir);
    const broken = mutate(
      manifest,
      "https://localhost:3000/commands.html",
      "https://example.com/commands.html",
    );
    expect(messages(checkUrls(broken, distDir))).toContain("https://example.com/commands.html is not under");
  });

  it("fails the XSD check for an element Office does not know", async () => {
    const broken = mutate(
      manifest,
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>Everything</Permissions>",
    );
    const r = await checkXsd(broken, xsdDir);
    expect(r.ok).toBe(false);
    expect(messages(r)).toContain("Permissions");
  });

  it("reads a PNG's size and refuses bytes that are not a PNG", () => {
    expect(pngSize(readFileSync(path.join(assetsDir, "icon-80.png")))).toEqual({ width: 80, height: 80 });
    expect(pngSize(Buffer.from("GIF89a not a png at all"))).toBeNull();
  });
});
