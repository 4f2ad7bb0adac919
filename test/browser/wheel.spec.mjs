// The årshjul view in the harness: the seed's 36 entries drawn in both ring modes and both
// languages, click-to-select the table row, and "Infoga årshjul" putting a PNG on a sheet.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SEED = path.join(root, "examples/tidsplan-verksamhetsledning-2007.txt");
// src/harness/harness.tsx SEED_PATH: the harness fetches the seed from here with ?seed=1.
const SEED_PATH = "seed/tidsplan-verksamhetsledning-2007.txt";
const PNG_BASE64_SIGNATURE = "iVBORw0KGgo"; // base64 of \x89PNG\r\n\x1a\n
const ITEMS = '[data-testid="wheel-canvas"] g[data-kind="item"]';

/** The harness at `query` with the seed imported into its workbook, the wheel tab open. */
async function openWheel(tools, query, tabName, options = {}) {
  const opened = await tools.open("harness.html?lang=sv-SE", options);
  const { page } = opened;
  const seed = await readFile(SEED);
  // Routes registered later win: this one serves the seed, the runner's still guards the rest.
  await page
    .context()
    .route(`**/${SEED_PATH}`, (route) =>
      route.fulfill({ body: seed, contentType: "text/plain; charset=utf-8" }),
    );
  await page.setViewportSize({ width: 350, height: 900 });
  await page.goto(new URL(`harness.html?${query}&seed=1`, page.url()).href, { waitUntil: "load" });
  await page.getByRole("tab", { name: tabName }).click();
  await page.getByTestId("wheel-canvas").waitFor({ timeout: 20_000 });
  return opened;
}

const count = (page, selector) => page.locator(selector).count();

function harness(page, script, arg) {
  return page.evaluate(script, arg);
}

export const tests = [
  {
    name: "wheel: the seed's 36 entries per owner and per kind, in Swedish; click selects the row",
    async run(tools) {
      const opened = await openWheel(tools, "lang=sv-SE", "Årshjul");
      const { page } = opened;
      try {
        assert.equal(await count(page, ITEMS), 36, "36 items per owner");
        const months = await page
          .locator('[data-testid="wheel-canvas"] g[data-kind="months"] text')
          .allTextContents();
        assert.equal(months[0], "JANUARI");
        assert.ok(await page.getByRole("button", { name: "Infoga årshjul" }).isEnabled());
        await tools.screenshot(page, "pane-wheel");

        // Click an event on the wheel: its number badge.
        const item = page.locator(`${ITEMS}:not([data-placement])`).nth(4);
        const entryId = await item.getAttribute("data-entry-id");
        const title = await item.locator("title").textContent();
        // A real click where the user sees the number badge (its circle and text are the item's).
        const badge = await item.locator("circle").first().boundingBox();
        await page.mouse.click(badge.x + badge.width / 2, badge.y + badge.height / 2);
        await page.waitForFunction(() => window.tidsplanHarness.workbook.selection() !== null);
        const picked = await harness(
          page,
          (id) => {
            const book = window.tidsplanHarness.workbook;
            const sel = book.selection();
            const values = book.tableValues("Tidsplan") ?? [];
            const rowCells = Array.from({ length: values[0]?.length ?? 0 }, (_, c) =>
              book.cellValue(sel.sheet, sel.row, c),
            );
            return {
              sel,
              rowHasId: rowCells.includes(id),
              header: values[0]?.[sel.col],
              event: book.cellValue(sel.sheet, sel.row, sel.col),
            };
          },
          entryId,
        );
        assert.equal(picked.sel.sheet, "Tidsplan");
        assert.ok(picked.rowHasId, `the selected row is entry ${entryId}: ${JSON.stringify(picked)}`);
        assert.equal(picked.header, "Händelse", "the Händelse cell is selected");
        assert.ok(
          title.includes(String(picked.event)),
          `tooltip "${title}" names the event "${picked.event}"`,
        );

        // Keyboard: a list row is focusable, Enter selects its row.
        const row = page.locator('[data-testid="wheel-canvas"] g[data-kind="list-row"]').nth(10);
        const rowId = await row.getAttribute("data-entry-id");
        await row.focus();
        await page.keyboard.press("Enter");
        await page.waitForFunction((id) => {
          const book = window.tidsplanHarness.workbook;
          const sel = book.selection();
          return Array.from({ length: 8 }, (_, c) => book.cellValue(sel.sheet, sel.row, c)).includes(id);
        }, rowId);

        // Per kind: still every entry, and the legend names kinds.
        const ringLabels = () =>
          page.locator('[data-testid="wheel-canvas"] [data-kind="legend-ring"] text').allTextContents();
        assert.ok(
          (await ringLabels()).includes("Förvaltningsgruppen"),
          `per owner: owners in the legend: ${await ringLabels()}`,
        );
        await page.getByRole("radio", { name: "Per typ" }).check();
        await page.waitForFunction(() =>
          [...document.querySelectorAll('[data-testid="wheel-canvas"] [data-kind="legend-ring"] text')].some(
            (t) => t.textContent === "Beslut",
          ),
        );
        assert.ok(!(await ringLabels()).includes("Förvaltningsgruppen"), "per kind: no owner in the legend");
        assert.equal(await count(page, ITEMS), 36, "36 items per kind");
        // A school year: August at the top.
        await page.getByLabel("Första månad").selectOption({ label: "Augusti" });
        await page.waitForFunction(
          () =>
            document.querySelector('[data-testid="wheel-canvas"] g[data-kind="months"] text')?.textContent ===
            "AUGUSTI",
        );
        assert.equal(await count(page, ITEMS), 36, "36 items from August");
        await tools.screenshot(page, "pane-wheel-kind-august");
        assert.deepEqual(opened.consoleErrors, [], "no console errors");
        assert.deepEqual(opened.foreignRequests(), [], "no request outside localhost");
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "wheel: English month names; Insert wheel puts a PNG on the sheet 'Annual wheel 2007', twice",
    async run(tools) {
      const opened = await openWheel(tools, "lang=en-US", "Annual wheel");
      const { page } = opened;
      try {
        assert.equal(await count(page, ITEMS), 36);
        const months = await page
          .locator('[data-testid="wheel-canvas"] g[data-kind="months"] text')
          .allTextContents();
        assert.deepEqual(months.slice(0, 3), ["JANUARY", "FEBRUARY", "MARCH"]);
        assert.equal(
          await page.getByText("Januari", { exact: true }).count(),
          0,
          "no Swedish month in the English pane",
        );
        for (let round = 1; round <= 2; round += 1) {
          await page.getByRole("button", { name: "Insert wheel" }).click();
          await page
            .getByTestId("wheel-status")
            .filter({ hasText: "The annual wheel was inserted on the sheet Annual wheel 2007" })
            .waitFor({ timeout: 20_000 });
          const picture = await harness(page, () => {
            const book = window.tidsplanHarness.workbook;
            return { sheets: book.sheetNames(), png: book.picture("Annual wheel 2007") };
          });
          assert.equal(
            picture.sheets.filter((s) => s === "Annual wheel 2007").length,
            1,
            `round ${round}: one sheet`,
          );
          assert.ok(picture.png !== null && picture.png.startsWith(PNG_BASE64_SIGNATURE), "a PNG");
          assert.ok(picture.png.length > 20_000, `a real picture (${picture.png.length} base64 chars)`);
        }
        const inserted = await harness(page, () =>
          window.tidsplanHarness.workbook.picture("Annual wheel 2007"),
        );
        // The picture as Excel receives it, to look at beside the screenshots.
        writeFileSync(path.join(root, "screenshots/wheel-picture-en.png"), Buffer.from(inserted, "base64"));
        await tools.screenshot(page, "pane-wheel-en");
        assert.deepEqual(opened.consoleErrors, [], "no console errors");
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "wheel: Infoga årshjul never replaces a user's own sheet 'Årshjul 2007', and says so",
    async run(tools) {
      const opened = await openWheel(tools, "lang=sv-SE", "Årshjul");
      const { page } = opened;
      try {
        await harness(page, () => window.tidsplanHarness.workbook.addUserSheet("Årshjul 2007"));
        await page.getByRole("button", { name: "Infoga årshjul" }).click();
        await page.getByText("Det finns redan ett eget blad med det namnet").waitFor({ timeout: 20_000 });
        const png = await harness(page, () => window.tidsplanHarness.workbook.picture("Årshjul 2007"));
        assert.equal(png, null, "the user's sheet got no picture");
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "wheel: axe finds no serious or critical violation in the wheel view",
    async run(tools) {
      // axe is injected as an inline script, which the page's CSP rightly forbids: bypass it here only.
      const opened = await openWheel(tools, "lang=sv-SE", "Årshjul", { bypassCSP: true });
      const { page } = opened;
      try {
        await page.addScriptTag({ path: tools.axePath });
        const loaded = await page.evaluate(() => typeof window.axe !== "undefined");
        assert.ok(loaded, "axe-core loaded");
        const violations = await page.evaluate(async () => {
          const context = { include: [["#pane-view"]], exclude: [["[data-tabster-dummy]"]] };
          const outcome = await window.axe.run(context, { resultTypes: ["violations"] });
          return outcome.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            nodes: v.nodes.length,
            first: v.nodes[0]?.html?.slice(0, 200),
          }));
        });
        const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        assert.deepEqual(serious, [], JSON.stringify(violations));
      } finally {
        await opened.close();
      }
    },
  },
];
