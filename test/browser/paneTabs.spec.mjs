// The pane's view tabs (src/taskpane/components/PaneTabs.tsx) by keyboard: one tab stop, arrows
// (circular), Home and End move focus; Enter selects and shows the view; the tablist semantics
// a screen reader needs.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SEED_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../examples/tidsplan-verksamhetsledning-2007.txt",
);

/** The focused element's text and its aria-selected. */
async function focused(page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    return {
      text: active?.textContent ?? "",
      role: active?.getAttribute("role") ?? "",
      selected: active?.getAttribute("aria-selected") ?? "",
    };
  });
}

export const tests = [
  {
    name: "view tabs: one tab stop, arrows and Home/End move focus, Enter selects the view",
    async run(tools) {
      const opened = await tools.open("harness.html?lang=en");
      const { page } = opened;
      try {
        await page.getByTestId("empty-state").waitFor({ timeout: 20_000 });
        const tabs = page.getByRole("tablist").getByRole("tab");
        assert.deepEqual(await tabs.allTextContents(), [
          "Timeline",
          "Calendar",
          "Annual wheel",
          "Next year's plan",
        ]);
        assert.deepEqual(
          await tabs.evaluateAll((els) => els.map((el) => el.getAttribute("tabindex"))),
          ["0", "-1", "-1", "-1"],
          "only the selected tab is a tab stop",
        );

        await page.keyboard.press("Tab");
        assert.deepEqual(await focused(page), { text: "Timeline", role: "tab", selected: "true" });
        await page.keyboard.press("ArrowRight");
        assert.deepEqual(await focused(page), { text: "Calendar", role: "tab", selected: "false" });
        await page.keyboard.press("End");
        assert.equal((await focused(page)).text, "Next year's plan");
        await page.keyboard.press("ArrowRight");
        assert.equal((await focused(page)).text, "Timeline", "arrows wrap around");
        await page.keyboard.press("ArrowLeft");
        assert.equal((await focused(page)).text, "Next year's plan", "and wrap back");
        await page.keyboard.press("Home");
        assert.equal((await focused(page)).text, "Timeline");

        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("Enter");
        assert.equal((await focused(page)).selected, "true", "Enter selects the focused tab");
        const panel = page.locator("#pane-view");
        assert.equal(await panel.getAttribute("aria-labelledby"), "pane-tab-calendar");
        // The calendar view replaces the timeline's empty state (once its lazy chunk is in).
        await page.getByTestId("empty-state").waitFor({ state: "detached", timeout: 20_000 });

        // Leaving the tablist and coming back lands on the tab last focused (the selected one).
        await page.keyboard.press("Shift+Tab");
        await page.keyboard.press("Tab");
        assert.equal((await focused(page)).text, "Calendar");
        assert.deepEqual(opened.consoleErrors, [], "no console errors");
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "the ribbon's Export button (taskpane.html?view=calendar) opens the pane on the Calendar view",
    async run(tools) {
      const opened = await tools.open("harness.html?lang=en");
      const { page } = opened;
      try {
        // The seed is served from examples/ (as export.spec.mjs does), then the page reopened
        // with ?view=calendar as the manifest's Taskpane.Export.Url does.
        await page.route("**/seed/tidsplan-verksamhetsledning-2007.txt", async (route) =>
          route.fulfill({ body: await readFile(SEED_FILE), contentType: "text/plain; charset=utf-8" }),
        );
        await page.goto(new URL("harness.html?lang=en&seed=1&view=calendar", page.url()).href, {
          waitUntil: "load",
        });
        await page
          .locator('#pane-view[aria-labelledby="pane-tab-calendar"]')
          .waitFor({ state: "attached", timeout: 20_000 });
        const tabs = page.getByRole("tablist").getByRole("tab");
        assert.deepEqual(
          await tabs.evaluateAll((els) =>
            els.map((el) => [el.textContent, el.getAttribute("aria-selected")]),
          ),
          [
            ["Timeline", "false"],
            ["Calendar", "true"],
            ["Annual wheel", "false"],
            ["Next year's plan", "false"],
          ],
        );
        await page.getByRole("button", { name: /\.ics/ }).first().waitFor({ timeout: 20_000 });
        assert.deepEqual(opened.consoleErrors, [], "no console errors");
      } finally {
        await opened.close();
      }
    },
  },
];
