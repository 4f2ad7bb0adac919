import fc from "fast-check";
import { DEFAULT_GOVERNANCE } from "./settings";
import {
  readRegler,
  readReglerTsv,
  reglerDefaultRows,
  reglerDefaultTsv,
  REGLER_HEADERS,
} from "./reglerTable";

const comparable = (s: typeof DEFAULT_GOVERNANCE) => ({
  ...s,
  off: [...s.off].sort(),
  extraDaysOff: [...s.extraDaysOff].sort(),
});

describe("the Regler table", () => {
  it("round-trips: the default rows read back as the law's defaults, in both languages", () => {
    for (const lang of ["sv", "en"] as const) {
      const read = readRegler(reglerDefaultRows(lang));
      expect(read.problems).toEqual([]);
      expect(comparable(read.settings)).toEqual(comparable(DEFAULT_GOVERNANCE));
    }
    expect(reglerDefaultRows("en")[0]).toEqual([...REGLER_HEADERS.en]);
    expect(readReglerTsv(reglerDefaultTsv("sv")).problems).toEqual([]);
  });

  it("reads what a user edits: region, a rule off, a number, klämdagar and lead-time turned on", () => {
    const rows = reglerDefaultRows("sv").map((row) => [...row]);
    const set = (name: string, onOff: string, value?: string): void => {
      const row = rows.find((r) => r[0] === name);
      if (row === undefined) throw new Error(name);
      row[1] = onOff;
      if (value !== undefined) row[2] = value;
    };
    set("Organisation", "På", "Region");
    set("Söndagsregeln", "Av");
    set("Kungörelse av fullmäktige, dagar före", "På", "10");
    set("Klämdagar", "x", "2027-05-07, 2027-06-25");
    set("Handlingar tillhanda, arbetsdagar före beslut", "Ja", "8");
    set("Ansvarsfrihet före årsredovisningen", "På", "före");
    set("Årsredovisning till fullmäktige senast", "På", "15 april");
    const { settings, problems } = readRegler(rows);
    expect(problems).toEqual([]);
    expect(settings.organisation).toBe("region");
    expect([...settings.off]).toEqual(["sunday-rule"]);
    expect(settings.announcementDays).toBe(10);
    expect([...settings.extraDaysOff]).toEqual(["2027-05-07", "2027-06-25"]);
    expect(settings.minLeadWorkingDays).toBe(8);
    expect(settings.dischargeOrder).toBe("före");
    expect(settings.annualReportBy).toEqual({ month: 4, day: 15 });
  });

  it("says which cell it cannot read and keeps that rule's default", () => {
    const { settings, problems } = readRegler([
      ["Regel", "På/Av", "Värde", "Kommentar"],
      ["Kungörelse av fullmäktige, dagar före", "kanske", "en vecka"],
      ["Klämdagar", "På", "7 maj"],
      ["Egen regel om kallelse", "På", "5"],
      ["Årsredovisning till fullmäktige senast", "På", "31 februari"],
    ]);
    expect(problems.map((p) => p.row)).toEqual([2, 2, 3, 4, 5]);
    expect(problems[0]?.message.sv).toBe('"kanske": skriv På eller Av.');
    expect(problems[1]?.message.en).toBe('"en vecka" is not a whole number from 1 to 60.');
    expect(problems[3]?.message.sv).toContain('Regeln "Egen regel om kallelse" är okänd');
    expect(settings.announcementDays).toBe(7);
    expect(settings.annualReportBy).toEqual({ month: 4, day: 30 });
  });

  it("reads Excel's cell types (booleans, numbers) and an English header", () => {
    const { settings, problems } = readRegler([
      ["Rule", "On/Off", "Value", "Comment"],
      ["Protokoll justerat, dagar efter sammanträdet", false, 14],
      ["Möten kring valdagen, dagar", true, 3],
    ]);
    expect(problems).toEqual([]);
    expect(settings.off.has("after-meeting/justering")).toBe(true);
    expect(settings.electionWindowDays).toBe(3);
  });

  it("never throws on any cells", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)))),
        (rows) => {
          const read = readRegler(rows);
          expect(read.settings.announcementDays).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
