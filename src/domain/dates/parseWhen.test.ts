/**
 * Fixture-driven tests of parseWhen: every line of test/fixtures/when/cases.tsv is one case, so
 * adding a notation is adding a line. Columns: text, planYear, expected, context (optional).
 *
 * expected is "FAIL <reason>", or occurrences (comma-separated, "start..end" or one day), the
 * precision, and flags: deadline, tentative, reversed, explicit-year, weekday=N, period-end,
 * time=HH:MM or time=HH:MM-HH:MM (the same on every occurrence) or times=A|B|- (per occurrence,
 * "-" for none), alt=<occurrences> (the alternatives), marks=<index><mark>,… (footnote marks).
 * Flags not listed must be off.
 * context holds headingMonth=N and/or headingYear=N.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Occurrence, PlainTime, WhenContext } from "../types";
import { parseWhen, whenFromExcelDate } from "./parseWhen";
import { plainDate, toIsoDate } from "./plainDate";

interface Case {
  readonly line: number;
  readonly text: string;
  readonly context: WhenContext;
  readonly expected: string;
}

function readCases(): Case[] {
  const path = join(__dirname, "../../../test/fixtures/when/cases.tsv");
  const lines = readFileSync(path, "utf8").split("\n");
  const cases: Case[] = [];
  lines.forEach((raw, index) => {
    if (index === 0 || raw.trim() === "" || raw.startsWith("#")) return;
    const [text = "", planYear = "", expected = "", extra = ""] = raw.split("\t");
    const context: { planYear: number; headingMonth?: number; headingYear?: number } = {
      planYear: Number(planYear),
    };
    for (const pair of extra.split(/\s+/).filter(Boolean)) {
      const [key, value] = pair.split("=");
      if (key === "headingMonth") context.headingMonth = Number(value);
      if (key === "headingYear") context.headingYear = Number(value);
    }
    cases.push({ line: index + 1, text, context, expected });
  });
  return cases;
}

const hhmm = (t: PlainTime | undefined): string =>
  t === undefined ? "" : `${String(t.hour).padStart(2, "0")}:${String(t.minute).padStart(2, "0")}`;

function occurrenceText(o: Occurrence): string {
  const start = toIsoDate(o.start);
  const end = toIsoDate(o.end);
  return start === end ? start : `${start}..${end}`;
}

/** The parse result written in the fixture's own notation. */
function describe_(text: string, context: WhenContext): string {
  const r = parseWhen(text, context);
  if (!r.ok) return `FAIL ${r.reason}`;
  const parts = [r.occurrences.map(occurrenceText).join(","), r.precision];
  if (r.deadline) parts.push("deadline");
  if (r.tentative) parts.push("tentative");
  if (r.reversed) parts.push("reversed");
  if (r.explicitYear) parts.push("explicit-year");
  if (r.statedWeekday !== undefined) parts.push(`weekday=${r.statedWeekday}`);
  if (r.periodEnd) parts.push("period-end");
  const timeOf = (o: Occurrence): string =>
    o.startTime ? `${hhmm(o.startTime)}${o.endTime ? `-${hhmm(o.endTime)}` : ""}` : "-";
  const times = r.occurrences.map(timeOf);
  if (times.some((t) => t !== "-")) {
    // One time= when every occurrence has the same time, else times= per occurrence ("-" none).
    parts.push(times.every((t) => t === times[0]) ? `time=${times[0]}` : `times=${times.join("|")}`);
  }
  if (r.alternatives) parts.push(`alt=${r.alternatives.map(occurrenceText).join(",")}`);
  if (r.marks) parts.push(`marks=${r.marks.map((m) => `${m.index}${m.mark}`).join(",")}`);
  return parts.join(" ");
}

const cases = readCases();

describe("parseWhen fixture cases (test/fixtures/when/cases.tsv)", () => {
  it("has a case for every notation family (at least 120 cases)", () => {
    expect(cases.length).toBeGreaterThanOrEqual(120);
  });

  it.each(cases.map((c) => [`line ${c.line}: "${c.text}"`, c] as const))("%s", (_name, c) => {
    expect(describe_(c.text, c.context)).toBe(c.expected);
  });
});

describe("parseWhen failures", () => {
  it("quotes the text in a Swedish and an English message for an impossible date", () => {
    const r = parseWhen("31 februari", { planYear: 2026 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message.sv).toContain('"31 februari"');
    expect(r.message.en).toContain('"31 februari"');
    expect(r.message.sv).not.toBe(r.message.en);
  });

  it("tells what notations are expected when nothing is a date", () => {
    const r = parseWhen("någon gång", { planYear: 2026 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe("unrecognised");
    expect(r.message.sv).toContain("7 mars");
    expect(r.message.en).toContain("7 March");
  });
});

describe("whenFromExcelDate", () => {
  it("reads an Excel date cell as that one day, with its year written", () => {
    const r = whenFromExcelDate(plainDate(2007, 2 /* feb */, 5));
    expect(r.occurrences.map(occurrenceText)).toEqual(["2007-02-05"]);
    expect(r.precision).toBe("day");
    expect(r.explicitYear).toBe(true);
    expect(r.deadline || r.tentative).toBe(false);
  });
});

describe("parseWhen times", () => {
  it("gives every occurrence of a list the same start and end time", () => {
    const r = parseWhen("4, 11 och 18 maj kl. 9.00-12.00", { planYear: 2007 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.occurrences.map((o) => `${hhmm(o.startTime)}-${hhmm(o.endTime)}`)).toEqual([
      "09:00-12:00",
      "09:00-12:00",
      "09:00-12:00",
    ]);
  });
});
