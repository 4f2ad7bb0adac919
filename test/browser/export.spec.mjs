// The Calendar tab in the harness: the seed in the in-memory workbook, exported as .ics (the
// download read back with ical.js), as a calendar sheet, and on a simulated Mac through the
// download page's URL fragment.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import ICAL from "ical.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SEED_FILE = path.join(root, "examples/tidsplan-verksamhetsledning-2007.txt");

/** Open the harness with the seed (served from examples/) and go to the Calendar tab. */
async function openExport(tools, query, tab) {
  const opened = await tools.open("harness.html");
  const { page } = opened;
  await page.route("**/seed/tidsplan-verksamhetsledning-2007.txt", async (route) =>
    route.fulfill({ body: await readFile(SEED_FILE), contentType: "text/plain; charset=utf-8" }),
  );
  await page.goto(new URL(`harness.html?seed=1&${query}`, page.url()).href, { waitUntil: "load" });
  await page.getByRole("tab", { name: tab }).click({ timeout: 20_000 });
  await page.locator("#export-title").waitFor({ timeout: 20_000 });
  return opened;
}

/** Click the export button and read the downloaded file. */
async function exportDownload(page, buttonName) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: buttonName, exact: true }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
}

function vevents(text) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
}

const withoutStamps = (ics) => ics.replace(/\r\nDTSTAMP:[^\r]*/g, "");

export const tests = [
  {
    name: "export view (sv): one click gives the seed's 36 events; profile and owner filter change the file",
    async run(tools) {
      const opened = await openExport(tools, "lang=sv-SE", "Kalender");
      const { page } = opened;
      try {
        await page.getByText("Händelserna läggs in i din egen kalender").waitFor();
        await tools.screenshot(page, "pane-export-sv");

        const added = await exportDownload(page, "Exportera .ics");
        assert.match(added.name, /\.ics$/);
        assert.equal(added.name, "TIDSPLAN FÖR VERKSAMHETSLEDNING 2007.ics");
        const events = vevents(added.text);
        assert.equal(events.length, 36, "36 VEVENTs");
        assert.ok(!added.text.includes("X-WR-CALNAME"), "'Lägg till i min kalender' names no calendar");
        assert.ok(
          added.text.includes("DTSTART;VALUE=DATE:20070301\r\nDTEND;VALUE=DATE:20070501"),
          "mars–april is one event 1 March – 30 April (DTEND exclusive)",
        );
        await page.getByTestId("export-status").filter({ hasText: "36 händelser" }).waitFor();
        await tools.screenshot(page, "export-after-download");

        // All-day items are free time unless the user switches it off (issue 14).
        assert.match(added.text, /\r\nX-MICROSOFT-CDO-BUSYSTATUS:FREE\r\n/, "deadlines do not block the day");
        assert.ok(!/\r\nTRANSP:OPAQUE\r\n/.test(added.text), "no all-day item is busy by default");
        await page.getByRole("switch", { name: "Heldagshändelser som ledig tid" }).click();
        const busy = await exportDownload(page, "Exportera .ics");
        assert.match(busy.text, /\r\nTRANSP:OPAQUE\r\n/, "switched off: one-day items busy");
        assert.match(busy.text, /\r\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\r\n/, "and busy for Outlook");
        await page.getByRole("switch", { name: "Heldagshändelser som ledig tid" }).click();

        await page.getByRole("radio", { name: "Egen kalender" }).check();
        const separate = await exportDownload(page, "Exportera .ics");
        assert.match(separate.text, /\r\nX-WR-CALNAME:/, "'Egen kalender' names the calendar");

        await page.getByLabel("Ansvarig").selectOption("Förvaltningsgruppen");
        const owned = await exportDownload(page, "Exportera .ics");
        const ownedEvents = vevents(owned.text);
        assert.ok(
          ownedEvents.length > 0 && ownedEvents.length < 36,
          `${ownedEvents.length} events for one owner`,
        );
        for (const event of ownedEvents) {
          assert.match(String(event.getFirstPropertyValue("description")), /Förvaltningsgruppen/);
        }

        await page.getByRole("button", { name: "Kalenderblad" }).click();
        await page.getByTestId("export-status").filter({ hasText: "Kalender 2007" }).waitFor();
        const sheets = await page.evaluate(() => window.__tidsplanHarness.sheetNames());
        assert.ok(sheets.includes("Kalender 2007"), `sheets: ${sheets.join(", ")}`);
        await page.getByRole("button", { name: "Utskrift" }).click();
        await page.getByTestId("export-status").filter({ hasText: "Utskriftsbladet" }).waitFor();
        assert.deepEqual(opened.consoleErrors, []);
        assert.deepEqual(opened.foreignRequests(), []);
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "export view (en) on a simulated Mac: openBrowserWindow gets the download page with the same calendar",
    async run(tools) {
      const opened = await openExport(tools, "lang=en-US&platform=mac", "Calendar");
      const { page } = opened;
      try {
        await page.getByText("Outlook and other calendar apps open the file").waitFor();
        await tools.screenshot(page, "pane-export-en");
        await page.evaluate(() =>
          window.addEventListener("tidsplan:openBrowserWindow", (event) => {
            document.body.dataset.openedUrl = event.detail;
          }),
        );
        await page.getByRole("button", { name: "Export .ics", exact: true }).click();
        await page.waitForFunction(() => document.body.dataset.openedUrl !== undefined);
        const url = await page.evaluate(() => document.body.dataset.openedUrl);
        assert.match(url, /\/download\.html#[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
        await page.getByTestId("export-status").filter({ hasText: "opened in your browser" }).waitFor();

        const [data, name] = url.slice(url.indexOf("#") + 1).split(".");
        const ics = strFromU8(inflateSync(Buffer.from(data, "base64url")));
        assert.equal(
          Buffer.from(name, "base64url").toString("utf8"),
          "TIDSPLAN FÖR VERKSAMHETSLEDNING 2007.ics",
        );
        assert.equal(vevents(ics).length, 36);

        // The download page itself, opened from that URL, offers the same file.
        const viaPage = await tools.open(url.slice(url.indexOf("download.html")));
        try {
          await viaPage.page.getByText("(36 händelser)").waitFor({ timeout: 20_000 });
          const saved = await exportDownload(viaPage.page, "Spara kalenderfilen / Save the calendar file");
          assert.equal(withoutStamps(saved.text), withoutStamps(ics));
        } finally {
          await viaPage.close();
        }
        // Copy: the fallback puts the same calendar on the clipboard.
        await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
        await page.getByRole("button", { name: "Copy", exact: true }).click();
        await page
          .getByTestId("export-status")
          .filter({ hasText: "The calendar file is copied (36 events)" })
          .waitFor();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        assert.equal(withoutStamps(copied), withoutStamps(ics));
        assert.deepEqual(opened.consoleErrors, []);
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "export view reports the check's errors first and exports only after 'Export anyway'",
    async run(tools) {
      const opened = await openExport(tools, "lang=en-US", "Calendar");
      const { page } = opened;
      try {
        // As a user would: make the first row's När text unreadable (src/harness/harnessHooks.ts).
        const typed = await page.evaluate(() =>
          window.__tidsplanHarness.typeIntoTable("Tidsplan", "When", 0, "the thirtieth of smarch"),
        );
        assert.ok(typed, "the harness typed into the table");
        await page.getByRole("button", { name: "Export .ics", exact: true }).click();
        await page.getByTestId("export-errors").filter({ hasText: "The check found 1 error" }).waitFor();
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("button", { name: "Export anyway" }).click(),
        ]);
        const text = await readFile(await download.path(), "utf8");
        assert.equal(vevents(text).length, 35, "the unreadable row is left out, the rest exported");
        await page.getByTestId("export-status").filter({ hasText: "unreadable" }).waitFor();
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "download page from the ribbon: errors first, then 'Exportera ändå' offers the file; a failure is shown",
    async run(tools) {
      const ics =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
      const b64 = (bytes) => Buffer.from(bytes).toString("base64url");
      const opened = await tools.open(
        `download.html#${b64(deflateSync(strToU8(ics)))}.${b64(strToU8("Plan.ics"))}.2`,
      );
      const { page } = opened;
      try {
        await page.getByText("Kontrollen hittade 2 fel i tidsplanen").waitFor({ timeout: 20_000 });
        assert.equal(
          await page.getByRole("button", { name: /Spara kalenderfilen/ }).count(),
          0,
          "no file before the choice",
        );
        await page.getByRole("button", { name: "Exportera ändå / Export anyway" }).click();
        const saved = await exportDownload(page, "Spara kalenderfilen / Save the calendar file");
        assert.equal(saved.text, ics);
        assert.equal(saved.name, "Plan.ics");
        await page.goto(
          new URL(
            `download.html#msg.${b64(strToU8("Bladet är skyddat."))}.${b64(strToU8("The sheet is protected."))}`,
            page.url(),
          ).href,
        );
        await page.reload();
        await page.getByText("Bladet är skyddat. / The sheet is protected.").waitFor();
        assert.deepEqual(opened.consoleErrors, []);
      } finally {
        await opened.close();
      }
    },
  },
];
