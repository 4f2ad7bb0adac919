import { importTimeline } from "../../../domain/import";
import { importablePaste, previewImport } from "./pastedText";

// Bug (issue #7, hostile paste): text with a few NUL bytes pasted into the pane was refused as
// "Filen är inte text (kanske en binärfil?)", while `tidsplan import` read the same text as a file.
describe("pasted text with NUL bytes", () => {
  const pasted =
    "När\tHändelse\tAnsvarig\n5 februari\tLöne\u0000översyn för året\tPersonal\u0000chefen\n" +
    "12 mars\tÅrsredovisning klar\tEkonomichefen\u0000\n";

  it("is refused as binary when handed to the import as it is (why the pane cleans it)", () => {
    expect(importTimeline({ text: pasted, planYear: 2026 })).toMatchObject({ ok: false, reason: "binary" });
  });

  it("imports both entries with their text whole once the NULs are dropped, as for a file", () => {
    const result = importTimeline({ text: importablePaste(pasted), planYear: 2026 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.timeline.entries.map((e) => [e.when, e.event, e.owner])).toEqual([
      ["5 februari", "Löneöversyn för året", "Personalchefen"],
      ["12 mars", "Årsredovisning klar", "Ekonomichefen"],
    ]);
  });

  it("leaves text without NULs as it is", () => {
    const text = "När\tHändelse\n5 mars\t🎉 Möte\u0301 ‏مراجعة\n";
    expect(importablePaste(text)).toBe(text);
  });
});

// Bug (issue #7, hostile paste): a 100,000-row paste was imported twice per change (once to read
// the plan from the text, once for the preview). The preview now reuses the first import.
describe("the preview's import", () => {
  const text = "Tidsplan 2026\nNär\tHändelse\tAnsvarig\n5 mars\tMBL\tKS\n";
  const inferred = importTimeline({ text });

  it("is the inferred import itself while the year and title are the ones read from the text", () => {
    expect(previewImport(text, inferred, undefined, "")).toBe(inferred);
    expect(previewImport(text, inferred, 2026, "Tidsplan 2026")).toBe(inferred);
  });

  it("is a new import with the year and title the user typed", () => {
    const preview = previewImport(text, inferred, 2027, "Min plan");
    if (preview === null || !preview.ok) throw new Error("expected a preview");
    expect(preview.timeline.plan).toMatchObject({ title: "Min plan", year: 2027 });
    expect(preview.timeline.entries[0]?.parsed).toMatchObject({
      ok: true,
      occurrences: [{ start: { year: 2027, month: 3 /* mar */, day: 5 } }],
    });
  });

  it("is null for blanks only, so the panel says to paste text", () => {
    expect(previewImport(" \t\r\n ", importTimeline({ text: " \t\r\n " }), undefined, "")).toBeNull();
  });
});
