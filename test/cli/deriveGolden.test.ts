/**
 * Golden file of `tidsplan derive` on a sammanträdesplan for 2027 whose meetings' chains cross
 * Easter, Kristi himmelsfärd, midsommar, Christmas and New Year (each date hand-checked when the
 * file was made). After a deliberate change, regenerate with
 * `UPDATE_GOLDEN=1 npx jest test/cli/deriveGolden.test.ts` and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { captureIo } from "./captureIo";

const ROOT = join(__dirname, "..", "..");
const PLAN = join(ROOT, "test", "fixtures", "derive", "sammantradesplan-2027.txt");
const GOLDEN = join(ROOT, "test", "golden", "derive-sammantradesplan-2027.txt");

it("derives the same chains as the golden file", async () => {
  const io = captureIo({ LANG: "sv_SE.UTF-8" }, ROOT);
  expect(await main(["derive", "test/fixtures/derive/sammantradesplan-2027.txt"], io)).toBe(0);
  expect(existsSync(PLAN)).toBe(true);
  if (process.env["UPDATE_GOLDEN"] === "1" || !existsSync(GOLDEN)) writeFileSync(GOLDEN, io.out());
  expect(io.out()).toBe(readFileSync(GOLDEN, "utf8"));
});
