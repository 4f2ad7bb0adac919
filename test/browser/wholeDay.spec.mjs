// A user's whole day, in one page against the in-memory workbook, in Swedish: paste the seed →
// preview → create the table → check → open a finding → apply its fix → a typing mistake and its
// correction, each re-checked live → the calendar sheet → the .ics (captured and read back with
// ical.js) → a glance at the årshjul → the pane reopened in English on the same workbook.
// Screenshots of every step: screenshots/wholeday-NN-*.png. The pane's first render is reported.
// TIDSPLAN_README_IMAGES=1 copies the README's pictures (docs/images/pane-*.png) from this run.
import assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ICAL from "ical.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SEED = path.join(root, "examples/tidsplan-verksamhetsledning-2007.txt");
const PLAN = "TIDSPLAN FÖR VERKSAMHETSLEDNING 2007";
/** The add-in's table has its header on sheet row 4 (0-based 3); body row 0 is sheet row 4. */
const FIRST_BODY_ROW = 4;
/** The README's pane pictures (README.md) and the step of this run each one shows. */
const README_IMAGES = {
  "pane-paste-preview.png": "preview",
  "pane-check.png": "checked",
  "pane-export.png": "exported",
  "pane-wheel.png": "wheel",
};
const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti"].concat([
  "september",
  "oktober",
  "november",
  "december",
]);
/** The seed's row the user mistypes and corrects, and what they type. */
const EDITED = { when: "5 februari", typo: "30 februari", corrected: "6 februari", date: "2007-02-06" };

/** The seed's rows with a single date ("5 februari\tMBL-upplaga …"): date and Händelse text. */
function datedSeedRows(seedText) {
  const rows = [];
  for (const line of seedText.split(/\r?\n/)) {
    const match = /^(\d{1,2}) ([a-zåäö]+)\t([^\t]+)/.exec(line);
    const month = MONTHS.indexOf(match?.[2] ?? "") + 1;
    if (match === null || month === 0) continue;
    const date = `2007-${String(month).padStart(2, "0")}-${match[1].padStart(2, "0")}`;
    rows.push({ when: `${match[1]} ${match[2]}`, date, text: match[3].trim() });
  }
  return rows;
}

const hook = (page, script, arg) => page.evaluate(script, arg);
const statusHas = (page, text) => page.getByTestId("status").filter({ hasText: text }).waitFor();

/** The check's counts as the pane shows them ("0 fel, 17 varningar, 2 info"). */
async function counts(page) {
  const text = (await page.getByTestId("findings-summary").textContent()) ?? "";
  const [error, warning, info] = (text.match(/\d+/g) ?? []).map(Number);
  return { error, warning, info, text };
}

async function waitForSummary(page, expected) {
  await page
    .getByTestId("findings-summary")
    .filter({ hasText: `${expected.error} fel, ${expected.warning} varningar` })
    .waitFor({ timeout: 10_000 });
}

export const tests = [
  {
    name: "a user's whole day (sv → en): paste, create, check, open, fix, live edit, calendar sheet, .ics, wheel, English",
    async run(tools) {
      const opened = await tools.open("harness.html?lang=sv-SE");
      const { page } = opened;
      const shots = {};
      const shot = async (step) => {
        const number = String(Object.keys(shots).length + 1).padStart(2, "0");
        // No hover on the last clicked button, and Fluent's motions (an accordion opening)
        // finished: the picture shows the settled pane.
        await page.mouse.move(0, 0);
        await page.waitForFunction(() =>
          document
            .getAnimations()
            .every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity),
        );
        shots[step] = await tools.screenshot(page, `wholeday-${number}-${step}`);
      };
      try {
        await page.setViewportSize({ width: 340, height: 900 });
        const seedText = await readFile(SEED, "utf8");

        // 0. The pane opens: how long until it is there (reported, not asserted).
        await page.getByTestId("empty-state").waitFor({ timeout: 20_000 });
        await page.waitForFunction(() => window.__tidsplanFirstRender?.viewPainted !== undefined);
        const render = await opened.firstRender();
        assert.ok(render.header > 0 && render.view >= render.header, "the first render was measured");
        const ms = (value) => (value === undefined ? "?" : `${Math.round(value)} ms`);
        // Outside Office, office.js's Office.onReady waits for a host that never answers: most of
        // the total is that wait. mount → painted is the pane's own share.
        console.log(
          `       first render: ${ms(render.headerPainted)} after navigation (pane header painted; ` +
            `empty state ${ms(render.viewPainted)}). office.js loaded at ${ms(render.officeJsLoaded)}, ` +
            `Office.onReady at ${ms(render.officeReady)}; the pane's own part, mount → header painted ` +
            `${ms(render.headerPainted - render.mount)}, → empty state ${ms(render.viewPainted - render.mount)}`,
        );
        await shot("empty");

        // 1. Paste the seed: the preview counts its entries and takes title and year from it.
        await page.getByRole("button", { name: "Klistra in text" }).click();
        await page.getByTestId("paste-text").fill(seedText);
        await page.getByTestId("import-preview").waitFor();
        assert.equal(await page.getByTestId("preview-count").textContent(), "36 händelser");
        assert.equal(await page.getByLabel("Planens namn").inputValue(), PLAN);
        await shot("preview");

        // 2. Create the table: 36 rows in the workbook, the plan named in the header.
        await page.getByRole("button", { name: "Skapa tabell" }).click();
        await page.getByTestId("timeline-view").waitFor();
        await statusHas(page, "skapades med 36 rader");
        const table = await hook(page, () => window.__tidsplanHarness.tableValues("Tidsplan"));
        assert.equal(table.length - 1, 36, "36 body rows in the workbook");
        const header = table[0];
        const col = { when: header.indexOf("När"), what: header.indexOf("Händelse") };
        col.owner = header.indexOf("Ansvarig");
        assert.ok(col.when >= 0 && col.what >= 0 && col.owner >= 0, `headers: ${header.join(", ")}`);
        assert.equal(await page.getByTestId("plan-name").textContent(), PLAN);
        await shot("created");

        // 3. Check: findings by severity; the counts are shown and announced.
        await page.getByRole("button", { name: "Kontrollera", exact: true }).click();
        await page.getByTestId("findings").waitFor();
        const checked = await counts(page);
        assert.ok(checked.warning > 0, "the seed has rows without an owner");
        await statusHas(page, `${checked.error} fel, ${checked.warning} varningar`);
        await shot("checked");

        // 4. Open a finding: its row's Ansvarig cell gets selected in the workbook.
        const finding = page
          .getByTestId("findings-warning")
          .getByTestId("finding")
          .filter({ has: page.getByRole("button", { name: /^Sätt ansvarig: / }) })
          .first();
        const line = Number(/\d+/.exec((await finding.getByText(/^Rad \d+$/).textContent()) ?? "")?.[0]);
        await finding.getByRole("button").first().click();
        await page.waitForFunction(() => window.__tidsplanHarness.selection() !== null);
        const selection = await hook(page, () => window.__tidsplanHarness.selection());
        assert.equal(selection.sheet, "Tidsplan");
        assert.equal(selection.col, col.owner, "the Ansvarig column is selected");
        const fixedIndex = selection.row - FIRST_BODY_ROW;
        const fixedRow = table[fixedIndex + 1];
        assert.equal(selection.row + 1, line, `the finding's "Rad ${line}" is the selected sheet row`);
        assert.equal(fixedRow[col.owner] ?? "", "", "the selected row has no owner");
        await shot("selected");

        // 5. Apply its fix: the owner is written into that cell and the warning is gone.
        const fixButton = finding.getByRole("button", { name: /^Sätt ansvarig: / });
        const owner = ((await fixButton.textContent()) ?? "").replace(/^Sätt ansvarig: /, "");
        await fixButton.click();
        const afterFix = { ...checked, warning: checked.warning - 1 };
        await waitForSummary(page, afterFix);
        const ownerCell = await hook(
          page,
          ([row, c]) => window.__tidsplanHarness.cellValue("Tidsplan", row, c),
          [selection.row, col.owner],
        );
        assert.equal(ownerCell, owner, "the fix wrote the suggested owner into the table");
        await shot("fixed");

        // 6. The user mistypes a date in Excel: the live re-check shows one error more …
        const editedIndex = table.findIndex((row, i) => i > 0 && row[col.when] === EDITED.when) - 1;
        assert.ok(editedIndex >= 0, `the seed has a row "${EDITED.when}"`);
        const type = (value) =>
          hook(
            page,
            ([row, value]) => window.__tidsplanHarness.typeIntoTable("Tidsplan", "När", row, value),
            [editedIndex, value],
          );
        assert.ok(await type(EDITED.typo), "typed into the table");
        await waitForSummary(page, { ...afterFix, error: afterFix.error + 1 });
        // The new Fel group opens by itself (the user sees the error without a click); its
        // finding names the date.
        const errors = page.getByTestId("findings-error");
        const errorGroup = errors.getByRole("button", { name: /^Fel/ });
        assert.equal(await errorGroup.getAttribute("aria-expanded"), "true", "the new Fel group is open");
        await errors.getByTestId("finding").filter({ hasText: EDITED.typo }).waitFor();
        await statusHas(page, `${afterFix.error + 1} fel`);
        await shot("live-error");
        // … and corrects it: the error is gone again, without pressing Kontrollera.
        assert.ok(await type(EDITED.corrected));
        await waitForSummary(page, afterFix);
        assert.equal(await page.getByTestId("findings-error").count(), afterFix.error === 0 ? 0 : 1);
        await shot("live-corrected");

        // 7. The calendar sheet: "Kalender 2007" with the title, months and the corrected date.
        await page.getByRole("tab", { name: "Kalender" }).click();
        await page.getByRole("button", { name: "Kalenderblad" }).click();
        await page.getByTestId("export-status").filter({ hasText: "Kalender 2007" }).waitFor();
        const sheet = await hook(page, () => {
          const h = window.__tidsplanHarness;
          return {
            names: h.sheetNames(),
            cells: Array.from({ length: 40 }, (_, r) =>
              Array.from({ length: 24 }, (_, c) => String(h.cellValue("Kalender 2007", r, c) ?? "")),
            ),
          };
        });
        assert.deepEqual(sheet.names, ["Tidsplan", "Kalender 2007"]);
        assert.ok(sheet.cells[0][0].startsWith(`Kalender 2007 – ${PLAN}`), `title: ${sheet.cells[0][0]}`);
        const flat = sheet.cells.flat();
        for (const month of ["Januari", "Februari", "December"])
          assert.ok(
            flat.some((v) => v.toLowerCase() === month.toLowerCase()),
            `a ${month} heading`,
          );
        const editedText = table[editedIndex + 1][col.what];
        const r = sheet.cells.findIndex((row) => row.some((v) => v.includes(editedText.slice(0, 30))));
        assert.ok(r > 0, `"${editedText}" is on the calendar sheet`);
        const c = sheet.cells[r].findIndex((v) => v.includes(editedText.slice(0, 30)));
        assert.match(sheet.cells[r][c - 1], /\b6$/, "on day 6 (the corrected date)");
        await shot("calendar-sheet");

        // 8. Export the .ics: the download, read back with ical.js, holds the day's table.
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("button", { name: "Exportera .ics", exact: true }).click(),
        ]);
        assert.equal(download.suggestedFilename(), `${PLAN}.ics`);
        const ics = await readFile(await download.path(), "utf8");
        const events = new ICAL.Component(ICAL.parse(ics))
          .getAllSubcomponents("vevent")
          .map((v) => new ICAL.Event(v));
        assert.equal(events.length, 36, "one event per row");
        const on = (date) => events.filter((e) => e.startDate.toString() === date);
        const dated = datedSeedRows(seedText);
        assert.ok(dated.length >= 10, `${dated.length} dated rows in the seed`);
        for (const row of dated) {
          const date = row.when === EDITED.when ? EDITED.date : row.date;
          const matching = on(date).filter((e) => row.text.startsWith(e.summary.replace(/…$/, "")));
          assert.equal(matching.length, 1, `one event "${row.text}" on ${date}`);
          assert.ok(matching[0].isRecurring() === false && matching[0].startDate.isDate, "all-day");
        }
        assert.equal(on("2007-02-05").length, 0, "the edited row left 5 February");
        const fixedEvent = events.find((e) => fixedRow[col.what].startsWith(e.summary.replace(/…$/, "")));
        assert.ok(fixedEvent?.description.includes(owner), `the fixed row's owner (${owner}) is exported`);
        await page.getByTestId("export-status").filter({ hasText: "36 händelser" }).waitFor();
        await shot("exported");

        // 9. A glance at the årshjul: the 36 entries on the wheel.
        await page.getByRole("tab", { name: "Årshjul" }).click();
        await page.getByTestId("wheel-canvas").waitFor({ timeout: 20_000 });
        const items = page.locator('[data-testid="wheel-canvas"] g[data-kind="item"]');
        assert.equal(await items.count(), 36);
        await shot("wheel");

        // 10. English: Office's display language is fixed per session, so the pane is reopened
        // in English on the same workbook (the harness's reopenPane).
        await hook(page, () => window.__tidsplanHarness.reopenPane("en-US"));
        await page.getByRole("tab", { name: "Timeline" }).waitFor();
        assert.equal(await page.getAttribute("html", "lang"), "en");
        for (const tab of ["Calendar", "Annual wheel"]) await page.getByRole("tab", { name: tab }).waitFor();
        await page.getByText("The Tidsplan table was found. 36 rows.").waitFor();
        await page.getByRole("button", { name: "Check", exact: true }).click();
        await page
          .getByTestId("findings-summary")
          .filter({
            hasText: `${afterFix.error} errors, ${afterFix.warning} warnings, ${afterFix.info} info`,
          })
          .waitFor();
        await page
          .getByText(/^Row \d+$/)
          .first()
          .waitFor();
        const text = await page.locator("#root").innerText();
        for (const swedish of [
          "Kontrollera",
          "Rensa kontroll",
          "varningar",
          "Rad ",
          "Sätt ansvarig",
          "Kalender",
        ])
          assert.ok(!text.includes(swedish), `no "${swedish}" in the English pane`);
        await shot("english");
        await page.getByRole("tab", { name: "Calendar" }).click();
        await page.getByRole("button", { name: "Calendar sheet" }).waitFor();
        await shot("english-calendar");

        assert.deepEqual(opened.consoleErrors, [], "no console errors");
        assert.deepEqual(opened.foreignRequests(), [], "no request outside localhost");
        if (process.env.TIDSPLAN_README_IMAGES === "1") {
          for (const [image, step] of Object.entries(README_IMAGES))
            copyFileSync(shots[step], path.join(root, "docs/images", image));
          console.log(`       README pictures copied: ${Object.keys(README_IMAGES).join(", ")}`);
        }
      } finally {
        await opened.close();
      }
    },
  },
];
