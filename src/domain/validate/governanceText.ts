/**
 * Text pieces shared by the governance rules' messages.
 */
import { addDays } from "../dates/plainDate";
import { isWorkingDay } from "../governance/workingDay";
import { formatDate } from "./describe";
import type { Bilingual, PlainDate } from "../types";

/** Said after a rule whose wording was found only in secondary sources (docs/GOVERNANCE-RULES.md). */
export const UNVERIFIED: Bilingual = {
  sv: "enligt sekundär källa, lagtextens ordalydelse ej verifierad",
  en: "per a secondary source; the wording of the law not verified",
};

/** "(KL 11 kap. 8 §)" with an optional note inside the parentheses. */
export function cite(section: string, note?: Bilingual): Bilingual {
  return note === undefined
    ? { sv: `(${section})`, en: `(${section})` }
    : { sv: `(${section}; ${note.sv})`, en: `(${section}; ${note.en})` };
}

/**
 * The söndagsregel sentence: the deadline fell on a non-working day, so a step on the next
 * working day may be in time, but whether that holds for this kind of deadline is disputed.
 */
export function sundayNote(deadline: PlainDate, disputed: boolean): Bilingual {
  const d = formatDate(deadline);
  let before = addDays(deadline, -1);
  for (let i = 0; i < 14 && !isWorkingDay(before); i += 1) before = addDays(before, -1);
  const b = formatDate(before, false);
  return disputed
    ? {
        sv: `Fristen ${d.sv} infaller på en dag som inte är arbetsdag. Enligt söndagsregeln (lag 1930:173 2 §) får en åtgärd då vidtas nästa vardag, men om det gäller en frist "före … månads utgång" är omstritt. Lägg steget senast arbetsdagen före, ${b.sv}.`,
        en: `The deadline ${d.en} falls on a non-working day. Under the Sunday rule (lag 1930:173 2 §) a step may then be taken on the next working day, but whether that applies to a "before the end of the month" deadline is disputed. Plan the step by the working day before, ${b.en}.`,
      }
    : {
        sv: `Fristen ${d.sv} infaller på en dag som inte är arbetsdag; enligt söndagsregeln (lag 1930:173 2 §) räcker nästa vardag.`,
        en: `The deadline ${d.en} falls on a non-working day; under the Sunday rule (lag 1930:173 2 §) the next working day is in time.`,
      };
}
