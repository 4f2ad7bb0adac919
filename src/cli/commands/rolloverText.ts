/** The messages and the readable review of `tidsplan rollover`, in Swedish and English. */
import { toIsoDate } from "../../domain/dates/plainDate";
import type { RolloverChange, RolloverResult } from "../../domain/rollover";
import { planIdentity } from "../../domain/ics/identity";
import type { Bilingual, Language } from "../../domain/types";

export const ROLLOVER_USAGE: Bilingual = {
  sv: [
    "Användning: tidsplan rollover <fil> --to ÅÅÅÅ [--xlsx ut.xlsx] [--json] [--rules FIL] [--year ÅÅÅÅ] [--lang sv|en]",
    "  Gör nästa års plan av tidsplanen: samma veckodag i samma vecka (eller n:te veckodagen,",
    "  eller samma datum för en tidsgräns), aldrig på en helgdag eller afton, i ärendets ordning;",
    "  månader, perioder och veckor som de är skrivna; årtal i texten räknas upp. Lagens tidsgränser",
    "  (även valåret) går före det gamla datumet. Visar varje ändrad rad: gammalt och nytt datum, och varför.",
    "  --to    året för den nya planen",
    "  --xlsx  skriv den nya planen som arbetsbok (egen Plan-ID); indatafilen ändras aldrig",
    "  --json  granskningen och den nya planen som JSON",
    "  --rules regeltabellen (TSV eller .xlsx) med klämdagar och avstängda regler; annars arbetsbokens egen",
  ].join("\n"),
  en: [
    "Usage: tidsplan rollover <file> --to YYYY [--xlsx out.xlsx] [--json] [--rules FILE] [--year YYYY] [--lang sv|en]",
    "  Makes next year's plan out of the timeline: the same weekday of the same week (or the nth",
    "  weekday, or the same date for a deadline), never on a holiday or an afton, in the order of",
    "  its matter; months, periods and weeks as written; years in the text advance. The law's",
    "  deadlines (the election year too) come before the old date. Shows every changed row: old and new date, and why.",
    "  --to    the year of the new plan",
    "  --xlsx  write the new plan as a workbook (its own plan ID); the input file is never changed",
    "  --json  the review and the new plan as JSON",
    "  --rules the rules table (TSV or .xlsx) with klämdagar and rules turned off; else the workbook's own",
  ].join("\n"),
};

export const rolloverText = {
  noYear: {
    sv: "Ange året för den nya planen med --to ÅÅÅÅ.",
    en: "Give the new plan's year with --to YYYY.",
  },
  noFile: {
    sv: "Ange en tidsplan att göra nästa års plan av.",
    en: "Give a timeline to make next year's plan from.",
  },
  sameYear: (year: number): Bilingual => ({
    sv: `Planen gäller redan ${year}; ange ett annat år med --to.`,
    en: `The plan is already for ${year}; give another year with --to.`,
  }),
  sameAsInput: {
    sv: "--xlsx pekar på indatafilen; originalet ändras aldrig. Välj ett annat filnamn.",
    en: "--xlsx points at the input file; the original is never changed. Choose another file name.",
  },
};

function dates(start: RolloverChange["newStart"], end: RolloverChange["newEnd"]): string {
  if (start === undefined || end === undefined) return "–";
  return toIsoDate(start) === toIsoDate(end) ? toIsoDate(start) : `${toIsoDate(start)}–${toIsoDate(end)}`;
}

/**
 * The review as text: one block per row that changed, its reasons indented, the offers last.
 *
 * @example
 * rolloverReport(result, "sv"); // "Nästa års plan: TIDSPLAN … 2008 (från 2007) …\nrad 14  5 februari → 4 februari …"
 */
export function rolloverReport(result: RolloverResult, lang: Language): string {
  const { plan } = result.timeline;
  const sv = lang === "sv";
  const lines = [
    sv
      ? `Nästa års plan: ${plan.title} (${result.fromYear} → ${result.toYear}), ${result.review.length} rader, Plan-ID ${planIdentity(plan)}`
      : `Next year's plan: ${plan.title} (${result.fromYear} → ${result.toYear}), ${result.review.length} rows, plan ID ${planIdentity(plan)}`,
    "",
  ];
  let offers = 0;
  let warnings = 0;
  for (const change of result.review) {
    const where = sv ? `rad ${change.line}` : `line ${change.line}`;
    lines.push(
      `${where}  ${change.oldWhen || "–"} (${dates(change.oldStart, change.oldEnd)}) → ${change.newWhen || "–"} (${dates(change.newStart, change.newEnd)})  ${change.newEvent ?? change.event}`,
    );
    for (const reason of change.reasons) {
      if (reason.severity === "warning") warnings += 1;
      lines.push(`    ${reason.severity === "warning" ? "⚠ " : ""}${reason.message[lang]}`);
    }
    for (const offer of change.offers) {
      offers += 1;
      lines.push(
        sv
          ? `    Förslag (${offer.years.join(", ")} är inget planår; ändras inte av sig självt): ${offer.suggestion}`
          : `    Suggestion (${offer.years.join(", ")} is not a plan year; not changed by itself): ${offer.suggestion}`,
      );
    }
  }
  for (const offer of result.titleOffers) {
    offers += 1;
    lines.push(sv ? `Rubrik, förslag: ${offer.suggestion}` : `Title, suggestion: ${offer.suggestion}`);
  }
  lines.push(
    "",
    sv
      ? `${result.review.length} rader granskade, ${warnings} varningar, ${offers} förslag att ta ställning till.`
      : `${result.review.length} rows reviewed, ${warnings} warnings, ${offers} suggestions to decide on.`,
  );
  return `${lines.join("\n")}\n`;
}
