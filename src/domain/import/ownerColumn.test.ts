import { importTimeline } from "./importTimeline";

// Bug: a dedicated Ansvarig/Owner column ("Enhet 001", "Kansliet") was run through the
// Ansvar/innehåll splitter and its names were moved to notes, leaving every row without owner.
describe("a dedicated owner column is not split like Ansvar/innehåll", () => {
  it("keeps names the splitter would call content as the owner", () => {
    const text = [
      "När\tHändelse\tAnsvarig\tInnehåll",
      "5 februari\tBeslut om budget\tEnhet 001\tEnligt anvisningar",
      "6 februari\tMBL\tAvdelningscheferna ansvarar\t",
    ].join("\n");
    const result = importTimeline({ text, planYear: 2026 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, second] = result.timeline.entries;
    expect(first?.owner).toBe("Enhet 001");
    expect(first?.notes).toBe("Enligt anvisningar");
    expect(second?.owner).toBe("Avdelningscheferna");
  });

  it("still splits a mixed Ansvar/innehåll column", () => {
    const text = ["När\tHändelse\tAnsvar/innehåll", "5 februari\tBokslut\tEnligt anvisningar"].join("\n");
    const result = importTimeline({ text, planYear: 2026 });
    expect(result.ok && result.timeline.entries[0]?.owner).toBe("");
    expect(result.ok && result.timeline.entries[0]?.notes).toBe("Enligt anvisningar");
  });

  it("records the year heading an entry stands under", () => {
    const text = [
      "Datum\tAktivitet",
      "År 2026\t",
      "12 mars\tUppstart",
      "2027\t",
      "31 jan\tInternbudget",
    ].join("\n");
    const result = importTimeline({ text, planYear: 2027 });
    expect(result.ok && result.timeline.entries.map((e) => e.headingYear)).toEqual([2026, 2027]);
  });
});
