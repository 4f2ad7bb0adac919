import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importTimeline } from "../domain/import";
import type { Timeline } from "../domain/types";
import { createMemoryWorkbook } from "../excel/memoryWorkbook";
import {
  drawWheel,
  insertWheelPicture,
  plainToday,
  readWheelData,
  WHEEL_SHEET_MARKER,
  wheelSheetName,
} from "./wheel";

const SEED = join(__dirname, "..", "..", "examples", "tidsplan-verksamhetsledning-2007.txt");
const items = (svg: string) => (svg.match(/<g data-kind="item"/g) ?? []).length;
// The smallest PNG header a picture sheet is given in these tests (the pane renders real ones).
const PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

function seed(): Timeline {
  const result = importTimeline({ text: readFileSync(SEED, "utf8") });
  if (!result.ok) throw new Error(result.message.en);
  return result.timeline;
}

async function seededWorkbook() {
  const book = createMemoryWorkbook();
  expect((await book.createTimelineTable(seed(), "sv")).ok).toBe(true);
  return book;
}

describe("the wheel workflow", () => {
  it("draws the workbook's table: 36 items per owner and per kind, from any first month", async () => {
    const read = await readWheelData(await seededWorkbook());
    if (!read.ok || read.value === null) throw new Error("no table read");
    expect(read.value.timeline.plan.year).toBe(2007);
    for (const rings of ["owner", "kind"] as const) {
      for (const startMonth of [1, 8]) {
        expect(items(drawWheel(read.value, { lang: "sv", rings, startMonth }))).toBe(36);
      }
    }
  });

  it("colours owner rings from the Ansvariga table", async () => {
    const book = await seededWorkbook();
    const owners = [{ name: "Förvaltningsgruppen", aliases: [], color: "#123456", email: "" }];
    expect((await book.createOwnersTable(owners)).ok).toBe(true);
    const read = await readWheelData(book);
    if (!read.ok || read.value === null) throw new Error("no table read");
    expect(drawWheel(read.value, { lang: "sv", rings: "owner", startMonth: 1 })).toContain("#123456");
  });

  it("draws the today needle only when today is in the plan year", async () => {
    const read = await readWheelData(await seededWorkbook());
    if (!read.ok || read.value === null) throw new Error("no table read");
    const choice = { lang: "sv", rings: "owner", startMonth: 1 } as const;
    const inYear = drawWheel(read.value, { ...choice, today: plainToday(new Date(2007, 9 /* oct */, 3)) });
    expect(inYear).toContain('data-kind="today"');
    expect(inYear).toContain("3 oktober 2007");
    expect(drawWheel(read.value, { ...choice, today: { year: 2026, month: 11, day: 24 } })).not.toContain(
      'data-kind="today"',
    );
  });

  it("reads null (no wheel) from a workbook without a table, and passes Excel failures on", async () => {
    const empty = createMemoryWorkbook();
    expect(await readWheelData(empty)).toEqual({ ok: true, value: null });
    empty.failNext("cell-edit-mode");
    expect(await readWheelData(empty)).toMatchObject({ ok: false, code: "cell-edit-mode" });
  });

  it("names the picture sheet in the user's language", () => {
    expect(wheelSheetName(2007, "sv")).toBe("Årshjul 2007");
    expect(wheelSheetName(2007, "en")).toBe("Annual wheel 2007");
  });

  it("inserts the picture on its own sheet, replaces it next time, and never a user's sheet", async () => {
    const book = await seededWorkbook();
    expect(await insertWheelPicture(book, 2007, "sv", PNG)).toEqual({ ok: true, sheet: "Årshjul 2007" });
    expect(await insertWheelPicture(book, 2007, "sv", PNG)).toEqual({ ok: true, sheet: "Årshjul 2007" });
    expect(book.sheetNames().filter((name) => name === "Årshjul 2007")).toHaveLength(1);
    expect(book.picture("Årshjul 2007")).toBe(PNG);

    book.addUserSheet("Annual wheel 2007");
    const refused = await insertWheelPicture(book, 2007, "en", PNG);
    expect(refused).toMatchObject({ ok: false, code: "name-taken" });
    expect(book.picture("Annual wheel 2007")).toBeNull();
    expect(WHEEL_SHEET_MARKER).toMatch(/^tidsplan:/);
  });
});
