// taskpane.html opened in a plain browser: Office.onReady gives host null and Excel is undefined.
import assert from "node:assert/strict";

export const tests = [
  {
    name: "taskpane.html outside Office shows the 'runs inside Excel' page in Swedish and English",
    async run(tools) {
      const opened = await tools.open("taskpane.html");
      const { page } = opened;
      try {
        await page.getByTestId("no-host").waitFor({ timeout: 20_000 });
        await page.getByRole("heading", { name: "Tidsplan körs inuti Excel" }).waitFor();
        await page.getByRole("heading", { name: "Tidsplan runs inside Excel" }).waitFor();
        for (const where of [
          "Excel för skrivbordet",
          "Excel på webben",
          "Excel desktop",
          "Excel on the web",
        ]) {
          await page.getByRole("heading", { name: where }).waitFor();
        }
        assert.equal(await page.getByTestId("empty-state").count(), 0, "the pane itself is not shown");
        await tools.screenshot(page, "no-host");
        assert.deepEqual(opened.consoleErrors, [], "no console errors");
        assert.deepEqual(opened.foreignRequests(), [], "no request outside localhost");
      } finally {
        await opened.close();
      }
    },
  },
];
