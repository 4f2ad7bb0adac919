/**
 * Bug (issue 14, item 1): the README's own workflow lost events. `tidsplan export plan.txt --xlsx
 * plan.xlsx` then `tidsplan export plan.xlsx --ics plan.ics` gave 34 of the seed's 36 events and
 * moved 13 to another month, because the workbook's När was written as typed under a heading.
 * Now text → .xlsx → .ics must give the same events, dates and UIDs as text → .ics, for the seed
 * and every text fixture, read with ical.js and with python3-icalendar.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { runExport } from "../../src/cli/commands/export";
import { toExcelSerial } from "../../src/domain/dates/excelSerial";
import { buildIcs, planIdentity } from "../../src/domain/ics";
import { importRows, importTimeline } from "../../src/domain/import";
import { buildTimelineTableSheet } from "../../src/domain/sheet";
import type { CellValue } from "../../src/domain/sheet/sheetModel";
import { mapHeaders, rawRowsFromValues, type CellScalar } from "../../src/domain/table";
import { planFrom } from "../../src/excel/office/planInfo";
import { eventsWithIcalJs, eventsWithPython } from "../fixtures/ics/readEvents";
import { captureIo } from "./captureIo";

const ROOT = join(__dirname, "..", "..");
const SEED = join(ROOT, "examples", "tidsplan-verksamhetsledning-2007.txt");

function textFixtures(): string[] {
  const folders = ["examples", "test/fixtures/import", "test/fixtures/validate", "test/fixtures/hostile"];
  return folders.flatMap((folder) =>
    readdirSync(join(ROOT, folder))
      .filter((name) => /\.(txt|tsv|csv)$/.test(name) && !name.endsWith(".owners.txt"))
      .map((name) => join(ROOT, folder, name)),
  );
}

async function roundTrip(source: string): Promise<{ direct: string; viaWorkbook: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), "tidsplan-roundtrip-"));
  const input = join(dir, basename(source));
  copyFileSync(source, input);
  const io = captureIo({ LANG: "sv_SE.UTF-8" }, dir);
  expect(await runExport([input, "--ics", "direct.ics", "--xlsx", "plan.xlsx"], io)).toBe(0);
  expect(await runExport(["plan.xlsx", "--ics", "via-workbook.ics"], io)).toBe(0);
  return {
    direct: readFileSync(join(dir, "direct.ics"), "utf8"),
    viaWorkbook: readFileSync(join(dir, "via-workbook.ics"), "utf8"),
    dir,
  };
}

const withoutStamp = (text: string): string => text.replace(/^DTSTAMP:.*\r\n/gm, "");

describe("text → .xlsx → .ics gives what text → .ics gives", () => {
  it("the seed: 36 events, the same UIDs, dates and titles (ical.js and python3-icalendar)", async () => {
    const { direct, viaWorkbook, dir } = await roundTrip(SEED);
    const before = eventsWithIcalJs(direct);
    expect(before).toHaveLength(36);
    expect(eventsWithIcalJs(viaWorkbook)).toEqual(before);
    const budget = before.find((e) => e.summary.startsWith("Kommunfullmäktige fastställer budget 2008"));
    expect(budget?.start.slice(0, 7)).toBe("2007-11");
    const january = before.filter((e) => e.start.startsWith("2007-01"));
    expect(january.length).toBeGreaterThanOrEqual(2);
    const python = eventsWithPython(join(dir, "via-workbook.ics"));
    expect(python.events).toEqual(eventsWithPython(join(dir, "direct.ics")).events);
    expect(python.events.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
  });

  it.each(textFixtures().map((path) => [basename(path), path]))(
    "%s: the same file apart from DTSTAMP",
    async (_name, path) => {
      const { direct, viaWorkbook } = await roundTrip(path);
      expect(withoutStamp(viaWorkbook)).toBe(withoutStamp(direct));
      expect(eventsWithIcalJs(viaWorkbook)).toEqual(eventsWithIcalJs(direct));
    },
  );
});

describe("the workbook `--xlsx` writes, read the way the add-in reads a table", () => {
  it("gives the seed's 36 events with the same dates and UIDs as the text", async () => {
    const imported = importTimeline({ text: readFileSync(SEED, "utf8"), fileName: basename(SEED) });
    if (!imported.ok) throw new Error(imported.message.en);
    const timeline = imported.timeline;
    const sheet = buildTimelineTableSheet(timeline, new Map(), "sv");
    const table = sheet.tables?.[0];
    if (table === undefined) throw new Error("no table");
    // The cells as Office.js returns them: texts, and dates as serial numbers.
    const scalar = (value: CellValue): CellScalar =>
      value.type === "text"
        ? value.text
        : value.type === "date"
          ? toExcelSerial(value.date)
          : value.type === "number"
            ? value.value
            : "";
    const mapping = mapHeaders(table.headers);
    if (mapping === null) throw new Error("headers not recognised");
    const rows = rawRowsFromValues(
      table.rows.map((row) => row.map(scalar)),
      mapping,
      table.row + 2,
    );
    const corner = [0, 1, 2].map((r) =>
      [0, 1].map((c) => {
        const cell = sheet.cells.find((x) => x.row === r && x.col === c);
        return cell === undefined ? "" : scalar(cell.value);
      }),
    );
    // No custom properties: ExcelJS cannot write them, so the add-in reads the sheet's corner.
    const none = { isNullObject: true, value: "" } as unknown as Excel.CustomProperty;
    const plan = planFrom({ title: none, year: none, id: none }, corner);
    expect(plan).toEqual({ title: timeline.plan.title, year: 2007, id: planIdentity(timeline.plan) });
    if (plan === null) throw new Error("no plan");
    const fromTable = importRows(rows, plan);
    const seen = (t: typeof timeline) =>
      eventsWithIcalJs(buildIcs(t, { profile: "add", dtstamp: new Date(0) }).text);
    expect(seen(fromTable)).toHaveLength(36);
    expect(seen(fromTable)).toEqual(seen(timeline));
  });
});
