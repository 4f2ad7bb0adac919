/** Reading a Tidsplan workbook (.xlsx) through `tidsplan import`. */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { loadTimeline } from "../../src/cli/loadInput";
import { main } from "../../src/cli/main";
import { captureIo } from "./captureIo";

const dir = mkdtempSync(join(tmpdir(), "tidsplan-xlsx-"));

async function writeWorkbook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

function planSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Tidsplan");
  ws.getCell("A1").value = "Tidsplan för verksamhetsledning 2027";
  ws.getCell("A2").value = "År";
  ws.getCell("B2").value = 2027;
  ws.addTable({
    name: "Tidsplan",
    ref: "A4",
    headerRow: true,
    columns: ["ID", "När", "Start", "Slut", "Händelse", "Ansvarig", "Innehåll", "Kategori", "Kontroll"].map(
      (name) => ({ name }),
    ),
    rows: [
      [
        "r7k2x9",
        new Date(Date.UTC(2027, 1 /* feb */, 5)),
        null,
        null,
        "MBL-upplaga av verksamhetsberättelse",
        "Förvaltningsgruppen",
        "",
        "",
        "",
      ],
      [
        "",
        "mars-april",
        null,
        null,
        "Dialog mellan enheter",
        "Avdelningschefer ansvarar",
        "Dialoger uppmuntras",
        "",
        "",
      ],
      [
        "",
        { formula: '"15 "&"maj"', result: "15 maj" },
        null,
        null,
        "Beslut om tertialrapport",
        { error: "#N/A" },
        "",
        "",
        "",
      ],
    ],
  });
  const owners = wb.addWorksheet("Ansvariga");
  owners.addRow(["Namn", "Alias", "Färg", "E-post"]);
  owners.addRow(["Förvaltningsgruppen", "FG; Ledningsgruppen", "#1F77B4", "fg@example.se"]);
  owners.addRow(["Avdelningscheferna", "", "", ""]);
}

describe("loadTimeline with an .xlsx workbook", () => {
  it("reads the Tidsplan table, the title in A1, the year in B2 and the Ansvariga register", async () => {
    const path = await writeWorkbook("plan.xlsx", planSheet);
    const before = statSync(path).mtimeMs;
    const loaded = await loadTimeline(path, {}, captureIo());
    if (!loaded.ok) throw new Error(loaded.message);
    const { plan, entries } = loaded.timeline;
    expect(plan).toEqual({ title: "Tidsplan för verksamhetsledning 2027", year: 2027 });
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({
      id: "r7k2x9",
      line: 5,
      whenFromExcelDate: true,
      owner: "Förvaltningsgruppen",
      kind: "mbl",
    });
    expect(entries[0]?.parsed).toMatchObject({
      ok: true,
      occurrences: [{ start: { year: 2027, month: 2, day: 5 } }],
    });
    expect(entries[1]).toMatchObject({
      when: "mars-april",
      owner: "Avdelningscheferna",
      notes: "Dialoger uppmuntras",
    });
    expect(entries[1]?.id).toMatch(/^t-[0-9a-f]{6}$/);
    // A formula cell is read by its result; an error value becomes text.
    expect(entries[2]).toMatchObject({ when: "15 maj", owner: "#N/A" });
    expect(entries[2]?.parsed).toMatchObject({
      ok: true,
      occurrences: [{ start: { year: 2027, month: 5, day: 15 } }],
    });
    expect(loaded.owners).toEqual([
      {
        name: "Förvaltningsgruppen",
        aliases: ["FG", "Ledningsgruppen"],
        color: "#1F77B4",
        email: "fg@example.se",
      },
      { name: "Avdelningscheferna", aliases: [], color: "", email: "" },
    ]);
    expect(statSync(path).mtimeMs).toBe(before);
  });

  it("reads a plain sheet whose header row names När and Händelse (no table)", async () => {
    const path = await writeWorkbook("sheet.xlsx", (wb) => {
      const ws = wb.addWorksheet("Blad1");
      ws.addRow(["When", "Event", "Owner"]);
      ws.addRow(["4 June 2026", "Board decision on the plan", "The board"]);
    });
    const loaded = await loadTimeline(path, { year: 2026 }, captureIo());
    expect(loaded.ok && loaded.timeline.entries.map((e) => [e.line, e.event, e.owner])).toEqual([
      [2, "Board decision on the plan", "The board"],
    ]);
  });

  it("refuses a workbook without a timeline, and a file that only pretends to be .xlsx", async () => {
    const empty = await writeWorkbook("empty.xlsx", (wb) => {
      wb.addWorksheet("Blad1").addRow(["Foo", "Bar"]);
    });
    const io = captureIo();
    expect(await main(["import", empty], io)).toBe(2);
    expect(io.err()).toMatch(/no Tidsplan table/);
    expect(io.err().trimEnd().split("\n")).toHaveLength(1);
    const fake = join(dir, "fake.xlsx");
    writeFileSync(fake, "not a zip at all");
    const io2 = captureIo();
    expect(await main(["import", fake], io2)).toBe(2);
    expect(io2.err()).toMatch(/cannot be read as an Excel workbook/);
    expect(readFileSync(fake, "utf8")).toBe("not a zip at all");
  });
});
