// The check flow in the harness (in-memory workbook), in Swedish: paste the seed, preview,
// create the table, check, select a finding's row, apply its suggested owner, and the live
// re-check after a user's edit. Screenshots of each step go to screenshots/checkflow-*.png.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SEED = path.join(root, "examples/tidsplan-verksamhetsledning-2007.txt");
/** The header row of the add-in's table is sheet row 4 (0-based 3); body rows follow it. */
const FIRST_BODY_ROW = 4;

async function warningCount(page) {
  return Number(await page.getByTestId("count-warning").textContent());
}

async function waitForWarningCount(page, expected) {
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="count-warning"]')?.textContent === String(n),
    expected,
    { timeout: 10_000 },
  );
}

export const tests = [
  {
    name: "check flow (sv): paste the seed → preview → create → check → select → fix → live re-check",
    async run(tools) {
      const opened = await tools.open("harness.html?lang=sv-SE");
      const { page } = opened;
      try {
        await page.setViewportSize({ width: 340, height: 900 });
        await page.getByTestId("empty-state").waitFor({ timeout: 20_000 });
        await page.getByRole("tab", { name: "Tidsplan" }).waitFor();

        // 1. Paste the seed: the preview shows 36 entries and names the skipped page heading.
        await page.getByRole("button", { name: "Klistra in text" }).click();
        await page.getByTestId("paste-text").fill(await readFile(SEED, "utf8"));
        const preview = page.getByTestId("import-preview");
        await preview.waitFor();
        assert.equal(await page.getByTestId("preview-count").textContent(), "36 händelser");
        const skipped = await page.getByTestId("preview-skipped").textContent();
        assert.match(skipped ?? "", /## Bilaga 12.*sidrubrik/);
        // Title and year come from the text, so they are not asked for.
        assert.equal(
          await page.getByLabel("Planens namn").inputValue(),
          "TIDSPLAN FÖR VERKSAMHETSLEDNING 2007",
        );
        assert.equal(await page.getByLabel("Planår").inputValue(), "2007");
        await tools.screenshot(page, "checkflow-1-preview");

        // 2. Create the table: the plan is stored and named in the header.
        await page.getByRole("button", { name: "Skapa tabell" }).click();
        await page.getByTestId("timeline-view").waitFor();
        await page.getByTestId("status").filter({ hasText: "skapades med 36 rader" }).waitFor();
        assert.equal(
          await page.getByTestId("plan-name").textContent(),
          "TIDSPLAN FÖR VERKSAMHETSLEDNING 2007",
        );
        await tools.screenshot(page, "checkflow-2-created");

        // 3. Check: missing-owner warnings are listed, and the counts are announced.
        await page.getByRole("button", { name: "Kontrollera" }).click();
        await page.getByTestId("findings").waitFor();
        const warnings = await warningCount(page);
        assert.ok(warnings > 0, "the seed has warnings");
        const status = await page.getByTestId("status").textContent();
        assert.match(status ?? "", new RegExp(`\\d+ fel, ${warnings} varningar`));
        const withFix = page
          .getByTestId("findings-warning")
          .getByTestId("finding")
          .filter({ has: page.getByRole("button", { name: /^Sätt ansvarig: / }) })
          .first();
        await withFix.waitFor();
        await tools.screenshot(page, "checkflow-3-checked");

        // 4. Clicking the finding selects its row's Ansvarig cell.
        const rowText = await withFix.getByText(/^Rad \d+$/).textContent();
        await withFix.getByRole("button").first().click();
        const table = await page.evaluate(() => window.__tidsplanHarness.tableValues("Tidsplan"));
        const header = table[0];
        const ownerCol = header.indexOf("Ansvarig");
        await page.waitForFunction(() => window.__tidsplanHarness.selection() !== null);
        const selection = await page.evaluate(() => window.__tidsplanHarness.selection());
        assert.equal(selection.sheet, "Tidsplan");
        assert.equal(selection.col, ownerCol, "the Ansvarig column is selected");
        const selectedRow = table[selection.row - FIRST_BODY_ROW + 1];
        assert.equal(selectedRow[ownerCol] ?? "", "", "the selected row is the one without an owner");
        console.log(`       ${rowText} → sheet row ${selection.row + 1}`);

        // 5. Apply its suggested owner: the cell is set and the re-check shows one warning fewer.
        const fixButton = withFix.getByRole("button", { name: /^Sätt ansvarig: / });
        const owner = (await fixButton.textContent()).replace(/^Sätt ansvarig: /, "");
        await fixButton.click();
        await waitForWarningCount(page, warnings - 1);
        const ownerCell = await page.evaluate(
          ([row, col]) => window.__tidsplanHarness.cellValue("Tidsplan", row, col),
          [selection.row, ownerCol],
        );
        assert.equal(ownerCell, owner);
        await tools.screenshot(page, "checkflow-4-fixed");

        // 6. A user's edit (clearing another owner) is re-checked live: one warning more.
        const ownedRow = table.findIndex(
          (row, i) => i > 0 && row[ownerCol] !== "" && row[ownerCol] !== undefined,
        );
        assert.ok(ownedRow > 0);
        await page.evaluate(
          (row) => window.__tidsplanHarness.typeIntoTable("Tidsplan", "Ansvarig", row, ""),
          ownedRow - 1,
        );
        await waitForWarningCount(page, warnings);
        await page
          .getByTestId("status")
          .filter({ hasText: `${warnings} varningar` })
          .waitFor();
        await tools.screenshot(page, "checkflow-5-live");
        // The live re-check updates the pane only: the row's Kontroll in the sheet is as it was
        // (a write would clear Excel's undo history on builds without undo support). Kontrollera
        // then writes it.
        const kontrollCol = header.indexOf("Kontroll");
        assert.ok(kontrollCol >= 0);
        const kontrollOf = () =>
          page.evaluate(
            ([row, col]) => window.__tidsplanHarness.tableValues("Tidsplan")[row][col],
            [ownedRow, kontrollCol],
          );
        assert.equal(await kontrollOf(), table[ownedRow][kontrollCol], "the live re-check wrote nothing");
        await page.getByRole("button", { name: "Kontrollera" }).click();
        await page.waitForFunction(
          ([row, col, old]) => window.__tidsplanHarness.tableValues("Tidsplan")[row][col] !== old,
          [ownedRow, kontrollCol, table[ownedRow][kontrollCol]],
        );

        // 6b. A live re-check that meets cell-edit mode (the user is typing) shows no error bar;
        // the next change is checked as usual.
        const ownerBefore = table[ownedRow][ownerCol];
        await page.evaluate(() => window.__tidsplanHarness.failNext("cell-edit-mode"));
        await page.evaluate(
          ([row, value]) => window.__tidsplanHarness.typeIntoTable("Tidsplan", "Ansvarig", row, value),
          [ownedRow - 1, ownerBefore],
        );
        await page.waitForTimeout(2500); // the live re-check's debounce (800 ms) and its run
        assert.equal(await page.getByText("Excel är i redigeringsläge").count(), 0, "no error bar");
        await waitForWarningCount(page, warnings); // that run failed: the count is as it was
        await page.evaluate(
          ([row, value]) => window.__tidsplanHarness.typeIntoTable("Tidsplan", "Ansvarig", row, value),
          [ownedRow - 1, ownerBefore],
        );
        await waitForWarningCount(page, warnings - 1);

        // 7. An Office failure (Excel in cell-edit mode) is a MessageBar saying what to do.
        await page.evaluate(() => window.__tidsplanHarness.failNext("cell-edit-mode"));
        await page.getByRole("button", { name: "Kontrollera" }).click();
        await page.getByRole("main").getByText("Excel är i redigeringsläge").waitFor();
        await page.getByTestId("status").filter({ hasText: "Excel är i redigeringsläge" }).waitFor();
        await tools.screenshot(page, "checkflow-6-error");
        await page.getByRole("button", { name: "Stäng" }).click();

        // 8. Clearing the check empties Kontroll.
        await page.getByRole("button", { name: "Rensa kontroll" }).click();
        await page.getByTestId("status").filter({ hasText: "Kontrollen är rensad" }).waitFor();
        const cleared = await page.evaluate(() => window.__tidsplanHarness.tableValues("Tidsplan"));
        const kontroll = cleared[0].indexOf("Kontroll");
        assert.ok(
          cleared.slice(1).every((row) => (row[kontroll] ?? "") === ""),
          "Kontroll is empty",
        );
        assert.deepEqual(opened.consoleErrors, [], "no console errors");
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "convert the active sheet (sv): the seed in document layout becomes a new Tidsplan table, the sheet untouched",
    async run(tools) {
      const opened = await tools.open("harness.html?lang=sv-SE");
      const { page } = opened;
      try {
        await page.setViewportSize({ width: 340, height: 900 });
        await page.getByTestId("empty-state").waitFor({ timeout: 20_000 });
        // As the seed would look pasted into Excel: one cell per tab-separated field.
        const cells = (await readFile(SEED, "utf8"))
          .replace(/\r\n?/g, "\n")
          .split("\n")
          .map((line) => line.split("\t"));
        await page.evaluate((values) => window.__tidsplanHarness.addUserSheet("Plan 2007", values), cells);
        const before = await page.evaluate(() => {
          const h = window.__tidsplanHarness;
          return Array.from({ length: 60 }, (_, r) =>
            Array.from({ length: 4 }, (_, c) => h.cellValue("Plan 2007", r, c)),
          );
        });
        await page.getByRole("button", { name: "Omvandla bladet" }).click();
        await page.getByRole("heading", { name: "Omvandla bladet Plan 2007" }).waitFor();
        assert.equal(await page.getByTestId("preview-count").textContent(), "36 händelser");
        assert.match((await page.getByTestId("preview-skipped").textContent()) ?? "", /## Bilaga 12/);
        await tools.screenshot(page, "checkflow-7-convert-preview");
        await page.getByRole("button", { name: "Skapa tabell" }).click();
        await page.getByTestId("timeline-view").waitFor();
        const after = await page.evaluate(() => {
          const h = window.__tidsplanHarness;
          return {
            sheets: h.sheetNames(),
            rows: (h.tableValues("Tidsplan") ?? []).length - 1,
            cells: Array.from({ length: 60 }, (_, r) =>
              Array.from({ length: 4 }, (_, c) => h.cellValue("Plan 2007", r, c)),
            ),
          };
        });
        assert.deepEqual(after.sheets, ["Plan 2007", "Tidsplan"]);
        assert.equal(after.rows, 36);
        assert.deepEqual(after.cells, before, "the original sheet is untouched");
        assert.deepEqual(opened.consoleErrors, [], "no console errors");
      } finally {
        await opened.close();
      }
    },
  },
];
