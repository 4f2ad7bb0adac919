/**
 * The reader of a preparation-cycle table, steps as columns (stepColumns.ts), on our own small
 * examples: a tab-separated copy, a flattened copy with stacked headings, and the layouts it
 * must leave to other readers.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importTimeline } from "../importTimeline";
import { parseDelimited } from "../delimited";
import type { TimelineEntry } from "../../types";
import { toIsoDate } from "../../dates/plainDate";
import { stepColumns } from "./stepColumns";

function read(text: string): TimelineEntry[] {
  const result = importTimeline({ text });
  if (!result.ok) throw new Error(result.reason);
  return [...result.timeline.entries];
}

const line = (e: TimelineEntry): string => {
  const o = e.parsed.ok ? e.parsed.occurrences[0] : undefined;
  const t = o?.startTime;
  const time = t !== undefined ? ` ${t.hour}:${String(t.minute).padStart(2, "0")}` : "";
  return `${o !== undefined ? toIsoDate(o.start) : "–"}${time} ${e.event}`;
};

describe("a preparation-cycle table (steps as columns)", () => {
  it("reads a tab-separated table: each dated cell one entry, with the step and the meeting it prepares", () => {
    const entries = read(
      [
        "Socialnämndens beredningsplan 2023",
        "",
        "Sista dag för ärenden\tPresidieberedning\tUtskick\tNämndsammanträde",
        "9/1\t2023-01-16\t18 jan\t25 jan",
        "6/2\t2023-02-13\t15 feb\t22 feb",
        "6/3\t\t15 mars\t22 mars",
      ].join("\n"),
    );
    expect(entries.map(line)).toEqual([
      "2023-01-09 Sista dag för ärenden inför Nämndsammanträde 25 jan",
      "2023-01-16 Presidieberedning inför Nämndsammanträde 25 jan",
      "2023-01-18 Utskick inför Nämndsammanträde 25 jan",
      "2023-01-25 Nämndsammanträde",
      "2023-02-06 Sista dag för ärenden inför Nämndsammanträde 22 feb",
      "2023-02-13 Presidieberedning inför Nämndsammanträde 22 feb",
      "2023-02-15 Utskick inför Nämndsammanträde 22 feb",
      "2023-02-22 Nämndsammanträde",
      "2023-03-06 Sista dag för ärenden inför Nämndsammanträde 22 mars",
      "2023-03-15 Utskick inför Nämndsammanträde 22 mars",
      "2023-03-22 Nämndsammanträde",
    ]);
    expect(entries.every((e) => e.owner === "Socialnämnden")).toBe(true);
  });

  it("takes a second header row of usual days and times, and a cell's own time before it", () => {
    const entries = read(
      [
        "Ärendeberedning 2031",
        "Ärenden till sekreteraren\tBeredning\tKallelse\tSammanträde",
        "måndag\ttisdag kl 9.00\tonsdag\ttorsdag kl 18.00",
        "6 januari\t14 januari\t15 januari\t23 januari",
        "3 februari\t11 februari (kl. 13)\t12 februari\t20 februari",
      ].join("\n"),
    );
    expect(entries.map(line)).toEqual([
      "2031-01-06 Ärenden till sekreteraren inför Sammanträde 23 januari",
      "2031-01-14 9:00 Beredning inför Sammanträde 23 januari",
      "2031-01-15 Kallelse inför Sammanträde 23 januari",
      "2031-01-23 18:00 Sammanträde",
      "2031-02-03 Ärenden till sekreteraren inför Sammanträde 20 februari",
      "2031-02-11 13:00 Beredning inför Sammanträde 20 februari",
      "2031-02-12 Kallelse inför Sammanträde 20 februari",
      "2031-02-20 18:00 Sammanträde",
    ]);
  });

  it("names a step after the meeting as following it ('Justering efter …')", () => {
    const entries = read(
      [
        "Kallelse och justering 2031",
        "Kallelse\tSammanträde\tJustering av protokoll",
        "8 januari\t15 januari\t20 januari",
        "5 februari\t12 februari\t17 februari",
      ].join("\n"),
    );
    expect(entries.slice(0, 3).map(line)).toEqual([
      "2031-01-08 Kallelse inför Sammanträde 15 januari",
      "2031-01-15 Sammanträde",
      "2031-01-20 Justering av protokoll efter Sammanträde 15 januari",
    ]);
  });

  const FLAT_HEADER = [
    "Byggnadsnämndens beredningstider 2030",
    "",
    "Tabellen visar beredningar och utskick inför nämndens sammanträden.",
    "",
    "Sista dag",
    "för ärenden",
    "",
    "Presidie-",
    "beredning",
    "Utskick Nämnd-",
    "sammanträde",
    "",
    "Måndag",
    "",
    "Tisdag",
    "kl 8:30",
    "Torsdag",
    "",
    "Onsdag",
    "kl 18:00",
    "",
  ];

  it("reads a flattened copy: stacked headings, cells apart by one space, an empty cell a run of spaces", () => {
    const entries = read(
      [...FLAT_HEADER, "7 jan 15 jan 17 jan 23 jan", "4 feb   14 feb 20 feb", "      13 mars"].join("\n"),
    );
    expect(entries.map(line)).toEqual([
      "2030-01-07 Sista dag för ärenden inför Nämndsammanträde 23 jan",
      "2030-01-15 8:30 Presidieberedning inför Nämndsammanträde 23 jan",
      "2030-01-17 Utskick inför Nämndsammanträde 23 jan",
      "2030-01-23 18:00 Nämndsammanträde",
      "2030-02-04 Sista dag för ärenden inför Nämndsammanträde 20 feb",
      "2030-02-14 Utskick inför Nämndsammanträde 20 feb",
      "2030-02-20 18:00 Nämndsammanträde",
      "2030-03-13 18:00 Nämndsammanträde",
    ]);
    expect(entries[0]?.owner).toBe("Byggnadsnämnden");
    expect(entries.some((e) => e.readingNotes !== undefined)).toBe(false);
  });

  it("reads a flattened row broken over lines in order across them, and says so", () => {
    const entries = read(
      [...FLAT_HEADER, "7 jan 15 jan 17 jan 23 jan", "4 feb 11 feb", "", "13 feb (onsd) 20 feb", "4 mars 11 mars 13 mars 20 mars"].join("\n"),
    );
    const february = entries.filter((e) => e.parsed.ok && e.parsed.occurrences[0]?.start.month === 2);
    expect(february.map(line)).toEqual([
      "2030-02-04 Sista dag för ärenden inför Nämndsammanträde 20 feb",
      "2030-02-11 8:30 Presidieberedning inför Nämndsammanträde 20 feb",
      "2030-02-13 Utskick inför Nämndsammanträde 20 feb",
      "2030-02-20 18:00 Nämndsammanträde",
    ]);
    expect(february.every((e) => e.readingNotes?.some((n) => n.code === "column-unsure") === true)).toBe(true);
    expect(february[2]?.notes).toBe("onsd");
  });

  it("reads no table when most rows do not fill the steps (a header misread), rather than guess", () => {
    const records = parseDelimited(
      [...FLAT_HEADER, "7 jan 15 jan 17 jan", "4 feb 11 feb", "4 mars 11 mars 13 mars", "1 april"].join("\n"),
      "\t",
    );
    expect(stepColumns(records)).toBeUndefined();
  });

  it("leaves a När/Händelse table, a meeting grid and the seed document to their readers", () => {
    const tidy = parseDelimited("När\tHändelse\tAnsvar\n9 jan\tSista dag för ärenden\tKansliet\n16 jan\tPresidieberedning\tKansliet\n", "\t");
    expect(stepColumns(tidy)).toBeUndefined();
    const grid = parseDelimited("Organ\tJan\tFeb\tMars\nKommunstyrelsen\t19\t16\t16\nBarn- och utbildningsnämnden\t20\t17\t17\n", "\t");
    expect(stepColumns(grid)).toBeUndefined();
    const seedText = readFileSync(join(__dirname, "..", "..", "..", "..", "examples", "tidsplan-verksamhetsledning-2007.txt"), "utf8");
    expect(stepColumns(parseDelimited(seedText, "\t"))).toBeUndefined();
  });
});
