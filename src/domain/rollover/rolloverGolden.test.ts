/**
 * The golden file of the seed rolled to 2008: the new plan and the review of every row (old and
 * new När and dates, reasons in both languages, year offers). After a deliberate change,
 * regenerate with `UPDATE_GOLDEN=1 npx jest src/domain/rollover/rolloverGolden` and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { toIsoDate } from "../dates/plainDate";
import { importTimeline } from "../import/importTimeline";
import type { PlainDate } from "../types";
import { rolloverPlan } from "./rolloverPlan";

const ROOT = join(__dirname, "..", "..", "..");
const SEED = join(ROOT, "examples", "tidsplan-verksamhetsledning-2007.txt");
const GOLDEN = join(ROOT, "test", "golden", "seed-rollover-2008.json");

const iso = (d: PlainDate | undefined): string | null => (d === undefined ? null : toIsoDate(d));

it("the seed rolled to 2008 matches the golden review", () => {
  const imported = importTimeline({
    text: readFileSync(SEED, "utf8"),
    fileName: "tidsplan-verksamhetsledning-2007.txt",
  });
  if (!imported.ok) throw new Error(imported.message.en);
  const result = rolloverPlan(imported.timeline, 2008);
  const golden = {
    plan: result.timeline.plan,
    titleOffers: result.titleOffers,
    review: result.review.map((c) => ({
      id: c.entryId,
      line: c.line,
      event: c.event,
      oldWhen: c.oldWhen,
      newWhen: c.newWhen,
      old: [iso(c.oldStart), iso(c.oldEnd)],
      new: [iso(c.newStart), iso(c.newEnd)],
      ...(c.newEvent === undefined ? {} : { newEvent: c.newEvent }),
      ...(c.newNotes === undefined ? {} : { newNotes: c.newNotes }),
      reasons: c.reasons.map((r) => ({
        code: r.code,
        severity: r.severity,
        sv: r.message.sv,
        en: r.message.en,
      })),
      offers: c.offers.map((o) => ({ field: o.field, years: o.years, suggestion: o.suggestion })),
    })),
  };
  const actual = `${JSON.stringify(golden, null, 2)}\n`;
  if (process.env["UPDATE_GOLDEN"] === "1" || !existsSync(GOLDEN)) writeFileSync(GOLDEN, actual);
  expect(actual).toBe(readFileSync(GOLDEN, "utf8"));
  expect(golden.review).toHaveLength(36);
});
