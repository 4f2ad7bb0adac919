// axe-core scans of the pane in the light and dark theme, and of the no-host page.
import assert from "node:assert/strict";

async function scan(tools, pagePath, ready, name) {
  // axe is injected as an inline script, which the page's CSP rightly forbids: bypass it here only.
  const opened = await tools.open(pagePath, {
    bypassCSP: true,
    colorScheme: name.includes("dark") ? "dark" : "light",
  });
  const { page } = opened;
  try {
    await page.getByTestId(ready).waitFor({ timeout: 20_000 });
    await page.addScriptTag({ path: tools.axePath });
    const results = await page.evaluate(async () => {
      // Tabster (Fluent's focus manager, used by the TabList) adds aria-hidden <i tabindex="0">
      // focus guards that redirect focus at once; they are never reached by a screen reader.
      const context = { include: [document], exclude: [["[data-tabster-dummy]"]] };
      const outcome = await axe.run(context, { resultTypes: ["violations"] });
      return outcome.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((node) => node.target.join(" ")).slice(0, 5),
      }));
    });
    await tools.screenshot(page, `axe-${name}`);
    const serious = results.filter((v) => v.impact === "serious" || v.impact === "critical");
    assert.deepEqual(serious, [], `no serious or critical axe violations (${name})`);
    const minor = results.filter((v) => !serious.includes(v));
    if (minor.length > 0)
      console.log(`       minor axe findings (${name}): ${minor.map((v) => v.id).join(", ")}`);
  } finally {
    await opened.close();
  }
}

export const tests = [
  {
    name: "axe: the pane in the light theme has no serious or critical violation",
    run: (tools) => scan(tools, "harness.html?lang=sv-SE", "empty-state", "pane-light"),
  },
  {
    name: "axe: the pane in the dark theme (?theme=dark) has no serious or critical violation",
    run: (tools) => scan(tools, "harness.html?lang=sv-SE&theme=dark", "empty-state", "pane-dark"),
  },
  {
    name: "axe: the no-host page has no serious or critical violation",
    run: (tools) => scan(tools, "taskpane.html", "no-host", "no-host"),
  },
];
