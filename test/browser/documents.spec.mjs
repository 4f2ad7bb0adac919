// Real document layouts in the pane (issue 12): a meeting grid and a raw web-text timeline pasted
// into the paste view, and "Omvandla bladet" on a sheet laid out as a meeting grid. The preview
// must show each meeting as an entry with its date, and say what it skipped and what it is unsure of.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const REAL = path.join(root, "test/fixtures/real");

async function openEmpty(tools, lang = "sv-SE") {
  const opened = await tools.open(`harness.html?lang=${lang}`);
  await opened.page.setViewportSize({ width: 360, height: 1000 });
  await opened.page.getByTestId("empty-state").waitFor({ timeout: 20_000 });
  return opened;
}

/** The preview's rows as text, When column and Event column. */
async function previewRows(page) {
  return page.getByTestId("import-preview").locator("tbody tr").evaluateAll((rows) =>
    rows.map((row) => Array.from(row.querySelectorAll("td")).map((td) => td.textContent ?? "")),
  );
}

export const tests = [
  {
    name: "paste a meeting grid (organ × month, footnote legend): one entry per meeting, extra meetings tentative",
    async run(tools) {
      const opened = await openEmpty(tools);
      const { page } = opened;
      try {
        const grid = await readFile(path.join(REAL, "bengtsfors-sammantradestider-2022.txt"), "utf8");
        await page.getByRole("button", { name: "Klistra in text" }).click();
        await page.getByTestId("paste-text").fill(`Sammanträdestider 2022\n${grid}`);
        await page.getByTestId("import-preview").waitFor();
        assert.equal(await page.getByTestId("preview-count").textContent(), "184 händelser");
        const rows = await previewRows(page);
        // Sorted by date: the first meetings of January 2022.
        assert.match(rows[0]?.[0] ?? "", /3 jan/, `first row: ${rows[0]}`);
        assert.ok(
          rows.some(([when, what]) => /10 jan/.test(when ?? "") && /kl\. 13\.00\?/.test(when ?? "") && /Kommunfullmäktige/.test(what ?? "")),
          "Kommunfullmäktige 10 January at 13.00, marked * (extra vid behov) as tentative",
        );
        assert.match((await page.getByTestId("preview-skipped").textContent()) ?? "", /rubrikrad i sammanträdesplan/);
        await tools.screenshot(page, "documents-1-grid-preview");
        await page.getByRole("button", { name: "Skapa tabell" }).click();
        await page.getByTestId("timeline-view").waitFor();
        const table = await page.evaluate(() => window.__tidsplanHarness.tableValues("Tidsplan"));
        assert.equal(table.length - 1, 184);
        const header = table[0];
        const start = header.indexOf("Start");
        const what = header.indexOf("Händelse");
        const ks = table.find((row) => row[what] === "Kommunstyrelsen");
        assert.ok(ks, "a Kommunstyrelsen row");
        // 19 January 2022 as an Excel serial.
        assert.equal(ks[start], 44580);
        assert.deepEqual(opened.consoleErrors, [], "no console errors");
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "paste raw web text (dates in headings, bullets, a year in the rows): the preview reads each item with its year",
    async run(tools) {
      const opened = await openEmpty(tools);
      const { page } = opened;
      try {
        const text = await readFile(path.join(REAL, "hultsfred-tidplan-budget-2024.txt"), "utf8");
        await page.getByRole("button", { name: "Klistra in text" }).click();
        await page.getByTestId("paste-text").fill(text);
        await page.getByTestId("import-preview").waitFor();
        assert.equal(await page.getByTestId("preview-count").textContent(), "10 händelser");
        const rows = await previewRows(page);
        assert.match(rows[0]?.[0] ?? "", /28 nov/);
        assert.match(rows[0]?.[1] ?? "", /Direktiv för hur ramen för budget 2024/);
        const march = rows.find(([, what]) => /förslag till driftbudget/.test(what ?? ""));
        assert.ok(march, "the 'Mars till april' item");
        assert.match(march[0] ?? "", /mars/i);
        await tools.screenshot(page, "documents-2-raw-preview");
        assert.deepEqual(opened.consoleErrors, [], "no console errors");
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "paste a plan across New Year with no year written: the preview says which year was taken (en)",
    async run(tools) {
      const opened = await openEmpty(tools, "en-US");
      const { page } = opened;
      try {
        await page.getByRole("button", { name: "Paste text" }).click();
        await page
          .getByTestId("paste-text")
          .fill("Budgetprocessen\n\nNovember\n• Budgetramar tas fram\n\nJanuari\n• Anvisningar till nämnderna\n\nMars\n• MBL\n\nJuni\n• Kommunfullmäktige beslutar om budget\n");
        await page.getByTestId("import-preview").waitFor();
        assert.equal(await page.getByTestId("preview-count").textContent(), "4 entries");
        const notes = await page.getByTestId("preview-uncertain").allTextContents();
        assert.ok(notes.length >= 1, "at least one entry says its year is inferred");
        assert.match(notes[0] ?? "", /The year \d{4} is inferred .* it may also be \d{4}/);
        await tools.screenshot(page, "documents-3-year-inferred");
        assert.deepEqual(opened.consoleErrors, [], "no console errors");
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "Omvandla bladet on a sheet laid out as a meeting grid: entries per meeting, the sheet untouched",
    async run(tools) {
      const opened = await openEmpty(tools);
      const { page } = opened;
      try {
        const cells = [
          ["Sammanträdesplan 2025"],
          [],
          ["Organ", "Tid", "Jan", "Feb", "Mars", "April", "Maj", "Juni"],
          ["Kommunfullmäktige", "18.00", "27", "-", "24", "28", "26", "16"],
          ["Kommunstyrelsen", "13.00", "13, 27*", "10", "10", "7", "5", "2"],
          ["Barn- och utbildningsnämnden", "08.30", "22", "19", "19", "16", "14", "11"],
          [],
          ["* Extra sammanträde vid behov"],
        ];
        await page.evaluate((values) => window.__tidsplanHarness.addUserSheet("Sammanträden", values), cells);
        const before = await page.evaluate(() => {
          const h = window.__tidsplanHarness;
          return Array.from({ length: 8 }, (_, r) => Array.from({ length: 8 }, (_, c) => h.cellValue("Sammanträden", r, c)));
        });
        await page.getByRole("button", { name: "Omvandla bladet" }).click();
        await page.getByRole("heading", { name: "Omvandla bladet Sammanträden" }).waitFor();
        assert.equal(await page.getByTestId("preview-count").textContent(), "18 händelser");
        await tools.screenshot(page, "documents-4-convert-grid");
        await page.getByRole("button", { name: "Skapa tabell" }).click();
        await page.getByTestId("timeline-view").waitFor();
        const table = await page.evaluate(() => window.__tidsplanHarness.tableValues("Tidsplan"));
        assert.equal(table.length - 1, 18);
        const header = table[0];
        const when = header.indexOf("När");
        const what = header.indexOf("Händelse");
        const extra = table.find((row) => row[what] === "Kommunstyrelsen" && /27 januari/.test(String(row[when])));
        assert.ok(extra, "KS 27 January");
        assert.match(String(extra[when]), /\?/, "the * meeting is tentative");
        const after = await page.evaluate(() => {
          const h = window.__tidsplanHarness;
          return Array.from({ length: 8 }, (_, r) => Array.from({ length: 8 }, (_, c) => h.cellValue("Sammanträden", r, c)));
        });
        assert.deepEqual(after, before, "the original sheet is untouched");
        assert.deepEqual(opened.consoleErrors, [], "no console errors");
      } finally {
        await opened.close();
      }
    },
  },
];
