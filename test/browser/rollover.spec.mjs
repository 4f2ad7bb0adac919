// "Nästa års plan" in the harness (in-memory workbook with the seed table), in Swedish: open the
// tab, make the 2008 proposal, review it (every row, old → new date and why), edit one row's När,
// take a year offer, write → a new sheet "Tidsplan 2008" with its own table and plan identity;
// the old table is unchanged. Screenshots: screenshots/rollover-*.png;
// TIDSPLAN_README_IMAGES=1 copies the review to docs/images/pane-rollover.png.
import assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SEED_FILE = path.join(root, "examples/tidsplan-verksamhetsledning-2007.txt");

/** Excel's serial number of a date (1900 system, after 1 March 1900). */
function serial(year, month, day) {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export const tests = [
  {
    name: "rollover (sv): Nästa års plan → 2008 proposal → review 36 rows → edit a row, take an offer → write a new sheet and table",
    async run(tools) {
      const opened = await tools.open("harness.html?lang=sv-SE");
      const { page } = opened;
      try {
        await page.setViewportSize({ width: 360, height: 900 });
        await page.route("**/seed/tidsplan-verksamhetsledning-2007.txt", async (route) =>
          route.fulfill({ body: await readFile(SEED_FILE), contentType: "text/plain; charset=utf-8" }),
        );
        await page.goto(new URL("harness.html?lang=sv-SE&seed=1", page.url()).href, { waitUntil: "load" });
        await page.getByTestId("timeline-view").waitFor({ timeout: 20_000 });
        const hooks = () => page.evaluate(() => window.__tidsplanHarness.tableValues("Tidsplan"));
        const oldTable = await hooks();
        const idOf = (event) => oldTable.find((row) => String(row[4]).startsWith(event))?.[0];
        const decisionId = idOf("Beslut om verksamhetsberättelse 2006");
        const mblId = idOf("MBL-upplaga av verksamhetsberättelse 2006");
        const strategyId = idOf("Fullmäktige fastställer Strategi");
        assert.ok(decisionId && mblId && strategyId, "the seed's rows are in the table");

        await page.getByRole("tab", { name: "Nästa års plan" }).click();
        await page.getByTestId("rollover-view").waitFor({ timeout: 20_000 });
        assert.equal(await page.getByLabel("År för den nya planen").inputValue(), "2008");
        await page.getByRole("button", { name: "Gör förslag" }).click();
        await page.getByTestId("rollover-review").waitFor({ timeout: 20_000 });
        assert.equal(await page.getByTestId("rollover-review-title").textContent(), "Granska 36 rader");
        assert.equal(await page.locator('[data-testid^="rollover-row-"]').count(), 36);

        // The MBL step: Monday of v. 6, 5 February 2007 → 4 February 2008, and why.
        const mbl = page.getByTestId(`rollover-row-${mblId}`);
        assert.equal(
          await mbl.getByTestId("rollover-dates").textContent(),
          "5 februari 2007 → 4 februari 2008",
        );
        await mbl.getByText("Samma veckodag i samma vecka: måndag v. 6.").waitFor();
        await mbl.getByText("Årtalet i händelsen räknas upp.").waitFor();
        // The event as it was, so the advanced year can be seen, not only said.
        assert.equal(
          await mbl.getByTestId("rollover-old-event").textContent(),
          "Förut: MBL-upplaga av verksamhetsberättelse 2006 till förvaltningsgruppen",
        );
        await tools.screenshot(page, "rollover-1-review");
        if (process.env.TIDSPLAN_README_IMAGES === "1") {
          // The review from its title down to the first dated rows (the MBL step and its decision).
          const top = await page.getByTestId("rollover-view").boundingBox();
          const last = await page.getByTestId(`rollover-row-${decisionId}`).boundingBox();
          const file = path.join(root, "screenshots", "rollover-readme.png");
          await page.screenshot({
            path: file,
            fullPage: true,
            clip: { x: 0, y: top.y - 12, width: 360, height: last.y + last.height - top.y + 24 },
          });
          copyFileSync(file, path.join(root, "docs/images/pane-rollover.png"));
          console.log("       README picture copied: pane-rollover.png");
        }

        // Edit one row (the decision a day earlier) and take the offer on the Strategi row.
        const decision = page.getByTestId(`rollover-row-${decisionId}`);
        const when = decision.getByLabel("Nytt När");
        assert.equal(await when.inputValue(), "14 februari");
        await when.fill("13 februari");
        const accepted = decision.getByRole("checkbox", { name: "Godkänd" });
        assert.equal(await accepted.isChecked(), true);
        const strategy = page.getByTestId(`rollover-row-${strategyId}`);
        await strategy.getByText("2008-2010 är inget planår och ändras inte av sig självt.").waitFor();
        await strategy.getByRole("checkbox", { name: /^Använd: / }).check();
        // Taking a row back out of the accepted ones holds the write until it is accepted again.
        await accepted.uncheck();
        await page.getByTestId("rollover-waiting").waitFor();
        assert.equal(await page.getByTestId("rollover-write").isDisabled(), true);
        await accepted.check();
        // The new plan's name, as the user wants it.
        const title = page.getByLabel("Den nya planens namn");
        assert.equal(await title.inputValue(), "TIDSPLAN FÖR VERKSAMHETSLEDNING 2008");
        await title.fill("Tidsplan för verksamhetsledning 2008");
        await tools.screenshot(page, "rollover-2-edited");

        await page.getByTestId("rollover-write").click();
        await page
          .getByTestId("rollover-written")
          .getByText("Nästa års plan skrevs på bladet Tidsplan 2008 (tabellen Tidsplan_2008, 36 rader).")
          .waitFor({ timeout: 20_000 });
        await tools.screenshot(page, "rollover-3-written");

        // The memory workbook: a new sheet and table, the edit and the offer in it, its own identity.
        const result = await page.evaluate(() => ({
          sheets: window.__tidsplanHarness.sheetNames(),
          table: window.__tidsplanHarness.tableValues("Tidsplan_2008"),
          oldTable: window.__tidsplanHarness.tableValues("Tidsplan"),
          title: window.__tidsplanHarness.cellValue("Tidsplan 2008", 0, 0),
          year: window.__tidsplanHarness.cellValue("Tidsplan 2008", 1, 1),
          newId: window.__tidsplanHarness.cellValue("Tidsplan 2008", 2, 1),
          oldId: window.__tidsplanHarness.cellValue("Tidsplan", 2, 1),
        }));
        assert.ok(result.sheets.includes("Tidsplan 2008"));
        assert.equal(result.table.length, 37, "header and 36 rows");
        assert.deepEqual(result.table[0].slice(0, 5), ["ID", "När", "Start", "Slut", "Händelse"]);
        const row = (id) => result.table.find((r) => r[0] === id);
        assert.deepEqual(row(decisionId).slice(1, 5), [
          "13 februari",
          serial(2008, 2, 13),
          serial(2008, 2, 13),
          "Beslut om verksamhetsberättelse 2007 i stadsdelsnämnden",
        ]);
        assert.deepEqual(row(mblId).slice(1, 3), ["4 februari", serial(2008, 2, 4)]);
        assert.equal(
          row(strategyId)[4],
          "Fullmäktige fastställer Strategi för utveckling av Stockholms stad åren 2009-2011",
        );
        assert.equal(result.year, 2008);
        assert.equal(result.title, "Tidsplan för verksamhetsledning 2008");
        assert.match(String(result.newId), /^p-[0-9a-f]{8}$/);
        assert.notEqual(result.newId, result.oldId);
        assert.deepEqual(result.oldTable, oldTable, "the old plan's table is unchanged");
        assert.deepEqual(opened.consoleErrors, [], "no console errors");
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "rollover (en, ?view=rollover): the review in English has no serious or critical axe violation",
    async run(tools) {
      // axe is injected as an inline script, which the page's CSP forbids: bypassed here only.
      const opened = await tools.open("harness.html?lang=en", { bypassCSP: true });
      const { page } = opened;
      try {
        await page.route("**/seed/tidsplan-verksamhetsledning-2007.txt", async (route) =>
          route.fulfill({ body: await readFile(SEED_FILE), contentType: "text/plain; charset=utf-8" }),
        );
        await page.goto(new URL("harness.html?lang=en&seed=1&view=rollover", page.url()).href, {
          waitUntil: "load",
        });
        await page.getByTestId("rollover-view").waitFor({ timeout: 20_000 });
        await page.getByRole("button", { name: "Make proposal" }).click();
        await page.getByTestId("rollover-review").waitFor({ timeout: 20_000 });
        assert.equal(await page.getByTestId("rollover-review-title").textContent(), "Review 36 rows");
        await page.getByText("Same weekday of the same week: Monday, week 6.").waitFor();
        await page.getByText("2008-2010 is not a plan year and is not changed by itself.").first().waitFor();
        await page.addScriptTag({ path: tools.axePath });
        const violations = await page.evaluate(async () => {
          const context = { include: [document], exclude: [["[data-tabster-dummy]"]] };
          const outcome = await axe.run(context, { resultTypes: ["violations"] });
          return outcome.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help }));
        });
        await tools.screenshot(page, "rollover-4-english");
        const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        assert.deepEqual(serious, [], "no serious or critical axe violations");
        assert.deepEqual(opened.consoleErrors, [], "no console errors");
      } finally {
        await opened.close();
      }
    },
  },
];
