/**
 * The findings of Härled datum, each with a stable code, a severity and a message in Swedish and
 * English (docs/GOVERNANCE-RULES.md, "Meeting chains").
 */
import { entryFinding } from "../validate/finding";
import { formatDate } from "../validate/describe";
import type { Bilingual, Finding, PlainDate, TimelineEntry } from "../types";
import type { Meeting } from "./meetings";

const day = (date: PlainDate): Bilingual => formatDate(date, false);
const meetingText = (m: Meeting): Bilingual => {
  const d = day(m.date);
  return { sv: `${m.organ} ${d.sv}`, en: `${m.organ} ${d.en}` };
};

/**
 * chain-hand-edited: a derived row edited by hand is left as it is (a warning when its meeting
 * has moved since, so the row is stale).
 *
 * @example
 * handEdited(presidiumRow, "presidium", plainDate(2027, 4, 1), true).severity; // "warning"
 */
export function handEdited(row: TimelineEntry, step: string, derived: PlainDate, stale: boolean): Finding {
  const d = formatDate(derived);
  return entryFinding(row, {
    code: "chain-hand-edited",
    severity: stale ? "warning" : "info",
    column: "when",
    message: stale
      ? {
          sv: `${row.event}: raden är ändrad för hand och lämnas som den är, men sammanträdet har flyttats sedan: kedjan ger nu ${step} ${d.sv}. Ändra raden själv, eller ta bort märket [härledd från …] i Innehåll och härled igen.`,
          en: `${row.event}: the row was edited by hand and is left as it is, but the meeting has moved since: the chain now gives ${step} ${d.en}. Change the row yourself, or remove the mark [derived from …] in Notes and derive again.`,
        }
      : {
          sv: `${row.event}: raden är ändrad för hand och lämnas som den är (kedjan ger ${d.sv}).`,
          en: `${row.event}: the row was edited by hand and is left as it is (the chain gives ${d.en}).`,
        },
    short: stale
      ? { sv: `Ändrad för hand; kedjan ger ${d.sv}`, en: `Edited by hand; the chain gives ${d.en}` }
      : { sv: "Ändrad för hand (lämnas)", en: "Edited by hand (kept)" },
  });
}

/**
 * chain-orphan: a derived row whose meeting or step is gone.
 *
 * @example
 * orphan(row, "ks1", "kallelse", true).code; // "chain-orphan"
 */
export function orphan(row: TimelineEntry, meetingId: string, step: string, meetingGone: boolean): Finding {
  return entryFinding(row, {
    code: "chain-orphan",
    severity: "warning",
    column: "notes",
    message: meetingGone
      ? {
          sv: `${row.event}: härledd från sammanträdet ${meetingId}, som inte längre finns i tabellen (eller inte är ett sammanträde). Raden lämnas; ta bort den om sammanträdet är inställt.`,
          en: `${row.event}: derived from the meeting ${meetingId}, which is no longer in the table (or no longer a meeting). The row is left; delete it if the meeting is cancelled.`,
        }
      : {
          sv: `${row.event}: steget "${step}" finns inte längre i kedjan för sammanträdet ${meetingId}. Raden lämnas; ta bort den om steget inte behövs.`,
          en: `${row.event}: the step "${step}" is no longer in the chain of the meeting ${meetingId}. The row is left; delete it if the step is not needed.`,
        },
    short: { sv: "Härledd rad utan sammanträde", en: "Derived row without its meeting" },
  });
}

/**
 * chain-shared-step: two meetings of one organ need the same step on the same day.
 *
 * @example
 * sharedStep(first, second, "presidium", plainDate(2027, 5, 7)).relatedEntryIds; // [first.entry.id]
 */
export function sharedStep(a: Meeting, b: Meeting, step: string, date: PlainDate): Finding {
  const d = formatDate(date);
  const ma = meetingText(a);
  const mb = meetingText(b);
  return entryFinding(b.entry, {
    code: "chain-shared-step",
    severity: "warning",
    column: "when",
    message: {
      sv: `Två kedjor behöver samma ${step} ${d.sv}: ${ma.sv} och ${mb.sv}. Håll ett gemensamt ${step} eller flytta ett av sammanträdena.`,
      en: `Two chains need the same ${step} on ${d.en}: ${ma.en} and ${mb.en}. Hold one ${step} for both or move one of the meetings.`,
    },
    short: { sv: `Samma ${step} som ${ma.sv}`, en: `Same ${step} as ${ma.en}` },
    relatedEntryIds: [a.entry.id],
  });
}

/**
 * chain-does-not-fit: a preparation step of a meeting falls before the organ's previous meeting.
 *
 * @example
 * doesNotFit(previous, next, "ärendestopp", plainDate(2027, 9, 7)).short?.sv; // "ärendestopp före förra sammanträdet"
 */
export function doesNotFit(previous: Meeting, next: Meeting, step: string, date: PlainDate): Finding {
  const d = formatDate(date);
  const mp = meetingText(previous);
  const mn = meetingText(next);
  return entryFinding(next.entry, {
    code: "chain-does-not-fit",
    severity: "warning",
    column: "when",
    message: {
      sv: `Kedjan för ${mn.sv} ryms inte: ${step} ${d.sv} kommer före föregående sammanträde (${mp.sv}), så ärenden därifrån hinner inte med. Glesa ut sammanträdena eller korta kedjan.`,
      en: `The chain of ${mn.en} does not fit: ${step} on ${d.en} comes before the previous meeting (${mp.en}), so its matters cannot go on. Space the meetings out or shorten the chain.`,
    },
    short: { sv: `${step} före förra sammanträdet`, en: `${step} before the previous meeting` },
    relatedEntryIds: [previous.entry.id],
  });
}

/**
 * chain-meeting-dates: a meeting row that is not one day gets no chain.
 *
 * @example
 * notOneDay(entryFor("4, 11 och 18 maj")).severity; // "info"
 */
export function notOneDay(entry: TimelineEntry): Finding {
  return entryFinding(entry, {
    code: "chain-meeting-dates",
    severity: "info",
    column: "when",
    message: {
      sv: `${entry.event}: ett sammanträde med flera dagar eller utan dag ("${entry.when}") får ingen kedja; skriv ett sammanträde per rad med dag.`,
      en: `${entry.event}: a meeting with several days or no day ("${entry.when}") gets no chain; write one meeting a row, with its day.`,
    },
    short: { sv: "En dag per rad för kedja", en: "One day a row for a chain" },
  });
}

/**
 * chain-template: a chain row of the Regler table that could not be read (a plan-wide finding).
 *
 * @example
 * templateProblem(18, { sv: "…", en: "…" }).message.sv; // "Regler rad 18: …"
 */
export function templateProblem(row: number, message: Bilingual): Finding {
  return {
    code: "chain-template",
    severity: "warning",
    entryId: "",
    line: row,
    message: { sv: `Regler rad ${row}: ${message.sv}`, en: `Regler row ${row}: ${message.en}` },
    short: { sv: "Kedjan kan inte läsas", en: "The chain cannot be read" },
  };
}
