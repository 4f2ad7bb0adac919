/** Small hand-built timelines for the workbook tests (dates written so months can't be misread). */
import type { PlainDate, Timeline, TimelineEntry } from "../../src/domain/types";

const day = (year: number, month: number, d: number): PlainDate => ({ year, month, day: d });

export function entry(
  id: string,
  line: number,
  when: string,
  date: PlainDate,
  event: string,
  owner = "",
): TimelineEntry {
  return {
    id,
    line,
    when,
    parsed: {
      ok: true,
      occurrences: [{ start: date, end: date }],
      precision: "day",
      deadline: false,
      tentative: false,
      explicitYear: false,
    },
    event,
    owner,
    notes: "",
    kind: "decision",
  };
}

export const planInfo = { title: "Tidsplan för verksamhetsledning", year: 2007 };

export function smallTimeline(): Timeline {
  return {
    plan: planInfo,
    skipped: [],
    entries: [
      entry("a1", 1, "5 februari", day(2007, 2 /* feb */, 5), "Budgetdialog", "KS"),
      entry(
        "b2",
        2,
        "12 mars",
        day(2007, 3 /* mar */, 12),
        '=HYPERLINK("http://x","klicka")',
        "Förvaltningsgruppen",
      ),
      entry("c3", 3, "30 april", day(2007, 4 /* apr */, 30), "+SUM(A1)", ""),
    ],
  };
}

export function bigTimeline(count: number): Timeline {
  const entries: TimelineEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const d = day(2007, (i % 12) + 1, (i % 28) + 1);
    entries.push(entry(`e${i}`, i + 1, `${d.day}/${d.month}`, d, `Händelse nummer ${i}`, "KS"));
  }
  return { plan: planInfo, skipped: [], entries };
}
