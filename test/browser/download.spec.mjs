// The download page (Excel on Mac opens it in the system browser): the calendar arrives in the
// URL fragment and is saved with one click, without any request carrying it.
import assert from "node:assert/strict";
import { deflateSync, strToU8 } from "fflate";

const ICS = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Tidsplan//test//SV",
  "BEGIN:VEVENT",
  "UID:a@tidsplan",
  "SUMMARY:Budgetdialog i nämnden",
  "DTSTART;VALUE=DATE:20070301",
  "DTEND;VALUE=DATE:20070302",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

const fragment = () =>
  `${Buffer.from(deflateSync(strToU8(ICS))).toString("base64url")}.${Buffer.from("Tidsplan 2007.ics").toString("base64url")}`;

export const tests = [
  {
    name: "download page saves the calendar from the URL fragment with its name, sending nothing",
    async run(tools) {
      const opened = await tools.open(`download.html#${fragment()}`);
      const { page } = opened;
      try {
        const button = page.getByRole("button", { name: "Spara kalenderfilen / Save the calendar file" });
        await button.waitFor({ timeout: 20_000 });
        assert.equal(await page.locator("#file-name").textContent(), "Tidsplan 2007.ics");
        await page.getByText("Kalenderfilen är klar (1 händelse)").waitFor();
        const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
        assert.equal(download.suggestedFilename(), "Tidsplan 2007.ics");
        const saved = await download.path();
        const { readFile } = await import("node:fs/promises");
        assert.equal(await readFile(saved, "utf8"), ICS, "the saved file is the exact calendar");
        await tools.screenshot(page, "download");
        assert.ok(
          opened.requests.every((url) => !url.includes(fragment().slice(0, 20))),
          "no request carries the calendar",
        );
        assert.deepEqual(opened.consoleErrors, []);
        assert.deepEqual(opened.foreignRequests(), []);
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "download page explains a broken link instead of failing silently",
    async run(tools) {
      const opened = await tools.open("download.html#AAAA");
      try {
        await opened.page.getByText("Länken är trasig eller ofullständig").waitFor({ timeout: 20_000 });
        assert.equal(await opened.page.getByRole("button").count(), 0, "no save button for a broken link");
        assert.deepEqual(opened.consoleErrors, []);
      } finally {
        await opened.close();
      }
    },
  },
];
