/**
 * The review's reasons, in Swedish and English: one builder per reason code (types.ts).
 */
import { isoWeekOf } from "../dates/isoWeek";
import { formatDate, weekdayOf } from "../validate/describe";
import { STEP_NAMES, type ProcessStep } from "../validate/matters";
import type { Bilingual, PlainDate } from "../types";
import type { DatePattern } from "./datePattern";
import type { RolloverReason } from "./types";

const ORDINAL_SV = ["", "första", "andra", "tredje", "fjärde", "femte"];
const ORDINAL_EN = ["", "first", "second", "third", "fourth", "fifth"];

const info = (code: RolloverReason["code"], message: Bilingual): RolloverReason => ({
  code,
  severity: "info",
  message,
});
const warning = (code: RolloverReason["code"], message: Bilingual): RolloverReason => ({
  code,
  severity: "warning",
  message,
});

/** Why the date is where the pattern put it. */
export function patternReason(pattern: DatePattern, date: PlainDate): RolloverReason {
  const day = weekdayOf(date);
  switch (pattern.kind) {
    case "iso-week": {
      const week = isoWeekOf(date).week;
      return info("iso-week", {
        sv: `Samma veckodag i samma vecka: ${day.sv} v. ${week}.`,
        en: `Same weekday of the same week: ${day.en}, week ${week}.`,
      });
    }
    case "nth-weekday": {
      const sv = pattern.nth === "last" ? "sista" : (ORDINAL_SV[pattern.nth] ?? "");
      const en = pattern.nth === "last" ? "last" : (ORDINAL_EN[pattern.nth] ?? "");
      return info("nth-weekday", {
        sv: `Samma dag i månaden som texten säger: ${sv} ${day.sv}en.`,
        en: `The same day of the month as the text says: the ${en} ${day.en}.`,
      });
    }
    case "same-date": {
      const d = formatDate(date, false);
      return info("same-date", {
        sv: `Samma datum, ${d.sv}: en tidsgräns eller en periods slut.`,
        en: `The same date, ${d.en}: a deadline or the end of a period.`,
      });
    }
  }
}

/** A month, season, week or quarter row. */
export function asWrittenReason(): RolloverReason {
  return info("as-written", {
    sv: "Månad, period eller vecka: flyttas som den är skriven.",
    en: "A month, period or week: moved as written.",
  });
}

/** The new date was a day off and moved to `to`. */
export function nonWorkingReason(from: PlainDate, off: Bilingual, to: PlainDate): RolloverReason {
  const [a, b] = [formatDate(from), formatDate(to)];
  return info("non-working-day", {
    sv: `${a.sv} är ${off.sv}; flyttad till närmaste arbetsdag, ${weekdayOf(to).sv} ${b.sv}.`,
    en: `${a.en} is ${off.en}; moved to the nearest working day, ${weekdayOf(to).en} ${b.en}.`,
  });
}

/** It moved the farther way, so as not to pass a step of its matter. */
export function orderKeptReason(later: boolean, step: ProcessStep, line: number): RolloverReason {
  const name = STEP_NAMES[step];
  return info("order-kept", {
    sv: `Flyttad ${later ? "framåt" : "bakåt"} i stället för till den närmare dagen, så att ordningen mot ${name.sv} (rad ${line}) håller.`,
    en: `Moved ${later ? "later" : "earlier"} rather than to the nearer day, so the order with ${name.en} (line ${line}) holds.`,
  });
}

/** It could not move without breaking the order of its matter: kept where it is. */
export function orderConflictReason(date: PlainDate, off: Bilingual | undefined): RolloverReason {
  const d = formatDate(date);
  const why = off === undefined ? { sv: "", en: "" } : { sv: ` (${off.sv})`, en: ` (${off.en})` };
  return warning("order-conflict", {
    sv: `${d.sv}${why.sv} behålls: ingen arbetsdag i närheten håller ordningen i ärendet. Välj ett datum.`,
    en: `${d.en}${why.en} is kept: no working day nearby keeps the order of the matter. Choose a date.`,
  });
}

/** The new plan has the steps of a matter in another order than the old one. */
export function orderBrokenReason(step: ProcessStep, line: number): RolloverReason {
  const name = STEP_NAMES[step];
  return warning("order-conflict", {
    sv: `Kommer nu före ${name.sv} (rad ${line}), som i den gamla planen kom före. Kontrollera datumen.`,
    en: `Now comes before ${name.en} (line ${line}), which came first in the old plan. Check the dates.`,
  });
}

/** The law (or the election year) put the date here. */
export function lawReason(from: PlainDate, to: PlainDate, law: Bilingual): RolloverReason {
  const [a, b] = [formatDate(from), formatDate(to)];
  return info("law-deadline", {
    sv: `Lagen går före det gamla datumet: ${law.sv}; ${a.sv} blir ${b.sv}.`,
    en: `The law comes before the old date: ${law.en}; ${a.en} becomes ${b.en}.`,
  });
}

/** A year in the text advanced. */
export function yearReason(field: "event" | "notes"): RolloverReason {
  return info("year-in-text", {
    sv: `Årtalet i ${field === "event" ? "händelsen" : "innehållet"} räknas upp.`,
    en: `The year in the ${field === "event" ? "event" : "notes"} advances.`,
  });
}

/** När could not be read: the row is kept as written. */
export function unreadableReason(): RolloverReason {
  return warning("unreadable", {
    sv: "När kan inte läsas, så raden behålls som den är. Skriv ett datum.",
    en: "When cannot be read, so the row is kept as it is. Write a date.",
  });
}
