// Om Tidsplan → Självtest in the harness (the in-memory workbook): the button runs the self-test,
// every path of src/excel/selfTest.ts is listed with its outcome, the user's sheets stay as they
// were, and the report is copied in one click.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The path ids, read from the source so a new path cannot be missed here. */
async function selfTestPaths() {
  const source = await readFile(path.join(root, "src/excel/selfTest.ts"), "utf8");
  const list = /SELF_TEST_PATHS = \[([\s\S]*?)\] as const/.exec(source)?.[1] ?? "";
  return [...list.matchAll(/"([a-z-]+)"/g)].map((m) => m[1]);
}

export const tests = [
  {
    name: "Om Tidsplan → Självtest lists every path, leaves the sheets, copies the report",
    async run(tools) {
      const opened = await tools.open("harness.html?lang=sv-SE");
      const { page } = opened;
      try {
        await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
        await page.getByTestId("empty-state").waitFor({ timeout: 20_000 });
        const sheetsBefore = await page.evaluate(() => window.__tidsplanHarness.sheetNames());
        await page.getByRole("button", { name: "Om Tidsplan" }).click();
        await page.getByRole("button", { name: "Självtest" }).click();
        const steps = page.getByTestId("self-test-steps").locator("li");
        await steps.first().waitFor({ timeout: 20_000 });
        const paths = await selfTestPaths();
        assert.ok(paths.length >= 15, "the self-test has its paths");
        assert.deepEqual(
          await steps.evaluateAll((els) => els.map((el) => el.getAttribute("data-path"))),
          paths,
        );
        const outcomes = await steps.evaluateAll((els) => els.map((el) => el.getAttribute("data-outcome")));
        assert.ok(
          outcomes.every((o) => o === "ok" || o === "skipped"),
          `no failures: ${outcomes}`,
        );
        assert.equal(outcomes.filter((o) => o === "ok").length, 4, "the memory workbook runs four paths");
        await page.getByText(/^Självtest klart: 4 ok, 0 fel, \d+ hoppades över\.$/).waitFor();
        assert.deepEqual(await page.evaluate(() => window.__tidsplanHarness.sheetNames()), sheetsBefore);

        await page.getByRole("button", { name: "Kopiera resultat" }).click();
        await page.getByText("Resultatet är kopierat").waitFor();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        assert.match(copied, /^Tidsplan självtest\nhost: memory\nplatform: harness/);
        for (const p of paths) assert.ok(copied.includes(` ${p}`), `the copy names ${p}`);
        await tools.screenshot(page, "self-test");
        assert.deepEqual(opened.consoleErrors, [], "no console errors");
      } finally {
        await opened.close();
      }
    },
  },
];
