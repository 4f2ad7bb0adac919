import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importTimeline } from "../domain/import";
import { planIdentity } from "../domain/ics/identity";
import { createMemoryWorkbook } from "../excel/memoryWorkbook";
import { proposeRollover, writeRollover } from "./rollover";

const SEED = join(__dirname, "..", "..", "examples", "tidsplan-verksamhetsledning-2007.txt");

async function seedWorkbook() {
  const imported = importTimeline({ text: readFileSync(SEED, "utf8"), fileName: "seed.txt" });
  if (!imported.ok) throw new Error(imported.message.en);
  const memory = createMemoryWorkbook();
  expect((await memory.createTimelineTable(imported.timeline, "sv")).ok).toBe(true);
  return memory;
}

describe("the rollover workflow on the memory workbook", () => {
  it("proposes 2008 from the Tidsplan table and writes it, with an edit, on a sheet of its own", async () => {
    const memory = await seedWorkbook();
    const before = JSON.stringify(memory.tableValues("Tidsplan"));
    const proposal = await proposeRollover(memory, 2008);
    if (!proposal.ok) throw new Error(proposal.message.en);
    const { result } = proposal.value;
    expect(result.review).toHaveLength(36);
    const mbl = result.review.find((c) => c.newWhen === "4 februari");
    const written = await writeRollover(
      memory,
      result,
      { [mbl?.entryId ?? ""]: { when: "5 februari" } },
      "sv",
      "Tidsplan 2008",
    );
    expect(written).toEqual({
      ok: true,
      value: { sheet: "Tidsplan 2008", table: "Tidsplan_2008", rows: 36 },
    });
    const table = memory.tableValues("Tidsplan_2008") ?? [];
    const row = table.find((r) => r[0] === mbl?.entryId);
    expect(row?.[1]).toBe("5 februari");
    expect(memory.cellValue("Tidsplan 2008", 0, 0)).toBe("Tidsplan 2008");
    expect(memory.cellValue("Tidsplan 2008", 2, 1)).toBe(planIdentity(result.timeline.plan));
    expect(JSON.stringify(memory.tableValues("Tidsplan"))).toBe(before);
  });

  it("says there is no table to roll over", async () => {
    const proposal = await proposeRollover(createMemoryWorkbook(), 2008);
    expect(proposal).toMatchObject({ ok: false, code: "no-table" });
  });
});
