// The governance rules in the harness (in-memory workbook), in Swedish: a plan of a valår says so
// in the header, the check finds the old fullmäktige deciding next year's budget, "Skapa
// regeltabell" writes the defaults for a region, and an edit in the Regler sheet changes the
// next check (write, edit, read). Screenshots go to screenshots/rules-*.png.
import assert from "node:assert/strict";

const PLAN = [
  "TIDSPLAN FÖR VERKSAMHETSLEDNING 2026",
  "",
  "När\tHändelse\tAnsvar",
  "8 oktober\tKommunfullmäktige fastställer budget 2027\tKommunfullmäktige",
  "19 november\tBeslut om tertialrapport 2 i nämnden\tNämnden",
].join("\n");

async function errorCount(page) {
  const badge = page.getByTestId("count-error");
  return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
}

export const tests = [
  {
    name: "rules (sv): valår in the header → budget-decision error → Skapa regeltabell (region) → edit Regler → check again",
    async run(tools) {
      const opened = await tools.open("harness.html?lang=sv-SE");
      const { page } = opened;
      try {
        await page.setViewportSize({ width: 340, height: 900 });
        await page.getByTestId("empty-state").waitFor({ timeout: 20_000 });
        await page.getByRole("button", { name: "Klistra in text" }).click();
        await page.getByTestId("paste-text").fill(PLAN);
        await page.getByTestId("import-preview").waitFor();
        await page.getByRole("button", { name: "Skapa tabell" }).click();
        await page.getByTestId("timeline-view").waitFor();
        assert.equal(
          await page.getByTestId("election-year").textContent(),
          "Valår: valdag 13 september 2026",
        );

        await page.getByRole("button", { name: "Kontrollera" }).click();
        await page.getByTestId("findings").waitFor();
        assert.equal(await errorCount(page), 1);
        await page
          .getByTestId("findings-error")
          .getByText(/nyvalda kommunfullmäktige/)
          .waitFor();
        await tools.screenshot(page, "rules-1-valar");

        await page.getByLabel("Kommun eller region").selectOption("region");
        await page.getByRole("button", { name: "Skapa regeltabell" }).click();
        await page
          .getByText(/Regeltabellen skapades på bladet Regler/)
          .first()
          .waitFor();
        const table = await page.evaluate(() => window.__tidsplanHarness.tableValues("Regler"));
        assert.deepEqual(table?.[0], ["Regel", "På/Av", "Värde", "Kommentar"]);
        assert.deepEqual(table?.[1]?.slice(0, 3), ["Organisation", "På", "region"]);
        // The check ran again with the table: the region's council is named.
        await page
          .getByTestId("findings-error")
          .getByText(/nyvalda regionfullmäktige/)
          .waitFor();
        await tools.screenshot(page, "rules-2-created");

        // Edit: turn the budget decision rule off in the Regler sheet, then check again.
        const row = table.findIndex((r) => r[0] === "Budgetbeslut före november månads utgång");
        assert.ok(row > 0);
        await page.evaluate((r) => window.__tidsplanHarness.typeIntoCell("Regler", r, 1, "Av"), row);
        await page.getByRole("button", { name: "Kontrollera" }).click();
        await page.waitForFunction(
          () => document.querySelector('[data-testid="count-error"]') === null,
          null,
          {
            timeout: 10_000,
          },
        );
        assert.equal(await errorCount(page), 0);

        // Creating again keeps the user's table.
        await page.getByRole("button", { name: "Skapa regeltabell" }).click();
        await page
          .getByText(/har redan en regeltabell/)
          .first()
          .waitFor();
        const after = await page.evaluate(() => window.__tidsplanHarness.tableValues("Regler"));
        assert.equal(after?.[row]?.[1], "Av");
        await tools.screenshot(page, "rules-3-edited");
        assert.deepEqual(opened.consoleErrors, [], "no console errors");
      } finally {
        await opened.close();
      }
    },
  },
];
