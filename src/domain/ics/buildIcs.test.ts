import ICAL from "ical.js";
import fc from "fast-check";
import { buildIcs } from "./buildIcs";
import { icsClean } from "./icsHygiene";
import { uidDomain } from "./identity";
import { day, entry, parsedDays, parsedSpan, timeline } from "../../../test/fixtures/ics/timelineBuilders";

const STAMP = new Date(Date.UTC(2007, 0, 11, 8, 0, 0));
/** The UIDs' right-hand side for the builders' plan ("Tidsplan 2007", 2007). */
const AT = `@${uidDomain(timeline([]).plan)}`;

function events(text: string): ICAL.Event[] {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

function lineOf(text: string, prefix: string): string | undefined {
  return text.split("\r\n").find((line) => line.startsWith(prefix));
}

describe("buildIcs", () => {
  it("writes a one-day entry as an all-day event whose DTEND is the next day", () => {
    const t = timeline([
      entry({ id: "a", when: "5 februari", event: "MBL", parsed: parsedDays(day(2007, 2 /* feb */, 5)) }),
    ]);
    const { text, eventCount } = buildIcs(t, { profile: "add", dtstamp: STAMP });
    expect(eventCount).toBe(1);
    expect(text).toContain("DTSTART;VALUE=DATE:20070205\r\n");
    expect(text).toContain("DTEND;VALUE=DATE:20070206\r\n");
    expect(text).toContain("METHOD:PUBLISH\r\n");
    expect(text).toContain("PRODID:-//Tidsplan//Tidsplan 0.1//SV\r\n");
    expect(text).toContain(`UID:a-0${AT}\r\n`);
    expect(text).toContain("DTSTAMP:20070111T080000Z\r\n");
    // A one-day item never blocks the day unless asked (issue 14): free for every reader and Outlook.
    expect(text).toContain("TRANSP:TRANSPARENT\r\n");
    expect(text).toContain("X-MICROSOFT-CDO-BUSYSTATUS:FREE\r\n");
    const busy = buildIcs(t, { profile: "add", dtstamp: STAMP, allDay: "busy" }).text;
    expect(busy).toContain("TRANSP:OPAQUE\r\n");
    expect(busy).toContain("X-MICROSOFT-CDO-BUSYSTATUS:BUSY\r\n");
    const [event] = events(text);
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe("2007-02-05");
    expect(event?.endDate.toString()).toBe("2007-02-06");
  });

  it("writes mars–april as one transparent event from 1 March up to (not including) 1 May", () => {
    const t = timeline([
      entry({ id: "m", when: "mars-april", parsed: parsedSpan(day(2007, 3, 1), day(2007, 4, 30), "months") }),
    ]);
    const { text } = buildIcs(t, { profile: "add", dtstamp: STAMP });
    expect(text).toContain("DTSTART;VALUE=DATE:20070301\r\n");
    expect(text).toContain("DTEND;VALUE=DATE:20070501\r\n");
    expect(text).toContain("TRANSP:TRANSPARENT\r\n");
  });

  it("writes a list of days as one event per day with distinct UIDs", () => {
    const t = timeline([
      entry({ id: "l", parsed: parsedDays(day(2007, 1, 3), day(2007, 1, 17), day(2007, 1, 31)) }),
    ]);
    const { text, eventCount } = buildIcs(t, { profile: "add", dtstamp: STAMP });
    expect(eventCount).toBe(3);
    expect(events(text).map((e) => e.uid)).toEqual([`l-0${AT}`, `l-1${AT}`, `l-2${AT}`]);
  });

  it("leaves spans out when includeSpans is false", () => {
    const t = timeline([
      entry({ id: "m", parsed: parsedSpan(day(2007, 5, 1), day(2007, 5, 31), "month") }),
      entry({ id: "d", parsed: parsedDays(day(2007, 5, 11)) }),
    ]);
    expect(buildIcs(t, { profile: "add", includeSpans: false }).eventCount).toBe(1);
    expect(buildIcs(t, { profile: "add" }).eventCount).toBe(2);
  });

  it("marks deadlines in the summary in the chosen language and adds a reminder", () => {
    const parsed = { ...parsedDays(day(2007, 6, 30)), deadline: true };
    const t = timeline([entry({ id: "s", event: "Budget lämnas", parsed })]);
    const sv = buildIcs(t, { profile: "add", reminderDaysBeforeDeadline: 3 });
    expect(events(sv.text)[0]?.summary).toBe("Senast: Budget lämnas");
    expect(sv.text).toContain("BEGIN:VALARM\r\n");
    // Saturday 30 June 2007, three working days before: Wednesday 27 June at 09:00, not midnight
    // three days before (RFC 5545 §3.8.6.3: relative to DTSTART, midnight of the 30th).
    expect(sv.text).toContain("TRIGGER:-P2DT15H\r\n");
    const en = buildIcs(t, { profile: "add", lang: "en" });
    expect(events(en.text)[0]?.summary).toBe("Deadline: Budget lämnas");
    expect(en.text).not.toContain("VALARM");
  });

  it("marks tentative dates STATUS:TENTATIVE", () => {
    const t = timeline([entry({ id: "t", parsed: { ...parsedDays(day(2007, 9, 14)), tentative: true } })]);
    expect(buildIcs(t, { profile: "add" }).text).toContain("STATUS:TENTATIVE\r\n");
  });

  it("writes entries with a time as events in Europe/Stockholm with its VTIMEZONE", () => {
    const parsed = parsedDays(day(2007, 3, 26));
    const timed = {
      ...parsed,
      occurrences: [{ start: day(2007, 3, 26), end: day(2007, 3, 26), startTime: { hour: 9, minute: 30 } }],
    };
    const { text } = buildIcs(timeline([entry({ id: "k", parsed: timed })]), { profile: "add" });
    expect(text).toContain("DTSTART;TZID=Europe/Stockholm:20070326T093000\r\n");
    expect(text).toContain("DTEND;TZID=Europe/Stockholm:20070326T103000\r\n");
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n");
    const vtimezone = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vtimezone");
    expect(vtimezone).not.toBeNull();
    const zone = new ICAL.Timezone(vtimezone as ICAL.Component);
    const start = events(text)[0]?.startDate;
    if (start === undefined) throw new Error("no event");
    // 26 March 2007 is after the switch to summer time (25 March): 09:30 CEST is 07:30 UTC.
    start.zone = zone;
    expect(start.toUnixTime()).toBe(Date.UTC(2007, 2, 26, 7, 30) / 1000);
  });

  it("names the calendar only in the separate profile", () => {
    const t = timeline([entry({ id: "a", parsed: parsedDays(day(2007, 2, 5)) })], "Tidsplan, 2007; SDN");
    expect(buildIcs(t, { profile: "add" }).text).not.toContain("X-WR-CALNAME");
    expect(lineOf(buildIcs(t, { profile: "separate" }).text, "X-WR-CALNAME:")).toBe(
      "X-WR-CALNAME:Tidsplan\\, 2007\\; SDN",
    );
  });

  it("filters by owner and counts entries whose När could not be read", () => {
    const t = timeline([
      entry({ id: "a", owner: "Förvaltningsgruppen", parsed: parsedDays(day(2007, 2, 5)) }),
      entry({ id: "b", owner: "Avdelningschefer", parsed: parsedDays(day(2007, 2, 6)) }),
      entry({
        id: "c",
        owner: "Förvaltningsgruppen",
        parsed: { ok: false, reason: "unrecognised", message: { sv: "x", en: "x" } },
      }),
    ]);
    const result = buildIcs(t, { profile: "add", owner: "förvaltningsgruppen" });
    expect(result.eventCount).toBe(1);
    expect(result.unreadableCount).toBe(1);
    expect(events(result.text)[0]?.uid).toBe(`a-0${AT}`);
  });

  it("describes owner, notes, the När text and the plan; categorises by owner and kind", () => {
    const t = timeline([
      entry({
        id: "a",
        when: "5 februari",
        owner: "Förvaltningsgruppen",
        notes: "Bilaga 3",
        kind: "mbl",
        parsed: parsedDays(day(2007, 2, 5)),
      }),
    ]);
    const [event] = events(buildIcs(t, { profile: "add" }).text);
    expect(event?.description).toBe(
      "Ansvarig: Förvaltningsgruppen\nInnehåll: Bilaga 3\nNär: 5 februari\nPlan: Tidsplan 2007",
    );
    const categories = event?.component.getAllProperties("categories").flatMap((p) => p.getValues());
    expect(categories).toEqual(["Förvaltningsgruppen", "MBL"]);
  });

  it("never lets a cell containing CRLF BEGIN:VEVENT create an extra event (bug: ICS injection)", () => {
    const evil = "Möte\r\nBEGIN:VEVENT\r\nUID:evil\r\nEND:VEVENT\r\n";
    const t = timeline(
      [entry({ id: "a", event: evil, notes: evil, owner: evil, parsed: parsedDays(day(2007, 2, 5)) })],
      evil,
    );
    const { text } = buildIcs(t, { profile: "separate" });
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(events(text)).toHaveLength(1);
    expect(events(text)[0]?.summary).toBe(evil.replace(/\r\n/g, "\n").trim());
  });

  it("folds long Swedish lines at 75 octets without splitting a character", () => {
    const long = "Dialog om åtaganden, uppföljning och förbättring för äldreomsorgens enheter ".repeat(4);
    const t = timeline([entry({ id: "a", event: long + "😀ÅÄÖ", parsed: parsedDays(day(2007, 2, 5)) })]);
    const { text } = buildIcs(t, { profile: "add" });
    for (const line of text.split("\r\n")) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/\uFFFD/);
    }
    expect(events(text)[0]?.summary).toBe(long + "😀ÅÄÖ");
  });

  it("round-trips arbitrary event texts, notes and owners exactly (property)", () => {
    // Control characters are removed (RFC 5545 §3.3.11) and titles and owners trimmed: a cell that
    // is nothing else falls back to another title, tested apart.
    const cell = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 120 })
      .filter((s) => icsClean(s).trim() !== "");
    fc.assert(
      fc.property(cell, cell, cell, (event, notes, owner) => {
        const normalise = (s: string) => icsClean(s).trim();
        const t = timeline([entry({ id: "p", event, notes, owner, parsed: parsedDays(day(2007, 2, 5)) })]);
        const parsed = events(buildIcs(t, { profile: "add" }).text);
        expect(parsed).toHaveLength(1);
        expect(parsed[0]?.summary).toBe(normalise(event));
        const categories = parsed[0]?.component.getAllProperties("categories").flatMap((p) => p.getValues());
        expect(categories?.[0]).toBe(normalise(owner));
        expect(parsed[0]?.description).toContain(`Innehåll: ${icsClean(notes)}`);
      }),
      { numRuns: 300 },
    );
  });
});
