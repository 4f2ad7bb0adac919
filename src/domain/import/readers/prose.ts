/**
 * The prose reader: a paragraph such as "I slutet av mars fattar styrelsen beslut om ramarna och
 * i början av maj skickas anvisningarna ut." gives one entry per dated clause, the clause as its
 * Händelse. Such entries are marked as read from prose, so that the preview and the check ask the
 * user to look at them.
 */
import { compareDates, parseWhen } from "../../dates";
import type { RawRow, ReadingNote, WhenContext } from "../../types";
import { findDatePhrases, isPeriodLabel, type DatePhrase } from "../datePhrases";

const MIN_PROSE_WORDS = 12;
/** At most this many words after a date make the line a date and a place, not prose. */
const MAX_PLACE_WORDS = 5;

function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[.!?](?=\s+\p{Lu})/gu;
  let start = 0;
  for (const m of text.matchAll(re)) {
    out.push({ start, end: m.index + 1 });
    start = m.index + 1;
  }
  out.push({ start, end: text.length });
  return out;
}

function clauseText(text: string): string {
  return text
    .trim()
    .replace(/^(?:och|samt|,)\s+/iu, "")
    .replace(/[\s,;]+(?:och|samt)?$/iu, "")
    .trim();
}

/**
 * A date restated in parentheses ("i början av december (20 december 2022)"): the one in the
 * parentheses dates the row; when it falls outside the other, the row says so and offers it.
 *
 * @example
 * restatedDate("i början av december (20 december 2022)", { planYear: 2022 })?.when // → "20 december 2022"
 */
export function restatedDate(
  phrase: string,
  context: WhenContext,
): { when: string; note?: ReadingNote } | undefined {
  const open = phrase.indexOf("(");
  if (open <= 0) return undefined;
  const outer = phrase.slice(0, open).trim();
  const inner = phrase
    .slice(open + 1)
    .replace(/\).*$/u, "")
    .trim();
  // "i april (tertial 1)": the parentheses name April's report, they do not date it.
  if (isPeriodLabel(inner)) return undefined;
  const b = parseWhen(inner, context);
  if (!b.ok) return undefined;
  // The outer date read in the year the inner one names, when it names none itself.
  const year = b.occurrences[0]?.start.year ?? context.planYear;
  const a = parseWhen(outer, { ...context, planYear: year, headingYear: year });
  if (!a.ok) return undefined;
  const span = { start: a.occurrences[0]?.start, end: a.occurrences[a.occurrences.length - 1]?.end };
  const within = b.occurrences.every(
    (o) =>
      span.start !== undefined &&
      span.end !== undefined &&
      compareDates(span.start, o.start) <= 0 &&
      compareDates(o.end, span.end) <= 0,
  );
  if (within) return { when: inner };
  return {
    when: inner,
    note: {
      code: "restated-date",
      message: {
        sv: `Texten säger både "${outer}" och "${inner}", som inte stämmer överens; läst som ${inner}.`,
        en: `The text says both "${outer}" and "${inner}", which disagree; read as ${inner}.`,
      },
      alternativeWhen: outer,
    },
  };
}

function tentativeWhen(when: string, context: WhenContext): boolean {
  const parsed = parseWhen(when, context);
  return parsed.ok && parsed.tentative;
}

/** A clause that says no meeting takes place then ("sker inga sammanträden", "inget möte"). */
const NOTHING_HAPPENS = /(?<!\p{L})(?:inga|inget|ingen)\s+(?:\p{L}+\s+)?(?:sammanträd|möte)/iu;

/** A word before a date that makes it the time something does not happen ("utom januari och juli"). */
const EXCEPT_BEFORE = /^(?:utom|förutom|undantaget|except)$/iu;

/** A count of times before a date, which makes it how often something happens ("två gånger på hösten"). */
const TIMES_BEFORE =
  /(?<!\p{L})(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\s+gång(?:er)?(?:\s+(?:per|om|i)\s+år(?:et)?)?,?$/iu;

/**
 * Text before a date that makes it the period a report covers, not a day something happens
 * ("Delårsrapporten omfattar perioden 1 januari till och med 31 augusti", "Delårsrapporten efter
 * april och augusti innehåller …").
 */
const COVERS_BEFORE =
  /(?<!\p{L})(?:(?:omfattar|avser|täcker)(?:\s+(?:perioden|tiden))?|(?:delårsrapport|rapport|uppföljning|prognos)\p{L}*\s+efter)$/iu;

/** Text before a date that makes it the date something is moved to ("flyttas fram till den"). */
const MOVED_TO =
  /(?:flyttas|flyttats|flyttades|flyttas fram|flyttas över|byter dag|byts|ändras|ändrats|skjuts upp|senareläggs|tidigareläggs|planerat|planerad|planerade|inplanerat|inplanerad|utsatt|bokat|bokad)\s+(?:\p{L}+\s+)?till(?:\s+den)?$/iu;

/**
 * Whether a text ends where a date it moves or plans something to follows ("Nästa KF är
 * planerat till den", "flyttas fram till"): that date is the text's own, not a reference.
 *
 * @example
 * movedOrPlannedTo("Nästa KF är planerat till den") // → true
 */
export function movedOrPlannedTo(text: string): boolean {
  return MOVED_TO.test(text.trimEnd());
}

/** A clause that says its meeting is cancelled ("kommer detta sammanträde att ställas in"). */
export const CANCELLED =
  /(?<!\p{L})(?:ställ(?:s|as|ts|des|a)?\s+in|inställ(?:t|d|da|des|s)?|(?:sammanträdet|mötet)\s+utgår)(?!\p{L})/iu;

/** Text before a date that makes it the date something was planned for before it moved ("som skulle ha ägt rum den"). */
const MOVED_FROM =
  /(?:skulle(?:\s+ha)?\s+(?:ägt|äga)\s+rum|var\s+(?:planerat|planerad|inplanerat|utsatt)(?:\s+till)?|(?:flyttas|flyttats|flyttades)\s+från)(?:\s+den)?$/iu;

/**
 * The dates of a text without those a meeting was moved from, when the same sentence says where
 * it moved to ("Sammanträdet som skulle ägt rum den 16 november flyttas fram till den 23
 * november"): the old date is no meeting; the new one's clause still says both.
 *
 * @example
 * dropMovedFrom(text, phrases).map((p) => p.text) // → ["den 23 november"]
 */
export function dropMovedFrom(text: string, phrases: readonly DatePhrase[]): DatePhrase[] {
  const movedTo = phrases.filter((p) => MOVED_TO.test(text.slice(0, p.start).trimEnd()));
  if (movedTo.length === 0) return [...phrases];
  return phrases.filter((p) => {
    if (!MOVED_FROM.test(text.slice(0, p.start).trimEnd())) return true;
    // Only when the move is said in the same sentence.
    return !movedTo.some((to) => to.start > p.end && !/[.!?]\s/u.test(text.slice(p.end, to.start)));
  });
}

/**
 * Words of a clause that make its date preliminary: "för ett eventuellt extra sammanträde", "vid
 * behov", "preliminärt den 24 november", "ett preliminärt datum". Not "en preliminär
 * bokslutsrapport" or "preliminära ramar": a draft of a document, made on its date all the same.
 */
const TENTATIVE_CLAUSE =
  /(?<!\p{L})(?:eventuell|eventuellt|eventuella|vid behov|(?:preliminär|preliminärt|preliminära)(?=\s*(?:$|[,.;:)]|(?:datum|sammanträde\p{L}*|möte\p{L}*|tid|tidpunkt|planerat|planerad)(?!\p{L})|den\s+\d|\d)))(?!\p{L})/iu;

/** Words and marks that begin a new clause of a sentence. */
const CLAUSE_BOUNDARY = /[,;]\s+|\s(?:och|samt|men)\s/giu;

/**
 * Where the clause of a date at `to` begins, when a clause boundary stands between the end of the
 * date before it (`from`) and it: the last such boundary. Undefined when there is none.
 *
 * @example
 * clauseCut("i oktober och fastställs i november", 9, 26) // → 9 (at " och")
 */
export function clauseCut(text: string, from: number, to: number): number | undefined {
  let cut: number | undefined;
  for (const m of text.slice(from, to).matchAll(CLAUSE_BOUNDARY)) cut = from + m.index;
  return cut;
}

/** A clause that speaks of a meeting without naming whose ("Första sammanträdet under 2022 är …"). */
const GENERIC_MEETING = /(?<!\p{L})(?:sammanträdet|mötet|sammanträdena|mötena)(?!\p{L})/iu;
/** A word that names a body, plural forms too ("individutskotten", "Socialnämnden", "Rådet"). */
const BODY_WORD =
  /^\p{L}*(?:nämnd(?:en|erna)|styrelsen|fullmäktige|utskott(?:et|en)|rådet|råden|beredningen|presidiet)$/iu;
const WORD_EDGE = /^[^\p{L}]+|[^\p{L}]+$/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const WHITESPACE_RUN = /\s+/u;

/**
 * The body a sentence speaks of: its first word that names one, with the capitalised words after
 * it that belong to the name ("Socialnämnden Centrum sammanträder …" → "Socialnämnden Centrum").
 *
 * @example
 * sentenceBody("De två individutskotten ska fortsatt sammanträda varannan vecka.") // → "Individutskotten"
 */
export function sentenceBody(sentence: string): string | undefined {
  const words = sentence.split(WHITESPACE_RUN).map((w) => w.replace(WORD_EDGE, ""));
  const at = words.findIndex((w) => BODY_WORD.test(w));
  const first = words[at];
  if (at < 0 || first === undefined) return undefined;
  const name = [first.charAt(0).toUpperCase() + first.slice(1)];
  for (let k = at + 1; k < words.length && CAPITALISED.test(words[k] ?? ""); k += 1)
    name.push(words[k] ?? "");
  return name.join(" ");
}

/**
 * The body of a clause that speaks of a meeting without naming whose: the body the paragraph's
 * nearest sentence before it names ("Rådet träffas två gånger på hösten. Första sammanträdet
 * … blir den 11 februari." → "Rådet"); undefined when the clause names one, or none is named.
 */
function bodyBefore(text: string, clause: string, sentenceStart: number): string | undefined {
  if (!GENERIC_MEETING.test(clause) || sentenceBody(clause) !== undefined) return undefined;
  const before = sentences(text.slice(0, sentenceStart));
  for (let k = before.length - 1; k >= 0; k -= 1) {
    const s = before[k];
    const body = s === undefined ? undefined : sentenceBody(text.slice(s.start, s.end));
    if (body !== undefined) return body;
  }
  return undefined;
}

/** Every cancelling phrase of a text (matchAll copies it: no state is shared between calls). */
const CANCELLED_ALL = new RegExp(CANCELLED.source, "giu");
/** "istället", "i stället": what follows replaces what the sentence cancelled. */
const INSTEAD = /(?<!\p{L})(?:istället|i stället)(?!\p{L})/iu;

/**
 * Whether a date comes after the sentence cancels a meeting and says what happens instead ("…
 * beslutat att ställa in dagens fullmäktige för att istället hålla ett extra fullmäktige … den 22
 * december"): the date is the new meeting's, not the cancelled one's.
 *
 * @example
 * replacesCancelled("… att ställa in dagens fullmäktige för att istället hålla ett extra fullmäktige som planeras att hållas") // → true
 */
export function replacesCancelled(before: string): boolean {
  let end = -1;
  for (const m of before.matchAll(CANCELLED_ALL)) end = m.index + m[0].length;
  return end >= 0 && INSTEAD.test(before.slice(end));
}

/**
 * Whether the text before a date makes it no date something happens on: the months it does not
 * happen ("… varje månad utom januari och juli"), how often ("Rådet träffas två gånger på
 * hösten", "två gånger per år, 1:a januari till och med 31:a mars …") or the period a report
 * covers ("omfattar perioden 1 januari till och med 31 augusti").
 *
 * @example
 * notWhenItHappens("Delårsrapporten omfattar perioden") // → true
 */
export function notWhenItHappens(lead: string): boolean {
  const before = lead.split(/\s+/u).pop() ?? "";
  return EXCEPT_BEFORE.test(before) || TIMES_BEFORE.test(lead) || COVERS_BEFORE.test(lead);
}

/**
 * A sentence's dates without a week that only says which week a day of the same sentence is in
 * ("V 45 -> Produktionsstart 9 november."): the day is the date, not a second entry for the week.
 *
 * @example
 * withoutWeekOfDay(findDatePhrases("V 45 Produktionsstart 9 november.", ctx), ctx).map((p) => p.text) // → ["9 november"]
 */
export function withoutWeekOfDay(phrases: readonly DatePhrase[], context: WhenContext): DatePhrase[] {
  if (phrases.length < 2) return [...phrases];
  const reads = phrases.map((p) => parseWhen(p.text, context));
  return phrases.filter((_, index) => {
    const week = reads[index];
    const span = week?.ok === true && week.precision === "week" ? week.occurrences : undefined;
    if (span === undefined || span.length !== 1 || span[0] === undefined) return true;
    const { start, end } = span[0];
    return !reads.some(
      (other) =>
        other.ok &&
        (other.precision === "day" || other.precision === "days") &&
        other.occurrences.every((o) => compareDates(o.start, start) >= 0 && compareDates(o.start, end) <= 0),
    );
  });
}

/**
 * The rows of a paragraph of prose, or undefined when the line is not prose (a date and then an
 * event written with a capital, a short line, or no date of its own).
 *
 * @example
 * proseRows(4, "I slutet av mars fattar styrelsen beslut om ramarna och i början av maj skickas anvisningarna ut.",
 *   { planYear: 2026 }, /inför$/u)?.map((r) => r.when); // → ["I slutet av mars", "i början av maj"]
 */
export function proseRows(
  line: number,
  text: string,
  context: WhenContext,
  referenceBefore: RegExp,
  onCancelled?: (when: string, clause: string) => void,
): RawRow[] | undefined {
  const wordCount = text.split(/\s+/u).length;
  if (wordCount < MIN_PROSE_WORDS) return undefined;
  const own = (phrase: DatePhrase): boolean => {
    const lead = text.slice(0, phrase.start).trimEnd();
    if (notWhenItHappens(lead)) return false;
    // "… flyttas fram till den 23 november": the new date is the clause's own.
    if (MOVED_TO.test(lead)) return true;
    return !referenceBefore.test(lead);
  };
  const phrases = dropMovedFrom(text, findDatePhrases(text, context).filter(own));
  if (phrases.length === 0) return undefined;
  const first = phrases[0];
  if (first === undefined) return undefined;
  // A line that is only dates ("2 februari, 2 mars, 6 april, …"): a list, not prose.
  if (phrases.length === 1 && first.start === 0 && text.slice(first.end).trim().replace(/[.:]$/u, "") === "")
    return undefined;
  const after = text.slice(first.end).replace(/^[\s:,.–—-]+/u, "");
  // "Vecka 6, tisdag 7 februari 2023 kl. 13.00 – 16.00 i Sessionssalen, kommunhuset": a date and
  // where, long only because of the date; the lines under it say what (textLines.ts).
  if (phrases.length === 1 && first.start === 0 && after.split(/\s+/u).length <= MAX_PLACE_WORDS)
    return undefined;
  // "12 mars Budgetdialog med …": a raw row, not prose.
  if (first.start === 0 && /^\p{Lu}/u.test(after) && phrases.length === 1) return undefined;
  if (first.start === 0 && /^\p{Lu}/u.test(after) && !/[.!?]\s/u.test(text)) return undefined;
  const rows: RawRow[] = [];
  for (const sentence of sentences(text)) {
    const inside = withoutWeekOfDay(
      phrases.filter((p) => p.start >= sentence.start && p.end <= sentence.end),
      context,
    );
    // Between two dated clauses the text is cut where the second clause begins: at the last
    // "och", "samt", "men", comma or semicolon between them ("… behandlas i kommunstyrelsen i
    // oktober och fastställs av kommunfullmäktige i november"). With no such word between them
    // the two dates share one clause, and both entries carry all of it.
    const cuts = inside.map((phrase, index) => {
      const next = inside[index + 1];
      return next === undefined ? sentence.end : clauseCut(text, phrase.end, next.start);
    });
    inside.forEach((phrase, index) => {
      let from = sentence.start;
      for (let k = index - 1; k >= 0; k -= 1) {
        const cut = cuts[k];
        if (cut !== undefined) {
          from = cut;
          break;
        }
      }
      let to = sentence.end;
      for (let k = index; k < inside.length; k += 1) {
        const cut = cuts[k];
        if (cut !== undefined) {
          to = cut;
          break;
        }
      }
      const event = clauseText(text.slice(from, to));
      // "I juli månad sker inga politiska sammanträden": the date says when nothing happens.
      if (NOTHING_HAPPENS.test(event)) return;
      // "… den 23 mars, kommer detta sammanträde att ställas in": no meeting then.
      if (CANCELLED.test(event) && !replacesCancelled(text.slice(sentence.start, phrase.start))) {
        // The reader may have the same meeting from a list above ("Direktionsmötet den 22
        // november 2021 är inställt." under "8/2 … 22/11 13/12").
        onCancelled?.(phrase.text, event);
        return;
      }
      const restated = restatedDate(text.slice(phrase.start, phrase.end), context);
      const when = restated?.when ?? phrase.text;
      // "Därför reserveras även den 24 november för ett eventuellt extra sammanträde": preliminary.
      const tentative = TENTATIVE_CLAUSE.test(event) && !tentativeWhen(when, context);
      // "… sammanträder på tisdagar. Första sammanträdet … är den 3 januari": whose meeting the
      // sentence before says.
      const body = sentence.start > 0 ? bodyBefore(text, event, sentence.start) : undefined;
      rows.push({
        line,
        when: tentative ? `${when} (prel.)` : when,
        event,
        owner: body ?? "",
        notes: "",
        fromProse: true,
        ...(restated?.note !== undefined ? { readingNotes: [restated.note] } : {}),
      });
    });
  }
  return rows.length > 0 ? rows : undefined;
}
