import fc from "fast-check";
import { parseWhen } from "../dates/parseWhen";
import type { TimelineEntry } from "../types";
import { d, entry, onDays, timelineOf } from "./testEntries";
import { kontrollLine, summarize } from "./summarize";
import { DEFAULT_GOVERNANCE } from "../governance/settings";
import { validateTimeline } from "./validateTimeline";

const WHEN_WORDS = [
  "5 februari",
  "30 maj - 3 maj",
  "tisdag 14 mars",
  "v. 7",
  "mars-april",
  "",
  "snart",
  "31/12",
  "1 januari",
];
const EVENT_WORDS = [
  "Beslut om tertialrapport 1 i stadsdelsnämnden",
  "Utkast till tertialrapport 1",
  "MBL",
  "",
  "Lägesrapport",
];

describe("validateTimeline properties", () => {
  it("never throws and every finding has a code, a line and both languages", () => {
    const row = fc.record({
      when: fc.oneof(fc.constantFrom(...WHEN_WORDS), fc.string()),
      event: fc.oneof(fc.constantFrom(...EVENT_WORDS), fc.string()),
      owner: fc.oneof(fc.constantFrom("", "Förvaltningsgruppen", "Förvaltningsgrupen"), fc.string()),
      headingMonth: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), fc.integer({ min: 2005, max: 2009 }), (rows, year) => {
        const entries: TimelineEntry[] = rows.map((r) =>
          entry({
            when: r.when,
            event: r.event,
            owner: r.owner,
            parsed: parseWhen(r.when, { planYear: year }),
            ...(r.headingMonth !== undefined ? { headingMonth: r.headingMonth } : {}),
          }),
        );
        const findings = validateTimeline(timelineOf(entries, year), { minLeadWorkingDays: 3 });
        const counts = summarize(findings);
        expect(counts.error + counts.warning + counts.info).toBe(findings.length);
        for (const f of findings) {
          expect(f.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
          expect(f.code).not.toBe("internal-error");
          expect(f.message.sv.length).toBeGreaterThan(0);
          expect(f.message.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("kontrollLine", () => {
  it("joins a row's findings into one short line with severity symbols", () => {
    const findings = validateTimeline(
      timelineOf([
        entry({
          when: "8 december",
          event: "Beslut om verksamhetsplan 2008 i stadsdelsnämnden",
          owner: "",
          parsed: onDays(d(2007, 12 /* dec */, 8)),
        }),
      ]),
      // No MBL step in this one-row plan: mbl-before-decision would add its own line.
      { governance: { ...DEFAULT_GOVERNANCE, off: new Set(["mbl-before-decision"]) } },
    );
    expect(kontrollLine(findings, "sv")).toBe("⚠ Ansvarig saknas (förslag: Stadsdelsnämnden); ⚠ Lördag");
    expect(kontrollLine(findings, "en")).toBe("⚠ No owner (suggestion: Stadsdelsnämnden); ⚠ Saturday");
    expect(kontrollLine([], "sv")).toBe("");
  });
});
