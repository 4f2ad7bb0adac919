/**
 * Derived rows are ordinary rows of the plan: they reach the .ics (with a reminder where the
 * template asks for one: the row is written as a deadline, "senast …"), the calendar sheet and
 * the årshjul.
 */
import { plainDate } from "../dates/plainDate";
import { buildIcs } from "../ics/buildIcs";
import { importRows } from "../import/importRows";
import { buildCalendarSheet } from "../sheet/buildCalendarSheet";
import { buildWheelSvg } from "../wheel/buildWheelSvg";
import { applyDerived } from "./applyDerived";
import { readChainRules } from "./chainRules";
import { deriveChains } from "./deriveChains";

const plan = importRows(
  [{ line: 5, id: "ks1", when: "1 april", event: "Kommunstyrelsen", owner: "Kommunstyrelsen", notes: "" }],
  { title: "Sammanträdesplan", year: 2027 },
);
const chains = readChainRules([
  ["Kedja: Kommunstyrelsen", "På", "kallelse 5 dagar före (påminnelse); presidium 7 dagar före", ""],
]).templates;
const derived = applyDerived(plan, deriveChains(plan, chains));

describe("derived rows flow through the outputs", () => {
  it("are events of the .ics, the step with a reminder as a deadline with an alarm", () => {
    const ics = buildIcs(derived, {
      profile: "add",
      reminderDaysBeforeDeadline: 1,
      dtstamp: new Date(Date.UTC(2027, 0, 1)),
    });
    const text = ics.text.replace(/\r\n /gu, "");
    expect(ics.eventCount).toBe(3);
    expect(text).toContain("SUMMARY:Senast: Kallelse – Kommunstyrelsen 1 april");
    expect(text).toContain("SUMMARY:Presidium – Kommunstyrelsen 1 april");
    expect(text).toContain("DTSTART;VALUE=DATE:20270325");
    // One alarm: the kallelse's (a deadline); the presidium has none.
    expect(text.match(/BEGIN:VALARM/gu)).toHaveLength(1);
  });

  it("are on the calendar sheet and in the årshjul", () => {
    const sheet = buildCalendarSheet(derived, { lang: "sv", year: 2027 });
    const texts = sheet.cells.map((cell) => JSON.stringify(cell.value));
    expect(texts.some((t) => t.includes("Kallelse – Kommunstyrelsen 1 april"))).toBe(true);
    const svg = buildWheelSvg(derived, { lang: "sv", rings: "owner" });
    expect(svg).toContain("Presidium – Kommunstyrelsen 1 april");
    expect(derived.entries.find((e) => e.id === "ks1-kallelse")?.parsed).toMatchObject({
      ok: true,
      deadline: true,
      occurrences: [{ start: plainDate(2027, 3 /* mar */, 25) }],
    });
  });
});
