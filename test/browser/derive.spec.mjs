// Härled datum in the harness (in-memory workbook), in Swedish, through the whole flow: a table
// with meetings, Härled datum, the derived rows appear in the table (counted in working days
// across Easter), the user edits one derived row by hand and moves a meeting, Härled datum again:
// only the moved meeting's derived rows change, the hand-edited row is left and said so.
// axe-core finds no serious violation in the result. Screenshots go to screenshots/derive-*.png;
// TIDSPLAN_README_IMAGES=1 copies both to docs/images/pane-derive-first.png and pane-derive.png.
import assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const PLAN = [
  "Sammanträdesplan 2027",
  "",
  "När\tHändelse\tAnsvar",
  "18 mars\tKommunstyrelsen\tKommunstyrelsen",
  "1 april\tKommunstyrelsen\tKommunstyrelsen",
  "12 april\tBudgetdialog med nämnderna\tEkonomikontoret",
  "26 april\tSammanträde i kommunfullmäktige\tKommunfullmäktige",
  "10 maj\tKommunstyrelsen\tKommunstyrelsen",
].join("\n");

/** The Tidsplan table's rows as objects by header (ID, När, Händelse, Ansvarig, Innehåll …). */
async function tableRows(page) {
  const values = await page.evaluate(() => window.__tidsplanHarness.tableValues("Tidsplan"));
  const [header, ...body] = values;
  return body.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

/** Type into the När cell of the row with this Händelse (and När, when given). */
async function typeWhen(page, event, when, value) {
  const rows = await tableRows(page);
  const index = rows.findIndex(
    (row) => row["Händelse"] === event && (when === undefined || row["När"] === when),
  );
  assert.ok(index >= 0, `no row ${event} ${when ?? ""}`);
  const typed = await page.evaluate(
    ([i, v]) => window.__tidsplanHarness.typeIntoTable("Tidsplan", "När", i, v),
    [index, value],
  );
  assert.equal(typed, true);
}

export const tests = [
  {
    name: "derive (sv): table with meetings → Härled datum → derived rows in the table → hand edit + move a meeting → Härled datum → only derived rows changed",
    async run(tools) {
      // CSP bypassed only so that axe-core can be injected at the end (as accessibility.spec.mjs).
      const opened = await tools.open("harness.html?lang=sv-SE", { bypassCSP: true });
      const { page } = opened;
      try {
        await page.setViewportSize({ width: 360, height: 900 });
        await page.getByTestId("empty-state").waitFor({ timeout: 20_000 });
        await page.getByRole("button", { name: "Klistra in text" }).click();
        await page.getByTestId("paste-text").fill(PLAN);
        await page.getByTestId("import-preview").waitFor();
        await page.getByRole("button", { name: "Skapa tabell" }).click();
        await page.getByTestId("timeline-view").waitFor();
        assert.equal((await tableRows(page)).length, 5);
        // A row without an ID (typed in by hand): it gets one, and its derived rows name that ID.
        const may = (await tableRows(page)).findIndex((row) => row["När"] === "10 maj");
        await page.evaluate((i) => window.__tidsplanHarness.typeIntoTable("Tidsplan", "ID", i, ""), may);

        await page.getByRole("button", { name: "Härled datum" }).click();
        await page
          .getByTestId("derive-summary")
          .getByText(/4 sammanträden med kedja: 23 nya rader/)
          .waitFor();
        const derived = await tableRows(page);
        assert.equal(derived.length, 28);
        const kallelse = derived.find((row) => row["Händelse"] === "Kallelse – Kommunstyrelsen 1 april");
        // 5 days before Thursday 1 April 2027 is påskafton; långfredag is no working day either.
        assert.equal(kallelse?.["När"], "senast 25 mars");
        assert.match(String(kallelse?.["Innehåll"]), /^\[härledd från \S+: kallelse, 2027-03-25, #\w+\]$/);
        const stop = derived.find((row) => row["Händelse"] === "Ärendestopp – Kommunstyrelsen 1 april");
        // 10 working days before 1 April, without långfredag and annandag påsk.
        assert.equal(stop?.["När"], "senast 16 mars");
        await page
          .getByTestId("derive-moved")
          .getByText(/1 april: 27 mars är lördag; 26 mars långfredagen, flyttad till 25 mars/)
          .first()
          .waitFor();
        await page.getByTestId("findings-summary").waitFor();
        const mayId = derived.find((row) => row["När"] === "10 maj")?.ID;
        assert.ok(mayId);
        assert.ok(
          derived.some((row) => String(row["Innehåll"]).startsWith(`[härledd från ${mayId}: kallelse,`)),
          "the meeting given an ID has its chain",
        );
        const firstShot = await tools.screenshot(page, "derive-1-derived");

        // The user moves the presidium of 1 April by hand, then moves the meeting a week on.
        await typeWhen(page, "Presidium – Kommunstyrelsen 1 april", undefined, "24 mars");
        await typeWhen(page, "Kommunstyrelsen", "1 april", "8 april");
        const before = await tableRows(page);
        const meetingId = before.find(
          (row) => row["Händelse"] === "Kommunstyrelsen" && row["När"] === "8 april",
        )?.ID;
        assert.ok(meetingId);

        await page.getByRole("button", { name: "Härled datum" }).click();
        await page
          .getByTestId("derive-summary")
          .getByText(
            /4 sammanträden med kedja: 0 nya rader, 5 ändrade, 17 oförändrade, 1 ändrade för hand lämnades/,
          )
          .waitFor();
        await page
          .getByTestId("derive-findings")
          .getByText(/ändrad för hand och lämnas som den är/)
          .waitFor();
        const after = await tableRows(page);
        assert.equal(after.length, before.length);
        const cells = (row) => [row["När"], row["Händelse"], row["Ansvarig"], row["Innehåll"]];
        const changed = after.filter(
          (row, i) => JSON.stringify(cells(row)) !== JSON.stringify(cells(before[i])),
        );
        // Only the moved meeting's derived rows changed (in place), not the hand-edited presidium.
        assert.deepEqual(
          changed.map((row) => row.ID).sort(),
          ["anslag", "arendestopp", "justering", "kallelse", "laga-kraft"]
            .map((step) => `${meetingId}-${step}`)
            .sort(),
        );
        assert.ok(changed.every((row) => String(row["Innehåll"]).startsWith(`[härledd från ${meetingId}:`)));
        assert.equal(
          after.find((row) => row["Händelse"] === "Kallelse – Kommunstyrelsen 8 april")?.["När"],
          "senast 2 april",
        );
        assert.equal(after.find((row) => row.ID === `${meetingId}-presidium`)?.["När"], "24 mars");
        // The result with its lists passes axe-core (no serious or critical violation).
        await page.addScriptTag({ path: tools.axePath });
        const violations = await page.evaluate(async () => {
          const outcome = await axe.run(
            { include: [document], exclude: [["[data-tabster-dummy]"]] },
            { resultTypes: ["violations"] },
          );
          return outcome.violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        });
        assert.deepEqual(violations, []);
        const shot = await tools.screenshot(page, "derive-2-rederived");
        if (process.env.TIDSPLAN_README_IMAGES === "1") {
          copyFileSync(firstShot, path.join(root, "docs/images/pane-derive-first.png"));
          copyFileSync(shot, path.join(root, "docs/images/pane-derive.png"));
          console.log("       README pictures copied: pane-derive-first.png, pane-derive.png");
        }
        assert.deepEqual(opened.consoleErrors, [], "no console errors");
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "derive (en): the same flow speaks English, the dates and the mark too",
    async run(tools) {
      const opened = await tools.open("harness.html?lang=en-US");
      const { page } = opened;
      try {
        await page.getByTestId("empty-state").waitFor({ timeout: 20_000 });
        await page.getByRole("button", { name: "Paste text" }).click();
        await page.getByTestId("paste-text").fill(PLAN);
        await page.getByTestId("import-preview").waitFor();
        await page.getByRole("button", { name: "Create table" }).click();
        await page.getByTestId("timeline-view").waitFor();
        await page.getByRole("button", { name: "Derive dates" }).click();
        await page
          .getByTestId("derive-summary")
          .getByText(/4 meetings with a chain: 23 new rows/)
          .waitFor();
        await page
          .getByTestId("derive-moved")
          .getByText(/27 March is Saturday; 26 March Good Friday, moved to 25 March/)
          .waitFor();
        const values = await page.evaluate(() => window.__tidsplanHarness.tableValues("Tidsplan"));
        const [header, ...body] = values;
        const col = (name) => header.indexOf(name);
        const kallelse = body.find((row) => row[col("Event")] === "Kallelse – Kommunstyrelsen 1 April");
        assert.equal(kallelse?.[col("When")], "senast 25 mars");
        assert.match(String(kallelse?.[col("Notes")]), /^\[derived from \S+: kallelse, 2027-03-25, #\w+\]$/);
        await tools.screenshot(page, "derive-3-english");
        assert.deepEqual(opened.consoleErrors, [], "no console errors");
      } finally {
        await opened.close();
      }
    },
  },
];
