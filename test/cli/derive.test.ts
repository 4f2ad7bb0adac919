/** `tidsplan derive`: Härled datum on the command line, and derive again after a meeting moved. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { loadTimeline } from "../../src/cli/loadInput";
import { main } from "../../src/cli/main";
import { captureIo } from "./captureIo";

const PLAN = join(__dirname, "../fixtures/derive/sammantradesplan-2027.txt");
const dir = mkdtempSync(join(tmpdir(), "tidsplan-derive-"));

interface Json {
  meetings: number;
  adds: {
    id: string;
    date: string;
    step: string;
    meetingId: string;
    when: string;
    movedFrom?: { date: string };
  }[];
  updates: { id: string; date: string; before: { when: string } }[];
  unchanged: number;
  handEdited: string[];
  findings: { code: string; severity: string; entryId: string }[];
}

async function derive(args: string[]): Promise<{ code: number; json: Json; err: string }> {
  const io = captureIo({ LANG: "sv_SE.UTF-8" });
  const code = await main(["derive", ...args, "--json"], io);
  return { code, json: JSON.parse(io.out()) as Json, err: io.err() };
}

/** Change the När cell of the rows whose Händelse and När are as given, and save as `to`. */
async function editWorkbook(
  from: string,
  to: string,
  edits: { event: string; when: string; newWhen: string }[],
) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  const ws = wb.getWorksheet("Tidsplan");
  if (ws === undefined) throw new Error("no Tidsplan sheet");
  const header = ws.getRow(4).values as unknown[];
  const col = (name: string) => header.indexOf(name);
  let done = 0;
  ws.eachRow((row) => {
    for (const edit of edits) {
      if (row.getCell(col("Händelse")).text === edit.event && row.getCell(col("När")).text === edit.when) {
        row.getCell(col("När")).value = edit.newWhen;
        done += 1;
      }
    }
  });
  expect(done).toBe(edits.length);
  await wb.xlsx.writeFile(to);
}

describe("tidsplan derive", () => {
  it("shows the chains of a sammanträdesplan in working days without writing anything", async () => {
    const io = captureIo({ LANG: "sv_SE.UTF-8" });
    expect(await main(["derive", PLAN], io)).toBe(0);
    expect(io.out()).toMatch(/^8 sammanträden med kedja: 45 nya rader, 0 ändrade/u);
    // Kallelse 5 days before 1 April 2027 lands on påskafton: moved back past långfredag.
    expect(io.out()).toContain("+ 2027-03-25  Kallelse – Kommunstyrelsen 1 april");
    expect(io.out()).toContain("(2027-03-27 är lördag; 26 mars långfredagen: flyttad)");
    const { json } = await derive([PLAN]);
    // KF 13 December: justering by 27 December, anslag by 29 December (juldagen, annandagen and
    // the weekend are no working days), laga kraft after the three weeks have run, in January 2028.
    const kf = json.adds.filter(
      (a) =>
        a.meetingId === json.adds.find((x) => x.step === "kungörelse" && x.date === "2027-12-06")?.meetingId,
    );
    expect(kf.map((a) => [a.step, a.date])).toEqual([
      ["ärendestopp", "2027-11-22"],
      ["kungörelse", "2027-12-06"],
      ["justering", "2027-12-27"],
      ["anslag", "2027-12-29"],
      ["laga kraft", "2028-01-20"],
    ]);
    expect(kf[4]?.when).toBe("20 januari 2028");
  });

  it("writes the derived rows to a workbook, finds them there, and after a meeting moves changes only the derived rows", async () => {
    const first = join(dir, "med-kedjor.xlsx");
    const once = await derive([PLAN, "--xlsx", first]);
    expect(once.code).toBe(0);
    const again = await derive([first]);
    expect(again.json.adds).toEqual([]);
    expect(again.json.updates).toEqual([]);
    expect(again.json.unchanged).toBe(45);

    // Move KS 1 April to 8 April, and edit its presidium by hand.
    const moved = join(dir, "flyttad.xlsx");
    await editWorkbook(first, moved, [
      { event: "Kommunstyrelsen", when: "1 april", newWhen: "8 april" },
      { event: "Presidium – Kommunstyrelsen 1 april", when: "25 mars", newWhen: "24 mars" },
    ]);
    const out = join(dir, "efter.xlsx");
    const third = await derive([moved, "--xlsx", out]);
    expect(third.json.adds).toEqual([]);
    expect(third.json.updates.map((u) => u.id.replace(/^.*-/u, "")).sort()).toEqual([
      "anslag",
      "arendestopp",
      "justering",
      "kallelse",
      "kraft",
    ]);
    expect(third.json.handEdited).toHaveLength(1);
    expect(third.json.findings.map((f) => f.code)).toContain("chain-hand-edited");

    const before = await loadTimeline(moved, { lang: "sv" }, captureIo());
    const after = await loadTimeline(out, { lang: "sv" }, captureIo());
    if (!before.ok || !after.ok) throw new Error("unreadable workbook");
    const updated = new Set(third.json.updates.map((u) => u.id));
    expect(after.timeline.entries).toHaveLength(before.timeline.entries.length);
    for (const entry of before.timeline.entries) {
      const now = after.timeline.entries.find((e) => e.id === entry.id);
      if (updated.has(entry.id)) expect(now?.when).not.toBe(entry.when);
      else expect([now?.when, now?.event, now?.notes]).toEqual([entry.when, entry.event, entry.notes]);
    }
    expect(after.timeline.entries.find((e) => e.event === "Kallelse – Kommunstyrelsen 8 april")?.when).toBe(
      "senast 2 april",
    );
  });

  it("reads chains from --rules and reports a row it cannot read", async () => {
    const rules = join(dir, "regler.tsv");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(
      rules,
      "Regel\tPå/Av\tVärde\tKommentar\nKedja: Kommunstyrelsen\tPå\tkallelse 3 arbetsdagar före; justering i god tid\t\n",
    );
    const out = join(dir, "egna-regler.xlsx");
    const { code, json } = await derive([PLAN, "--rules", rules, "--xlsx", out]);
    expect(code).toBe(0);
    // Only Kommunstyrelsen has a chain now: five meetings, one step each.
    expect(json.meetings).toBe(5);
    expect(json.adds).toHaveLength(5);
    expect(json.findings.filter((f) => f.code === "chain-template")).toHaveLength(1);
    // The workbook carries the Regler table: deriving again from it uses the same chains.
    const again = await derive([out]);
    expect([again.json.meetings, again.json.adds.length, again.json.unchanged]).toEqual([5, 0, 5]);
  });

  it("refuses to write over its input and says how it is used", async () => {
    const io = captureIo();
    const input = join(dir, "med-kedjor.xlsx");
    expect(await main(["derive", input, "--xlsx", input], io)).toBe(2);
    expect(io.err()).toContain("never overwritten");
    expect(readFileSync(input).length).toBeGreaterThan(0);
    const help = captureIo({ LANG: "sv_SE.UTF-8" });
    expect(await main(["derive", "--help"], help)).toBe(0);
    expect(help.out()).toContain("Härleder datum");
  });
});
