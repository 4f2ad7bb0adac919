/**
 * `tidsplan export` calendar flags (issue 14): --previous (SEQUENCE and cancellations),
 * --split-by owner --ics-dir (one file per owner), --all-day, --reminders and --refresh, read back
 * with ical.js and python3-icalendar.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runExport } from "../../src/cli/commands/export";
import { eventsWithIcalJs, eventsWithPython } from "../fixtures/ics/readEvents";
import { captureIo } from "./captureIo";

const SEED = join(__dirname, "..", "..", "examples", "tidsplan-verksamhetsledning-2007.txt");

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), "tidsplan-flags-"));
  copyFileSync(SEED, join(dir, "plan.txt"));
  return dir;
}

describe("tidsplan export --previous", () => {
  it("cancels a removed row (SEQUENCE 1), keeps every other UID and SEQUENCE, overwriting the previous file", async () => {
    const dir = workdir();
    const io = captureIo({ LANG: "sv_SE.UTF-8" }, dir);
    expect(await runExport(["plan.txt", "--ics", "plan.ics"], io)).toBe(0);
    const before = eventsWithIcalJs(readFileSync(join(dir, "plan.ics"), "utf8"));
    const text = readFileSync(join(dir, "plan.txt"), "utf8");
    // The seed's "Kommunfullmäktige fastställer budget 2008" row is removed.
    const lines = text.split("\n");
    const removed = lines.findIndex((line) => line.includes("Kommunfullmäktige fastställer budget 2008"));
    expect(removed).toBeGreaterThan(0);
    writeFileSync(join(dir, "plan.txt"), lines.filter((_, index) => index !== removed).join("\n"));
    const again = captureIo({ LANG: "sv_SE.UTF-8" }, dir);
    expect(await runExport(["plan.txt", "--ics", "plan.ics", "--previous", "plan.ics"], again)).toBe(0);
    expect(again.out()).toBe(
      `Skrev ${join(dir, "plan.ics")} (35 händelser), varav 1 inställda (borttagna sedan förra exporten)\n`,
    );
    const after = eventsWithPython(join(dir, "plan.ics")).events;
    expect(after.map((event) => event.uid)).toEqual(before.map((event) => event.uid));
    const cancelled = after.filter((event) => event.status === "CANCELLED");
    expect(cancelled.map((event) => [event.summary, event.sequence])).toEqual([
      ["Kommunfullmäktige fastställer budget 2008", 1],
    ]);
    expect(after.filter((event) => event.sequence > 0)).toHaveLength(1);
  });

  it("treats a missing previous file as a first export and says so", async () => {
    const dir = workdir();
    const io = captureIo({ LANG: "en_GB.UTF-8" }, dir);
    expect(await runExport(["plan.txt", "--ics", "plan.ics", "--previous", "nothing-yet.ics"], io)).toBe(0);
    expect(io.err()).toBe(
      `No previous export at ${join(dir, "nothing-yet.ics")}: every event is written as new.\n`,
    );
    expect(eventsWithIcalJs(readFileSync(join(dir, "plan.ics"), "utf8"))).toHaveLength(36);
  });
});

describe("tidsplan export --split-by owner --ics-dir", () => {
  it("writes one subscribable file per owner and one for rows without; together the whole plan with its UIDs", async () => {
    const dir = workdir();
    const io = captureIo({ LANG: "sv_SE.UTF-8" }, dir);
    expect(await runExport(["plan.txt", "--ics", "plan.ics"], io)).toBe(0);
    expect(
      await runExport(
        ["plan.txt", "--split-by", "owner", "--ics-dir", "kalendrar", "--profile", "separate"],
        io,
      ),
    ).toBe(0);
    const files = readdirSync(join(dir, "kalendrar")).sort();
    expect(files).toContain("Förvaltningsgruppen.ics");
    expect(files).toContain("utan ansvarig.ics");
    const whole = eventsWithIcalJs(readFileSync(join(dir, "plan.ics"), "utf8")).map((event) => event.uid);
    const parts = files.flatMap((file) => {
      const text = readFileSync(join(dir, "kalendrar", file), "utf8");
      expect(text).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n");
      expect(text).toContain("X-PUBLISHED-TTL:PT12H\r\n");
      expect(text).toMatch(/^X-WR-CALNAME:TIDSPLAN FÖR VERKSAMHETSLEDNING 2007 – /m);
      expect(eventsWithPython(join(dir, "kalendrar", file)).events.length).toBeGreaterThan(0);
      return eventsWithIcalJs(text).map((event) => event.uid);
    });
    expect(parts.sort()).toEqual([...whole].sort());
  });

  it("refuses --split-by without --ics-dir and --ics-dir without --split-by (exit 2)", async () => {
    const dir = workdir();
    const io = captureIo({ LANG: "en_GB.UTF-8" }, dir);
    expect(await runExport(["plan.txt", "--split-by", "owner", "--ics", "a.ics"], io)).toBe(2);
    expect(await runExport(["plan.txt", "--ics-dir", "out"], io)).toBe(2);
    expect(await runExport(["plan.txt", "--split-by", "kind", "--ics-dir", "out"], io)).toBe(2);
    expect(io.err()).toContain("--split-by owner writes one file per owner");
    expect(io.err()).toContain("--ics-dir goes with --split-by owner");
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});

describe("tidsplan export --all-day, --reminders, --refresh", () => {
  it("writes all-day items busy, reminders at 09:00 and the refresh interval as asked", async () => {
    const dir = workdir();
    writeFileSync(
      join(dir, "deadline.txt"),
      "När\tHändelse\tAnsvar\nsenast 4 juni 2007\tUnderlag lämnas\tKS\n",
    );
    const io = captureIo({ LANG: "sv_SE.UTF-8" }, dir);
    const args = ["deadline.txt", "--ics", "d.ics", "--all-day", "busy", "--reminders", "1"];
    expect(await runExport([...args, "--profile", "separate", "--refresh", "2"], io)).toBe(0);
    const text = readFileSync(join(dir, "d.ics"), "utf8");
    expect(text).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT2H\r\n");
    const [event] = eventsWithPython(join(dir, "d.ics")).events;
    expect([event?.transp, event?.busy, event?.alarms]).toEqual(["OPAQUE", "BUSY", ["-P2DT15H"]]);
    expect(await runExport(["deadline.txt", "--ics", "x.ics", "--reminders", "0"], io)).toBe(2);
    expect(await runExport(["deadline.txt", "--ics", "x.ics", "--all-day", "maybe"], io)).toBe(2);
  });
});
