import { assignEntryIds, type EntryIdInput } from "./entryId";

const rows: EntryIdInput[] = [
  { when: "5 februari", event: "MBL-upplaga av verksamhetsberättelse 2006", owner: "Förvaltningsgruppen" },
  { when: "15 februari", event: "Beslut om verksamhetsberättelse 2006", owner: "" },
  { when: "", inheritedMonth: "2007-11", event: "Lägesrapport och diskussion", owner: "Förvaltningsgruppen" },
  { when: "", inheritedMonth: "2007-11", event: "Kommunfullmäktige fastställer budget 2008", owner: "" },
  { when: "", inheritedMonth: "2007-11", event: "Lägesrapport och diskussion", owner: "Förvaltningsgruppen" },
];

describe("assignEntryIds", () => {
  it("gives short content ids like t-3f9a1c", () => {
    for (const id of assignEntryIds(rows).slice(0, 4)) expect(id).toMatch(/^t-[0-9a-f]{6}$/);
  });

  it("keeps two identical rows apart with an occurrence suffix", () => {
    const ids = assignEntryIds(rows);
    expect(ids[4]).toBe(`${ids[2] ?? ""}-2`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("does not change an id when OTHER rows are inserted, deleted or reordered", () => {
    const before = assignEntryIds(rows);
    const inserted = [{ when: "1 mars", event: "Ny rad", owner: "" }, ...rows];
    expect(assignEntryIds(inserted).slice(1)).toEqual(before);
    const deleted = [rows[0], rows[2], rows[3], rows[4]].filter((r): r is EntryIdInput => r !== undefined);
    expect(assignEntryIds(deleted)).toEqual([before[0], before[2], before[3], before[4]]);
    const reordered = [rows[3], rows[1], rows[0], rows[2], rows[4]].filter(
      (r): r is EntryIdInput => r !== undefined,
    );
    expect(assignEntryIds(reordered)).toEqual([before[3], before[1], before[0], before[2], before[4]]);
  });

  it("tells the same event under two month headings apart", () => {
    const [a, b] = assignEntryIds([
      { when: "", inheritedMonth: "2007-5", event: "Tertialrapport färdigställs", owner: "" },
      { when: "", inheritedMonth: "2007-9", event: "Tertialrapport färdigställs", owner: "" },
    ]);
    expect(a).not.toBe(b);
    expect(b).not.toMatch(/-2$/);
  });

  it("ignores case and spacing differences in the content", () => {
    const [a] = assignEntryIds([{ when: "5  Februari", event: "MBL ", owner: "ks" }]);
    const [b] = assignEntryIds([{ when: "5 februari", event: "mbl", owner: "KS" }]);
    expect(a).toBe(b);
  });

  it("keeps an id that the source already has", () => {
    expect(assignEntryIds([{ sourceId: "r7k2x9", when: "5 feb", event: "MBL", owner: "" }])).toEqual([
      "r7k2x9",
    ]);
  });

  it("resolves a hash collision between different rows by content, whatever the row order (issue 14)", () => {
    // Two different events whose 24-bit ids collide, found by counting up (deterministic).
    const byId = new Map<string, EntryIdInput>();
    let pair: [EntryIdInput, EntryIdInput] | undefined;
    for (let n = 0; pair === undefined && n < 200_000; n += 1) {
      const row: EntryIdInput = { when: "5 februari", event: `Händelse ${n}`, owner: "KS" };
      const [id] = assignEntryIds([row]);
      const earlier = id === undefined ? undefined : byId.get(id);
      if (earlier !== undefined) pair = [earlier, row];
      else if (id !== undefined) byId.set(id, row);
    }
    if (pair === undefined) throw new Error("no collision found");
    const [a, b] = pair;
    const forward = assignEntryIds([a, b]);
    const backward = assignEntryIds([b, a]);
    expect(new Set(forward).size).toBe(2);
    expect([backward[1], backward[0]]).toEqual(forward);
    const other = { when: "1 mars", event: "Annat", owner: "" };
    expect(assignEntryIds([b, other, a])).toEqual([forward[1], assignEntryIds([other])[0], forward[0]]);
  });
});
