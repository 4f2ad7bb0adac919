// The task pane in the harness (in-memory workbook), in Swedish and in English.
import assert from "node:assert/strict";

/** Open the harness, wait for the empty state, and check what every pane view must hold. */
async function openPane(tools, query) {
  const opened = await tools.open(`harness.html?${query}`);
  await opened.page.getByTestId("empty-state").waitFor({ timeout: 20_000 });
  console.log(
    `       first render ${Date.now() - opened.started} ms after navigation (reported, not asserted)`,
  );
  return opened;
}

function assertCleanRun(opened) {
  assert.deepEqual(opened.consoleErrors, [], "no console errors");
  assert.deepEqual(opened.foreignRequests(), [], "no request outside localhost");
  assert.ok(
    opened.requests.some((url) => url.endsWith("/lib/1/hosted/office.js")),
    "office.js was requested from the CDN URL (and served locally)",
  );
}

export const tests = [
  {
    name: "pane renders in Swedish (?lang=sv-SE): header, plan name and empty state",
    async run(tools) {
      const opened = await openPane(
        tools,
        "lang=sv-SE&plan=Tidsplan%20f%C3%B6r%20verksamhetsledning&year=2007",
      );
      const { page } = opened;
      try {
        assert.equal(await page.getAttribute("html", "lang"), "sv-SE");
        assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Tidsplan");
        assert.equal(
          await page.getByTestId("plan-name").textContent(),
          "Tidsplan för verksamhetsledning 2007",
        );
        await page.getByRole("heading", { name: "Ingen tidsplan i arbetsboken ännu" }).waitFor();
        for (const way of ["Klistra in text", "Omvandla det aktiva bladet", "Använd en befintlig tabell"]) {
          await page.getByRole("heading", { name: way }).waitFor();
        }
        assert.equal(await page.getByRole("main").count(), 1, "one main landmark");
        assert.equal(await page.getByRole("banner").count(), 1, "one banner landmark");
        // The one way that works today: the in-memory workbook has no table, and the pane says so.
        await page.getByRole("button", { name: "Sök efter tabell" }).click();
        await page.getByTestId("status").filter({ hasText: "Ingen Tidsplan-tabell hittades" }).waitFor();
        await tools.screenshot(page, "pane-sv");
        assertCleanRun(opened);
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "pane renders in English (?lang=en-US) with no plan stored yet",
    async run(tools) {
      const opened = await openPane(tools, "lang=en-US");
      const { page } = opened;
      try {
        assert.equal(await page.getAttribute("html", "lang"), "en");
        assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Tidsplan");
        assert.equal(await page.getByTestId("plan-name").textContent(), "No plan chosen yet");
        await page.getByRole("heading", { name: "No timeline in this workbook yet" }).waitFor();
        for (const way of ["Paste text", "Convert the active sheet", "Use an existing table"]) {
          await page.getByRole("heading", { name: way }).waitFor();
        }
        assert.equal(
          await page.getByText("Ingen tidsplan").count(),
          0,
          "no Swedish text in the English pane",
        );
        await tools.screenshot(page, "pane-en");
        assertCleanRun(opened);
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "keyboard: Tab reaches the three ways in order, with a visible focus indicator",
    async run(tools) {
      const opened = await openPane(tools, "lang=en-US");
      const { page } = opened;
      try {
        const reached = [];
        for (let i = 0; i < 4; i += 1) {
          await page.keyboard.press("Tab");
          reached.push(
            await page.evaluate(() => {
              const active = document.activeElement;
              if (!(active instanceof HTMLElement)) return { text: "", outlined: false };
              // Fluent draws focus with an ::after outline on buttons when keyboard-navigating.
              const after = getComputedStyle(active, "::after");
              const own = getComputedStyle(active);
              const outlined =
                (after.borderStyle !== "none" && after.borderWidth !== "0px") ||
                (own.outlineStyle !== "none" && own.outlineWidth !== "0px");
              return { text: active.textContent ?? "", outlined };
            }),
          );
        }
        assert.deepEqual(
          reached.map((r) => r.text),
          // The view tabs come first (one tab stop; arrows move between the tabs), then the ways in.
          ["Timeline", "Paste text", "Convert the sheet", "Look for a table"],
        );
        assert.ok(
          reached.every((r) => r.outlined),
          `visible focus on every button: ${JSON.stringify(reached)}`,
        );
        await tools.screenshot(page, "pane-keyboard-focus");
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "every page carries the Content-Security-Policy and loads office.js from the CDN URL",
    async run(tools) {
      for (const pagePath of ["harness.html", "taskpane.html"]) {
        const opened = await tools.open(pagePath);
        try {
          const csp = await opened.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
          assert.match(csp ?? "", /script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/, pagePath);
          assert.match(csp ?? "", /connect-src 'self'/, pagePath);
          const src = await opened.page.getAttribute("head script", "src");
          assert.equal(src, "https://appsforoffice.microsoft.com/lib/1/hosted/office.js", pagePath);
        } finally {
          await opened.close();
        }
      }
    },
  },
];

tests.push({
  name: "an Office failure shows a MessageBar saying what happened and what to do, and can be dismissed",
  async run(tools) {
    const opened = await tools.open("harness.html?lang=sv-SE&fail=cell-edit-mode");
    const { page } = opened;
    try {
      const bar = page.locator(".fui-MessageBarBody");
      await bar.waitFor({ timeout: 20_000 });
      const text = (await bar.textContent()) ?? "";
      assert.match(text, /^Det gick inte/, "the title says it failed");
      assert.match(text, /Excel är i redigeringsläge/, "what happened");
      assert.match(text, /Tryck Enter eller Esc och försök igen/, "what to do");
      await page.getByTestId("status").filter({ hasText: "redigeringsläge" }).waitFor();
      await tools.screenshot(page, "pane-error-sv");
      await page.getByRole("button", { name: "Stäng" }).click();
      assert.equal(await page.getByText("Det gick inte").count(), 0, "dismissed");
      assert.deepEqual(opened.consoleErrors, []);
    } finally {
      await opened.close();
    }
  },
});
