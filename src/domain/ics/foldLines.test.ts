import fc from "fast-check";
import ical, { foldLines } from "ical-generator";
import { calendarText } from "./calendarText";
import { foldIcsLines } from "./foldLines";
import { STOCKHOLM_TZID, stockholmTimezoneGenerator } from "./stockholmTimezone";

/** Any UTF-16 code unit, lone surrogates and bare CR/LF included, plus real pairs and CRLFs. */
const piece = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom("\r\n", "\r", "\n", "😀", "å", "€", "\ud83d", "\ude00", "x".repeat(80)),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);
const anyText = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(""));

function newCalendar(name: string) {
  return ical({
    prodId: { company: "Tidsplan", product: "Test", language: "SV" },
    name,
    timezone: { name: null, generator: stockholmTimezoneGenerator },
  });
}

describe("foldIcsLines", () => {
  it("breaks long Swedish lines exactly where ical-generator does", () => {
    const line = "DESCRIPTION:" + "Förvaltningsgruppen och åtaganden för äldreomsorgen ".repeat(5);
    const folded = foldIcsLines(line);
    expect(folded).toBe(foldLines(line));
    expect(folded.split("\r\n").length).toBeGreaterThan(3);
    for (const physical of folded.split("\r\n")) expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);
  });

  it("gives byte-identical output to ical-generator's foldLines for any text (property)", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(foldIcsLines(text)).toBe(foldLines(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("folds many times faster than ical-generator's foldLines (bug: 10,000-row ICS took 23 s)", () => {
    // CPU time of the same fold, ours against the library's: wall clock is no measure on a busy
    // machine. The library spends about 1 µs per character; ours is tens of times faster.
    const line = "SUMMARY:Beslut om tertialrapport i nämnden, åtaganden och uppföljning 😀 ".repeat(3);
    const body = `${line}\r\n`.repeat(1_000);
    const cpu = (fold: (text: string) => string): [number, string] => {
      const before = process.cpuUsage();
      const folded = fold(body);
      const { user, system } = process.cpuUsage(before);
      return [user + system, folded];
    };
    const [ours, folded] = cpu(foldIcsLines);
    const [library, expected] = cpu(foldLines);
    expect(folded).toBe(expected);
    expect(ours * 5).toBeLessThan(library);
  });
});

describe("calendarText", () => {
  it("equals calendar.toString() for all-day and timed events with alarms", () => {
    const calendar = newCalendar("Tidsplan 2027, förvaltningen");
    calendar.createEvent({
      id: "a",
      stamp: new Date(0),
      start: new Date(Date.UTC(2027, 1, 5)),
      allDay: true,
      summary: "Senast: Budget lämnas till kommunstyrelsens arbetsutskott för beredning 😀",
      description: "Ansvarig: Ekonomi\nNär: senast 5 februari",
      alarms: [{ trigger: 86_400 * 3, description: "Senast: Budget" }],
    });
    calendar.createEvent({
      id: "b",
      stamp: new Date(0),
      timezone: STOCKHOLM_TZID,
      start: "2027-03-26T09:30:00",
      end: "2027-03-26T10:30:00",
      summary: "MBL",
    });
    const text = calendarText(calendar, newCalendar("Tidsplan 2027, förvaltningen"));
    expect(text).toBe(calendar.toString());
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n");
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(2);
  });

  it("equals calendar.toString() for a calendar without events", () => {
    const calendar = newCalendar("Tom");
    expect(calendarText(calendar, newCalendar("Tom"))).toBe(calendar.toString());
  });

  it("equals calendar.toString() for arbitrary summaries, with or without a time (property)", () => {
    const event = fc.record({ summary: anyText, timed: fc.boolean(), day: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 6 }), anyText, (events, name) => {
        const calendar = newCalendar(name);
        events.forEach((e, i) =>
          calendar.createEvent({
            id: `e${i}`,
            stamp: new Date(0),
            summary: e.summary,
            ...(e.timed
              ? { timezone: STOCKHOLM_TZID, start: `2027-05-${String(e.day).padStart(2, "0")}T13:00:00` }
              : { allDay: true, start: new Date(Date.UTC(2027, 4, e.day)) }),
          }),
        );
        expect(calendarText(calendar, newCalendar(name))).toBe(calendar.toString());
      }),
      { numRuns: 100 },
    );
  });
});
