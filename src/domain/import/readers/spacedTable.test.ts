/**
 * The reader of a meeting table laid out with spaces under stacked headings (spacedTable.ts), on
 * our own small examples.
 */
import { importTimeline } from "../importTimeline";
import type { TimelineEntry } from "../../types";
import { toIsoDate } from "../../dates/plainDate";

const iso = toIsoDate;

function read(text: string): TimelineEntry[] {
  const result = importTimeline({ text });
  if (!result.ok) throw new Error(result.reason);
  return [...result.timeline.entries];
}

const line = (e: TimelineEntry): string => {
  const o = e.parsed.ok ? e.parsed.occurrences[0] : undefined;
  const t = o?.startTime;
  return `${e.owner} ${o !== undefined ? iso(o.start) : "–"}${t !== undefined ? ` ${t.hour}:${String(t.minute).padStart(2, "0")}` : ""}`;
};

const HEADINGS = [
  "Mötesplan 2030",
  "",
  "Planen gäller Byggnadsnämnden (BN) och Kommunstyrelsen (KS).",
  "",
  "Byggnadsnämnden",
  "onsdagar kl.9.00",
  "i Stora salen",
  "  Kommunstyrelsen",
  "  tisdagar kl.13.30",
  "  i Rådssalen",
];

describe("a meeting table laid out with spaces under stacked headings", () => {
  it("reads one date per column, with the column's body and time, a cell's own time and remarks", () => {
    const entries = read(
      [
        ...HEADINGS,
        "  16 januari   22 januari",
        "  13 februari   19 februari kl.15",
        "  13 mars Å   -",
        "  10 april   16 april, extra",
        "Å = årsredovisning",
      ].join("\n"),
    );
    expect(entries.map(line)).toEqual([
      "Byggnadsnämnden 2030-01-16 9:00",
      "Kommunstyrelsen 2030-01-22 13:30",
      "Byggnadsnämnden 2030-02-13 9:00",
      "Kommunstyrelsen 2030-02-19 15:00",
      "Byggnadsnämnden 2030-03-13 9:00",
      "Byggnadsnämnden 2030-04-10 9:00",
      "Kommunstyrelsen 2030-04-16 13:30",
    ]);
    expect(entries[0]?.event).toBe("Byggnadsnämnden (BN)");
    expect(entries[4]?.notes).toBe("Å");
    expect(entries[6]?.notes).toBe("extra");
    expect(entries.some((e) => e.readingNotes !== undefined)).toBe(false);
  });

  it("reads cells that broke over lines column by column when they fill the columns, and says so", () => {
    const entries = read(
      [
        ...HEADINGS,
        "  16 januari   22 januari",
        "  13 februari   19 februari",
        "  27 februari   26 februari",
        " 6 mars",
        " 20 mars",
        "  5 mars",
        "  26 mars",
        "  10 april   16 april",
      ].join("\n"),
    );
    const march = entries.filter((e) => e.parsed.ok && e.parsed.occurrences[0]?.start.month === 3);
    expect(march.map(line)).toEqual([
      "Byggnadsnämnden 2030-03-06 9:00",
      "Byggnadsnämnden 2030-03-20 9:00",
      "Kommunstyrelsen 2030-03-05 13:30",
      "Kommunstyrelsen 2030-03-26 13:30",
    ]);
    expect(march.every((e) => e.readingNotes?.some((n) => n.code === "column-unsure") === true)).toBe(true);
  });

  it("leaves out broken cells that do not fill the columns, and names them", () => {
    const result = importTimeline({
      text: [
        ...HEADINGS,
        "  16 januari   22 januari",
        "  13 februari   19 februari",
        "  27 februari   26 februari",
        " 6 mars",
        "  10 april   16 april",
      ].join("\n"),
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.timeline.entries).toHaveLength(8);
    expect(result.timeline.skipped.find((s) => s.text === "6 mars")?.reason).toBe("grid-row-unaligned");
  });

  it("is no table without a heading for every column", () => {
    const entries = read(
      [
        "Mötesplan 2030",
        "",
        "Byggnadsnämnden",
        "  16 januari   22 januari",
        "  13 februari   19 februari",
        "  13 mars   19 mars",
      ].join("\n"),
    );
    expect(entries.every((e) => !e.readingNotes?.some((n) => n.code === "column-unsure"))).toBe(true);
    expect(entries.some((e) => e.owner === "Kommunstyrelsen")).toBe(false);
  });
});
