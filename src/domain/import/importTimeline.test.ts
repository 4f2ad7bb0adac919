import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { toIsoDate } from "../dates";
import type { Timeline, TimelineEntry } from "../types";
import { importRows } from "./importRows";
import { importTimeline } from "./importTimeline";

const examples = join(__dirname, "..", "..", "..", "examples");

function load(name: string): Timeline {
  const result = importTimeline({ text: readFileSync(join(examples, name), "utf8"), fileName: name });
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  return result.timeline;
}

function span(entry: TimelineEntry | undefined): string {
  if (entry === undefined || !entry.parsed.ok) return "unreadable";
  const first = entry.parsed.occurrences[0];
  const last = entry.parsed.occurrences[entry.parsed.occurrences.length - 1];
  return first === undefined || last === undefined
    ? "none"
    : `${toIsoDate(first.start)}..${toIsoDate(last.end)}`;
}

function byEvent(timeline: Timeline, start: string): TimelineEntry[] {
  return timeline.entries.filter((e) => e.event.startsWith(start));
}

describe("importTimeline on the seed document (tidsplan-verksamhetsledning-2007.txt)", () => {
  const timeline = load("tidsplan-verksamhetsledning-2007.txt");

  it("reads the title, plan year and document date", () => {
    expect(timeline.plan).toEqual({
      title: "TIDSPLAN FÖR VERKSAMHETSLEDNING 2007",
      year: 2007,
      documentDate: { year: 2007, month: 1 /* jan */, day: 11 },
    });
  });

  it("gives 36 entries in document order", () => {
    expect(timeline.entries).toHaveLength(36);
    const lines = timeline.entries.map((e) => e.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  });

  it("gives a row with an empty När the whole month of its heading", () => {
    const [bokslut] = byEvent(timeline, "Bokslut och verksamhetsberättelse för 2006 färdigställs");
    expect(span(bokslut)).toBe("2007-01-01..2007-01-31");
    expect(bokslut).toMatchObject({
      when: "",
      owner: "Avdelningscheferna",
      kind: "report",
      headingMonth: 1,
      inheritedFromHeading: true,
      line: 11,
    });
    expect(bokslut?.parsed).toMatchObject({ precision: "month" });
  });

  it("reads a dated row and its owner", () => {
    const [mbl] = byEvent(timeline, "MBL-upplaga av verksamhetsberättelse 2006 till förvaltningsgruppen");
    expect(span(mbl)).toBe("2007-02-05..2007-02-05");
    expect(mbl).toMatchObject({ when: "5 februari", owner: "Förvaltningsgruppen", notes: "", kind: "mbl" });
  });

  it("splits the owner from its note", () => {
    const [dialog] = byEvent(timeline, "Dialog mellan enheter om åtaganden och uppföljning");
    expect(span(dialog)).toBe("2007-03-01..2007-04-30");
    expect(dialog).toMatchObject({
      owner: "Avdelningscheferna",
      notes: "Dialoger över avdelningsgränser uppmuntras.",
    });
  });

  it("skips the stray page heading '## Bilaga 12' and keeps the next row in June", () => {
    expect(timeline.skipped).toContainEqual({ line: 31, text: "## Bilaga 12", reason: "page-heading" });
    const [fullmaktige] = byEvent(timeline, "Fullmäktige fastställer Strategi");
    expect(span(fullmaktige)).toBe("2007-06-01..2007-06-30");
    expect(fullmaktige).toMatchObject({ headingMonth: 6, kind: "decision" });
  });

  it("keeps both identical November rows, with different ids", () => {
    const twins = byEvent(timeline, "Lägesrapport och diskussion med fackliga organisationer");
    expect(twins).toHaveLength(2);
    expect(twins[0]?.id).not.toBe(twins[1]?.id);
    expect(twins.map(span)).toEqual(["2007-11-01..2007-11-30", "2007-11-01..2007-11-30"]);
  });

  it("never reads numbers in the event text as the row's dates", () => {
    const [tertial] = byEvent(timeline, "Tertialrapport 1 (januari-maj)");
    expect(span(tertial)).toBe("2007-05-01..2007-05-31");
    for (const entry of byEvent(timeline, "Finansborgarrådet presenterar Strategi")) {
      expect(span(entry)).toBe("2007-05-01..2007-05-31");
    }
  });

  it("reports the title, date, intro, header row and headings as skipped with reasons", () => {
    const reasons = new Map(timeline.skipped.map((s) => [s.line, s.reason]));
    expect(reasons.get(3)).toBe("document-date");
    expect(reasons.get(5)).toBe("title");
    expect(reasons.get(7)).toBe("intro");
    expect(reasons.get(9)).toBe("header-row");
    expect(reasons.get(10)).toBe("month-heading");
  });

  it("accounts for every non-blank line as an entry or a skipped line", () => {
    const text = readFileSync(join(examples, "tidsplan-verksamhetsledning-2007.txt"), "utf8");
    const nonBlank = text.split("\n").flatMap((l, i) => (l.trim() === "" ? [] : [i + 1]));
    const seen = [...timeline.entries.map((e) => e.line), ...timeline.skipped.map((s) => s.line)];
    expect(seen.sort((a, b) => a - b)).toEqual(nonBlank);
  });
});

describe("importTimeline on the Simrishamn budget timeline (Datum/Aktivitet, year headings)", () => {
  const timeline = load("simrishamn-tidplan-budget-2027.txt");

  it("gives 34 entries; rows under 'År 2026' are in 2026 and '31 jan' under '2027' is in 2027", () => {
    expect(timeline.entries).toHaveLength(34);
    expect(span(timeline.entries[0])).toBe("2026-03-12..2026-03-12");
    expect(span(timeline.entries[33])).toBe("2027-01-31..2027-01-31");
    expect(timeline.skipped.map((s) => s.reason)).toEqual(["header-row", "year-heading", "year-heading"]);
  });
});

describe("importTimeline layouts and failures", () => {
  it("continues the previous row's month for an empty När in a CSV without headings", () => {
    const result = importTimeline({
      text: "När;Händelse;Ansvar\n5 februari;Beslut;KS\n;Uppföljning;KS\n",
      planYear: 2007,
    });
    expect(result.ok && span(result.timeline.entries[1])).toBe("2007-02-01..2007-02-28");
  });

  it("rolls over into the next year when month headings go from DECEMBER to JANUARI", () => {
    const text = "När\tHändelse\nDECEMBER\t\n\tBudget\nJANUARI\t\n\tUppföljning\n";
    const result = importTimeline({ text, planYear: 2026 });
    expect(result.ok && result.timeline.entries.map(span)).toEqual([
      "2026-12-01..2026-12-31",
      "2027-01-01..2027-01-31",
    ]);
  });

  it("takes the plan year from the rows' written dates when nothing else states it (not the year it is pasted in)", () => {
    // Found by the bench's `tidsplan validate` on a file whose name has no year: the rows were
    // read in 2031 (their written year) and the plan stayed in the clock's year, so every row
    // was "outside the plan year".
    const text = "När\tHändelse\nmars\tDirektiv\n2031-04-16\tBeslut\nmaj\tUppföljning\n";
    const result = importTimeline({ text, fileName: "plan.txt" });
    expect(result.ok && result.timeline.plan.year).toBe(2031);
    expect(result.ok && result.timeline.entries.map(span)).toEqual([
      "2031-03-01..2031-03-31",
      "2031-04-16..2031-04-16",
      "2031-05-01..2031-05-31",
    ]);
    // A year the document states still wins, and a given one too.
    const titled = importTimeline({ text: `Tidsplan 2030\n\n${text}` });
    expect(titled.ok && titled.timeline.plan.year).toBe(2030);
    expect(importTimeline({ text, planYear: 2030 })).toMatchObject({
      ok: true,
      timeline: { plan: { year: 2030 } },
    });
  });

  it("takes the plan year from the rows over a year only the file's name gives", () => {
    // "budgetanvisningar-2027.txt" over a plan whose rows stand under "År 2026".
    const text =
      "När\tHändelse\nÅr 2026\t\n12 mars\tUppstart\n1 april\tBudgetskrivelser\n2027\t\n31 jan\tBokslut\n";
    const named = importTimeline({ text, fileName: "budgetanvisningar-2027.txt" });
    expect(named.ok && named.timeline.plan.year).toBe(2026);
    // The document's own title still wins over its rows.
    const titled = importTimeline({
      text: `Tidsplan 2027\n\n${text}`,
      fileName: "budgetanvisningar-2027.txt",
    });
    expect(titled.ok && titled.timeline.plan.year).toBe(2027);
  });

  it("reads 'Januari 2016' as a month heading with its year", () => {
    const result = importTimeline({ text: "När\tHändelse\nJanuari 2016\t\t\n\tBokslut\n", planYear: 2020 });
    expect(result.ok && span(result.timeline.entries[0])).toBe("2016-01-01..2016-01-31");
  });

  it.each([
    ["", "empty"],
    ["   \n\n", "empty"],
    ["Hej!\nDet här är ett brev om ingenting särskilt.\nMvh Anna", "not-a-timeline"],
    ["\u0001\u0002\u0003\u0004\u0005PK\u0003\u0004\u0000\u0007", "binary"],
  ])("refuses %j with reason %s", (text, reason) => {
    const result = importTimeline({ text });
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok ? "" : result.message.sv).not.toBe("");
  });

  it("never throws on arbitrary text, and every parsed span has start ≤ end", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const result = importTimeline({ text, planYear: 2026 });
        if (!result.ok) return;
        for (const entry of result.timeline.entries) {
          if (!entry.parsed.ok) continue;
          for (const o of entry.parsed.occurrences) expect(toIsoDate(o.start) <= toIsoDate(o.end)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on tab/semicolon/quote-heavy text", () => {
    const piece = fc.constantFrom(
      "\t",
      ";",
      ",",
      '"',
      "\n",
      "\r",
      "När",
      "Händelse",
      "JANUARI",
      "5 feb",
      "## x",
      "År 2026",
      "2027",
      "ansvarar",
      " ",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        expect(() => importTimeline({ text: parts.join("") })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe("importRows", () => {
  it("keeps source ids and treats a När-only month row as a heading", () => {
    const timeline = importRows(
      [
        { line: 4, when: "MARS", event: "", owner: "", notes: "" },
        {
          line: 5,
          id: "r7k2x9",
          when: "",
          event: "Beslut om budget",
          owner: "KS ansvarar",
          notes: "Se bilaga",
        },
      ],
      { title: "Plan", year: 2027 },
    );
    expect(timeline.skipped).toEqual([{ line: 4, text: "MARS", reason: "month-heading" }]);
    expect(timeline.entries[0]).toMatchObject({
      id: "r7k2x9",
      owner: "KS",
      notes: "Se bilaga",
      kind: "decision",
    });
    expect(span(timeline.entries[0])).toBe("2027-03-01..2027-03-31");
  });
});

describe("header rows as planners write them", () => {
  it.each([
    ["När?\tVad?\tVem?\tAnteckning", "När? Vad? Vem?"],
    ["Datum\tMoment\tAnsvarig enhet\tNoteringar", "Moment and a responsible unit"],
    ["Tidpunkt\tÄrende\tAnsvarig funktion\tÖvrigt", "Ärende and Övrigt"],
  ])("reads %p (%s): event, owner and notes in their columns", (header) => {
    const result = importTimeline({
      text: `${header}\n5 februari\tBeslut om budget\tKS\tSe bilaga 2\n`,
      planYear: 2027,
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.timeline.entries).toHaveLength(1);
    expect(result.timeline.entries[0]).toMatchObject({
      event: "Beslut om budget",
      owner: "KS",
      notes: "Se bilaga 2",
    });
    expect(span(result.timeline.entries[0])).toBe("2027-02-05..2027-02-05");
  });
});
