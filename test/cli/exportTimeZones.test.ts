/**
 * All-day dates must not move with the machine's time zone (ical-generator issues #38, #580):
 * the same plan is written under zones east and west of UTC and must come out identical.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const SNIPPET = join(ROOT, "test", "fixtures", "ics", "tzSnippet.ts");
const ZONES = ["UTC", "Pacific/Auckland", "America/Los_Angeles", "Europe/Stockholm"];

interface Rendered {
  readonly offset: number;
  readonly ics: string;
  readonly serial: string;
}

describe("output does not depend on the machine's time zone", () => {
  const out = execFileSync(process.execPath, [TSX, SNIPPET, ...ZONES], { encoding: "utf8", timeout: 60_000 });
  const results = JSON.parse(out) as Record<string, Rendered>;
  const utc = results["UTC"];

  it("writes the plan's own dates", () => {
    expect(utc?.ics).toContain("DTSTART;VALUE=DATE:20070101\r\nDTEND;VALUE=DATE:20070102\r\n");
    expect(utc?.ics).toContain("DTSTART;VALUE=DATE:20070325\r\nDTEND;VALUE=DATE:20070326\r\n");
    expect(utc?.ics).toContain("DTSTART;VALUE=DATE:20070301\r\nDTEND;VALUE=DATE:20070501\r\n");
    expect(utc?.ics).toContain("DTSTART;VALUE=DATE:20071231\r\nDTEND;VALUE=DATE:20080101\r\n");
    expect(utc?.ics).toContain("DTSTART;TZID=Europe/Stockholm:20071028T233000\r\n");
    expect(utc?.ics).toContain("DTSTAMP:20070111T120000Z\r\n");
    expect(utc?.serial).toBe("39083"); // 2007-01-01 in Excel's 1900 date system
  });

  it.each(ZONES.slice(1))("writes exactly the same in %s", (tz) => {
    const result = results[tz];
    expect(result?.offset).not.toBe(utc?.offset); // the zone really was in effect
    expect(result?.ics).toBe(utc?.ics);
    expect(result?.serial).toBe(utc?.serial);
  });
});
