// Hostile input through the pane's paste import (issue #7), in the harness (in-memory workbook).
// Every case: the pane gives a clear answer (a preview or a message, in Swedish; English spot
// checked), no uncaught page error, no console error, no dialog, no script run, and the answer
// comes within a few seconds (the timings are printed). Cases that create the table also look at
// what the workbook holds. Screenshots: screenshots/hostile-*.png. The big pastes (1 MB line,
// 10,000 and 100,000 rows) are in hostilePasteBig.spec.mjs.
import assert from "node:assert/strict";
import {
  FIRST_BODY_ROW,
  HEADER,
  HTML_PAYLOADS,
  HTML_TEXT,
  ONE_MB_BUDGET_MS,
  ROWS,
  assertClean,
  createTable,
  fixture,
  nothing,
  openPane,
  paste,
  previewCount,
  previewText,
  problem,
  tableBody,
  timed,
} from "./hostilePasteTools.mjs";

export const tests = [
  {
    name: "hostile paste (sv): empty, blanks, NUL, quotes, line endings, emoji, RTL, 1 MB of nothing, binary: a clear answer each",
    async run(tools) {
      const opened = await openPane(tools);
      const { page } = opened;
      const timings = [];
      const create = page.getByRole("button", { name: "Skapa tabell" });
      try {
        // Empty: the box asks for text; nothing can be created.
        await nothing(page)();
        assert.match(
          await page.getByTestId("paste-nothing").textContent(),
          /Klistra in text för att se en förhandsvisning/,
        );
        assert.equal(await create.isDisabled(), true);
        await paste(page, ROWS.join("\n"), previewCount(page, "2 händelser"));
        timed(timings, "emptied again", await paste(page, "", nothing(page)));

        // Only blanks (spaces, tabs, CRLF): the same clear "paste text" answer, not silence.
        timed(timings, "only blanks", await paste(page, "  \t \r\n\n \u00a0 \r\n\t", nothing(page)));
        assert.equal(await create.isDisabled(), true);

        // NUL bytes: dropped as for a file, the text around them kept whole.
        const nul = `${HEADER}\n5 februari\tLöne\u0000översyn för året\tPersonal\u0000chefen\n12 mars\tÅrsredovisning klar\tEkonomichefen\u0000\n`;
        timed(timings, "NUL bytes", await paste(page, nul, previewCount(page, "2 händelser")));
        let shown = await previewText(page);
        assert.ok(shown.includes("Löneöversyn för året") && shown.includes("Personalchefen"), shown);

        // A CSV with unbalanced quotes: every row still read, the stray quote kept as text.
        await paste(page, "", nothing(page));
        timed(
          timings,
          "unbalanced quotes",
          await paste(page, await fixture("unbalanced-quotes.csv"), previewCount(page, "3 händelser")),
        );
        shown = await previewText(page);
        assert.ok(shown.includes('"Budget') && shown.includes('Beslut "om" skatt'), shown);

        // CR-only and mixed line endings.
        await paste(page, "", nothing(page));
        timed(
          timings,
          "CR only",
          await paste(page, [HEADER, ...ROWS].join("\r"), previewCount(page, "2 händelser")),
        );
        await paste(page, "", nothing(page));
        const mixed = `${HEADER}\r\n${ROWS[0]}\r${ROWS[1]}\n`;
        timed(timings, "mixed endings", await paste(page, mixed, previewCount(page, "2 händelser")));
        assert.ok((await previewText(page)).includes("Årsredovisning klar"));

        // Emoji, ZWJ sequences, flags and combining marks: shown exactly as pasted.
        await paste(page, "", nothing(page));
        timed(
          timings,
          "emoji",
          await paste(page, await fixture("emoji-combining.tsv"), previewCount(page, "2 händelser")),
        );
        shown = await previewText(page);
        for (const text of ["🎉 Kick-off 👩‍👩‍👧 🇸🇪", "Möte\u0301 om A\u030arsredovisning"])
          assert.ok(shown.includes(text), `the preview shows ${text}`);
        await tools.screenshot(page, "hostile-emoji");

        // Right-to-left text (Arabic, Hebrew, a right-to-left override): shown exactly.
        await paste(page, "", nothing(page));
        timed(timings, "RTL", await paste(page, await fixture("rtl.tsv"), previewCount(page, "2 händelser")));
        shown = await previewText(page);
        for (const text of ["\u200fمراجعة الميزانية\u200f", "סקירת תקציב \u202eabc\u202c"])
          assert.ok(shown.includes(text), `the preview shows ${text}`);

        // A 1 MB line that is no timeline, and control-character garbage: said so.
        await paste(page, "", nothing(page));
        timed(
          timings,
          "1 MB of nothing",
          await paste(page, "x".repeat(1_048_576), problem(page, "ser inte ut som en tidsplan")),
          ONE_MB_BUDGET_MS,
        );
        assert.equal(await create.isDisabled(), true);
        await paste(page, "", nothing(page));
        const garbage = Array.from({ length: 400 }, (_, i) => String.fromCharCode(1 + (i % 8))).join("");
        timed(timings, "control characters", await paste(page, garbage, problem(page, "binärdata")));
        assert.equal(await create.isDisabled(), true);
        assertClean(opened, "hostile paste");
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "hostile paste (en): blanks and a non-timeline get English answers",
    async run(tools) {
      const opened = await openPane(tools, "en-US");
      const { page } = opened;
      try {
        const timings = [];
        timed(timings, "only blanks", await paste(page, " \n\t\n ", nothing(page)));
        assert.match(await page.getByTestId("paste-nothing").textContent(), /Paste text to see a preview/);
        timed(
          timings,
          "unbalanced quotes",
          await paste(page, await fixture("unbalanced-quotes.csv"), previewCount(page, "3 entries")),
        );
        timed(
          timings,
          "not a timeline",
          await paste(page, "lorem ipsum dolor", problem(page, "does not look like a timeline")),
        );
        assertClean(opened, "hostile paste (en)");
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "hostile paste (sv): HTML, <script> and onerror in cells run nothing, in the preview or the table",
    async run(tools) {
      const opened = await openPane(tools);
      const { page } = opened;
      try {
        const ms = await paste(page, HTML_TEXT, previewCount(page, `${HTML_PAYLOADS.length} händelser`));
        timed([], "HTML", ms);
        const shown = await previewText(page);
        // Survivors of the tag clean-up are shown as text, never parsed.
        assert.ok(shown.includes("<img src=x onerror=window.__hostile=3 alert(3)"), shown);
        assert.ok(shown.includes("< script>window.__hostile=8< /script>"), shown);
        assert.ok(shown.includes("&lt;script&gt;alert(6)&lt;/script&gt;"), shown);
        const panelHtml = async () =>
          page
            .getByTestId("paste-panel")
            .evaluate((el) => el.querySelectorAll("img, script, svg[onload], a[href^='javascript']").length);
        // Fluent draws no images or scripts in the panel: any is a payload that became HTML.
        assert.equal(await panelHtml(), 0, "no payload became an element");
        await tools.screenshot(page, "hostile-html-preview");
        await createTable(page, HTML_PAYLOADS.length, {
          title: "<script>window.__hostile=7</script>Plan",
          year: "2026",
        });
        await page.getByRole("button", { name: "Kontrollera" }).click();
        await page.getByTestId("findings").waitFor({ timeout: 10_000 });
        await page.waitForTimeout(300);
        assert.equal(
          await page.evaluate(() => Reflect.get(window, "__hostile")),
          undefined,
          "no payload ran",
        );
        const table = await tableBody(page);
        const event = table[0].indexOf("Händelse");
        assert.ok(
          table.slice(1).some((row) => String(row[event]).includes("<img src=x onerror")),
          "kept as text in the table",
        );
        assert.ok(!opened.requests.some((url) => /\/x(\?|$)/.test(url)), "no image src=x was fetched");
        assertClean(opened, "HTML in cells");
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "hostile paste (sv): impossible dates are shown as unreadable, then listed as errors by the check",
    async run(tools) {
      const opened = await openPane(tools);
      const { page } = opened;
      try {
        const text = await fixture("impossible-dates.tsv");
        timed([], "impossible dates", await paste(page, text, previewCount(page, "5 händelser")));
        const whenCells = await page
          .getByTestId("import-preview")
          .locator("tbody tr td:first-child")
          .allTextContents();
        assert.deepEqual(whenCells.slice(0, 4), ["?31 februari", "?32 mars", "?v. 54", "?2026-13-01"]);
        await createTable(page, 5, { title: "Omöjliga datum", year: "2026" });
        await page.getByRole("button", { name: "Kontrollera" }).click();
        await page.getByTestId("findings").waitFor({ timeout: 10_000 });
        assert.ok(Number(await page.getByTestId("count-error").textContent()) >= 4, "at least four errors");
        const errors = (await page.getByTestId("findings-error").textContent()) ?? "";
        for (const when of ["31 februari", "32 mars", "v. 54", "2026-13-01"])
          assert.ok(errors.includes(when), `the errors name "${when}": ${errors}`);
        await tools.screenshot(page, "hostile-impossible-dates");
        assertClean(opened, "impossible dates");
      } finally {
        await opened.close();
      }
    },
  },
  {
    name: "hostile paste (sv): cells starting with = + - @ stay text in the created table",
    async run(tools) {
      const opened = await openPane(tools);
      const { page } = opened;
      try {
        timed(
          [],
          "formula prefixes",
          await paste(page, await fixture("formula-prefix.tsv"), previewCount(page, "3 händelser")),
        );
        await createTable(page, 3, { title: '=HYPERLINK("http://x")', year: "2026" });
        const cells = await page.evaluate((first) => {
          const book = window.tidsplanHarness.workbook;
          const header = book.tableValues("Tidsplan")[0];
          const cols = ["När", "Händelse", "Ansvarig", "Innehåll"].map((name) => header.indexOf(name));
          const rows = [0, 1, 2].map((r) =>
            cols.map((c) => [
              book.cellValue("Tidsplan", first + r, c),
              book.cellFormat("Tidsplan", first + r, c),
            ]),
          );
          return { rows, title: [book.cellValue("Tidsplan", 0, 0), book.cellFormat("Tidsplan", 0, 0)] };
        }, FIRST_BODY_ROW);
        const values = cells.rows.map((row) => row.slice(1).map(([value]) => value));
        assert.deepEqual(values, [
          ['=HYPERLINK("http://x";"klicka")', "+46 KS", "-1+2"],
          ["@SUM(A1)", "=A1", "+SUM(1)"],
          ["-Budget", "@KS", "=1"],
        ]);
        for (const [value, format] of cells.rows.flat())
          assert.equal(format, "@", `"${value}" is a text cell (number format @)`);
        assert.deepEqual(cells.title, ['=HYPERLINK("http://x")', "@"], "the title is a text cell too");
        assertClean(opened, "formula prefixes");
      } finally {
        await opened.close();
      }
    },
  },
];
