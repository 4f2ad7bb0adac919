// Helpers of hostilePaste.spec.mjs: the hostile texts, pasting as a user's paste does, waiting
// for the pane's answer and timing it. Not a spec file itself (only *.spec.mjs are run).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const fixture = (name) => readFile(path.join(root, "test/fixtures/hostile", name), "utf8");

/** An answer slower than this is a hang (generous: the 2-core machine is shared). */
export const BUDGET_MS = 5_000;
/**
 * For a 1 MB paste: Chromium itself needs about 4 s on this machine to lay out 1 MB of text in
 * a bare <textarea> (measured apart from the pane), before the pane does anything.
 */
export const ONE_MB_BUDGET_MS = 10_000;
/** Sheet row (0-based) of the table's first body row: header row 4 (0-based 3). */
export const FIRST_BODY_ROW = 4;

export const HEADER = "När\tHändelse\tAnsvarig";
export const ROWS = [
  "5 februari\tLöneöversyn för året\tPersonalchefen",
  "12 mars\tÅrsredovisning klar\tEkonomichefen",
];
const MONTHS = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];

/** `count` dated rows through the year, with a title line that names the plan and its year. */
export function manyRows(count) {
  const lines = ["Tidsplan för verksamhetsledning 2026", HEADER];
  for (let i = 0; i < count; i += 1) {
    const month = Math.floor((i * 12) / count);
    lines.push(`${1 + (i % 28)} ${MONTHS[month]}\tHändelse ${i}\tKS`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Payloads that would set window.__hostile (or open a dialog) if the pane ever rendered a cell as
 * HTML. Whole tags are removed by the import's clean-up (web copies); an unclosed tag or "< script>"
 * survives as literal text, which is what the preview and the table must show as text.
 */
export const HTML_PAYLOADS = [
  "<script>window.__hostile = 1</script>Budget",
  '<img src=x onerror="window.__hostile = 2">',
  "<img src=x onerror=window.__hostile=3 alert(3)",
  "< script>window.__hostile=8< /script>",
  "<svg/onload=window.__hostile=4>Plan",
  '<a href="javascript:window.__hostile=5">länk</a> & <i>mer</i>',
  "&lt;script&gt;alert(6)&lt;/script&gt;",
];
export const HTML_TEXT = `${HEADER}\n${HTML_PAYLOADS.map((p, i) => `${i + 1} mars\t${p}\t${i % 2 === 0 ? "KS" : p}`).join("\n")}\n`;

export async function openPane(tools, lang = "sv-SE") {
  const opened = await tools.open(`harness.html?lang=${lang}`);
  const { page } = opened;
  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setViewportSize({ width: 340, height: 900 });
  await page.getByTestId("empty-state").waitFor({ timeout: 20_000 });
  await page.getByRole("button", { name: lang === "sv-SE" ? "Klistra in text" : "Paste text" }).click();
  await page.getByTestId("paste-panel").waitFor();
  return { ...opened, dialogs };
}

/**
 * Paste `text` (replacing what the box holds) and wait for `answer`; returns the milliseconds.
 * A paste reaches the page as one input event (inputType insertFromPaste); it is sent as such,
 * so the time is the pane's, not that of typing 100,000 lines through the input machinery.
 */
export async function paste(page, text, answer) {
  const started = Date.now();
  await page.getByTestId("paste-text").evaluate((box, value) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value").set.call(box, value);
    box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);
  await answer();
  return Date.now() - started;
}

export const previewCount =
  (page, pattern, timeout = 30_000) =>
  () =>
    page.getByTestId("preview-count").filter({ hasText: pattern }).waitFor({ timeout });
export const problem = (page, pattern) => () =>
  page.getByTestId("paste-problem").filter({ hasText: pattern }).waitFor({ timeout: 30_000 });
export const nothing = (page) => () => page.getByTestId("paste-nothing").waitFor({ timeout: 30_000 });

export async function previewText(page) {
  return (await page.getByTestId("import-preview").textContent()) ?? "";
}

export function timed(timings, name, ms, budget = BUDGET_MS) {
  timings.push(`${name} ${ms} ms`);
  console.log(`       ${name}: ${ms} ms`);
  assert.ok(ms < budget, `${name}: answered in ${ms} ms (budget ${budget} ms)`);
}

export function assertClean(opened, what) {
  assert.deepEqual(opened.consoleErrors, [], `${what}: no console or page errors`);
  assert.deepEqual(opened.dialogs, [], `${what}: no dialog`);
}

/** Fill in the plan's name and year when the text names none, create the table, wait for it. */
export async function createTable(page, rows, { title, year } = {}) {
  if (title !== undefined) await page.getByLabel("Planens namn").fill(title);
  if (year !== undefined) await page.getByLabel("Planår").fill(year);
  const started = Date.now();
  await page.getByRole("button", { name: "Skapa tabell" }).click();
  await page.getByTestId("timeline-view").waitFor({ timeout: 30_000 });
  await page
    .getByTestId("status")
    .filter({ hasText: `skapades med ${rows} rader` })
    .waitFor({ timeout: 30_000 });
  return Date.now() - started;
}

export const tableBody = async (page) =>
  (await page.evaluate(() => window.__tidsplanHarness.tableValues("Tidsplan"))) ?? [];
