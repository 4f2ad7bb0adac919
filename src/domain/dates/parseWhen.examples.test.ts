/**
 * Every När cell of the two example timelines (column 1 of their tab-separated rows) parses.
 * Header rows ("När", "Datum") and month/year headings ("<b>JANUARI</b>", "År 2026", "2027") are
 * the importer's business and are left out here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { WhenContext } from "../types";
import { parseWhen } from "./parseWhen";
import { toIsoDate } from "./plainDate";

function whenCells(file: string): { line: number; when: string; headingYear?: number }[] {
  const text = readFileSync(join(__dirname, "../../../examples", file), "utf8");
  const cells: { line: number; when: string; headingYear?: number }[] = [];
  let headingYear: number | undefined;
  text.split(/\r?\n/).forEach((row, index) => {
    if (!row.includes("\t")) return;
    const when = (row.split("\t")[0] ?? "").trim();
    const year = /^(?:år\s+)?(\d{4})$/i.exec(when);
    if (year) {
      headingYear = Number(year[1]);
      return;
    }
    if (when === "" || /^(när|datum)$/i.test(when) || when.startsWith("<b>")) return;
    cells.push({ line: index + 1, when, ...(headingYear === undefined ? {} : { headingYear }) });
  });
  return cells;
}

describe("När cells of the example timelines", () => {
  it.each([
    ["tidsplan-verksamhetsledning-2007.txt", 2007, 14],
    ["simrishamn-tidplan-budget-2027.txt", 2026, 34],
  ])("every När cell of %s parses", (file, planYear, count) => {
    const cells = whenCells(file);
    expect(cells.length).toBe(count);
    const failures = cells.filter((c) => {
      const context: WhenContext = { planYear, ...(c.headingYear ? { headingYear: c.headingYear } : {}) };
      return !parseWhen(c.when, context).ok;
    });
    expect(failures).toEqual([]);
  });

  it("reads the seed's dates as the document means them", () => {
    const read = (when: string): string => {
      const r = parseWhen(when, { planYear: 2007 });
      return r.ok
        ? r.occurrences.map((o) => `${toIsoDate(o.start)}..${toIsoDate(o.end)}`).join(",")
        : r.reason;
    };
    expect(read("5 februari")).toBe("2007-02-05..2007-02-05");
    expect(read("mars-april")).toBe("2007-03-01..2007-04-30");
    expect(read("september-oktober")).toBe("2007-09-01..2007-10-31");
    expect(read("20 december")).toBe("2007-12-20..2007-12-20");
  });

  it("reads Simrishamn's '31 jan' under the heading 2027 in 2027, and '20 aug?' as tentative", () => {
    const jan = parseWhen("31 jan", { planYear: 2026, headingYear: 2027 });
    expect(jan.ok && toIsoDate(jan.occurrences[0]?.start ?? { year: 0, month: 0, day: 0 })).toBe(
      "2027-01-31",
    );
    const aug = parseWhen("20 aug?", { planYear: 2026 });
    expect(aug.ok && aug.tentative).toBe(true);
  });
});
