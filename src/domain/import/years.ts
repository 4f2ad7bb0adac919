/**
 * The year of each row, across the whole document, as a careful planner reads it:
 * - a year written in a heading ("År 2026", "Januari 2016") or in a row ("28 november 2022") is
 *   an anchor: the undated rows after it run in that year;
 * - a month sequence that goes back (December, then Januari; "oktober" rows, then "mars") has
 *   crossed New Year once: the rows after it run in the next year. A document that goes back
 *   again without a new anchor (an årshjul listing months in wheel order) is not read as years
 *   on end: the second jump keeps the year, and the entry says so;
 * - when the document names no plan year (no title year, no --year), rows before the first
 *   anchor are counted back from it ("Mars till april" before "28 november 2022" is in 2022);
 * - a document with no anchor at all runs in the plan year; when it crosses New Year, the part
 *   holding more entries is the plan year and the other part the year before or after.
 * Whenever a year is inferred and another reading is plausible, the entry carries a note
 * ("year-inferred") naming the year taken and the other, which the check offers as a fix.
 */
import type { Bilingual, Occurrence, ReadingNote } from "../types";

/** How far a month must go back to be read as crossing New Year ("oktober" → "mars" does). */
const WRAP_MONTHS = 5;

/** The running state of the year while rows are read. */
export interface YearTrack {
  /** The year undated rows are read in now. */
  base: number;
  /** The plan year the reading started with. */
  readonly start: number;
  /** An explicit year has been seen. */
  anchored: boolean;
  /** Crossings of New Year since the last anchor (or the start). */
  wraps: number;
  /** The month of the last row or heading. */
  lastMonth: number | undefined;
  /** The first anchor and how many crossings came before it. */
  firstAnchor: { readonly year: number; readonly wrapsBefore: number } | undefined;
  /** The month sequence went back again after a crossing, without a new anchor. */
  wentBackAgain: boolean;
  /** The last place handed out by {@link rowYear}, shared by the rows that stand in the same place. */
  place: RowYear | undefined;
}

/** Where one row stood when it was read, for the pass after the last row. */
export interface RowYear {
  readonly base: number;
  readonly anchored: boolean;
  readonly wraps: number;
  /** The row's year came from the text or a heading: it never moves. */
  readonly fixed: boolean;
  /** The row was read after the month sequence went back a second time. */
  readonly backAgain: boolean;
}

/**
 * @example
 * const track = yearTrack(2026); stepMonth(track, 11); stepMonth(track, 2); track.base // → 2027
 */
export function yearTrack(planYear: number): YearTrack {
  // Every field from the start, in one order: a field added later changes the object's hidden
  // class mid-import, and V8 then throws away the optimised code of every function reading it
  // (seen with --trace-deopt: "wrong map" in trackRow, stepMonth and rowYear on a second import).
  return {
    base: planYear,
    start: planYear,
    anchored: false,
    wraps: 0,
    lastMonth: undefined,
    firstAnchor: undefined,
    wentBackAgain: false,
    place: undefined,
  };
}

/** A year written in a heading or a row: rows after it run in that year. */
export function anchorYear(track: YearTrack, year: number, month: number | undefined): void {
  if (!track.anchored) track.firstAnchor = { year, wrapsBefore: track.wraps };
  track.anchored = true;
  track.base = year;
  track.wraps = 0;
  track.wentBackAgain = false;
  track.lastMonth = month;
}

/**
 * Whether a month would cross New Year after the sequence so far (without stepping to it): a
 * sentence of prose that goes back in the months ("… i november. Styrelsen beslutar den 28 maj")
 * is not read as the next year, and says so ({@link proseYearNote}).
 */
export function goesBack(track: YearTrack, month: number): boolean {
  const last = track.lastMonth;
  return last !== undefined && last - month >= WRAP_MONTHS;
}

/** A month read where the sequence does not step (prose): later rows go on from it, no crossing. */
export function noteMonth(track: YearTrack, month: number): void {
  track.lastMonth = month;
}

const PROSE_BACK: Bilingual = {
  sv: "stycket går bakåt i månaderna, men text är inte skriven i datumordning",
  en: "the paragraph goes back in the months, but prose is not written in date order",
};

/**
 * The note for a date in prose that goes back in the months: read in the same year, the next
 * year offered.
 *
 * @example
 * proseYearNote(2019, "den 28 maj").alternativeWhen // → "den 28 maj 2020"
 */
export function proseYearNote(year: number, when: string): ReadingNote {
  return yearNote(year, year + 1, PROSE_BACK, `${when} ${year + 1}`);
}

const PERIOD_BACK: Bilingual = {
  sv: "perioden rymmer månaden som tidsplanen har nått och läses i samma år",
  en: "the period holds the month the plan has reached and is read in the same year",
};

/**
 * The note for a period that starts months back but holds the month the plan has reached
 * ("Januari–december" after December's rows, "Våren" among June's): read in the same year, the
 * next year offered.
 *
 * @example
 * periodYearNote(2027, "Januari–december").alternativeWhen // → "Januari–december 2028"
 */
export function periodYearNote(year: number, when: string): ReadingNote {
  return yearNote(year, year + 1, PERIOD_BACK, `${when} ${year + 1}`);
}

/**
 * The next month of the sequence (a heading, or an undated row's first month). Returns true when
 * it crossed New Year, so the row is read again in the new year.
 */
export function stepMonth(track: YearTrack, month: number): boolean {
  const last = track.lastMonth;
  track.lastMonth = month;
  if (last === undefined || last - month < WRAP_MONTHS) return false;
  if (track.wraps >= 1) {
    track.wentBackAgain = true;
    return false;
  }
  track.base += 1;
  track.wraps += 1;
  return true;
}

/**
 * Whether a period of one year (its first and last month) holds the month the sequence has
 * reached: "våren" (January–June) among June's rows starts in January, but goes back to nothing.
 */
export function spansLastMonth(track: YearTrack, startMonth: number, endMonth: number): boolean {
  const last = track.lastMonth;
  return last !== undefined && startMonth < last && endMonth >= last;
}

/** A new list starts (a body's meeting days): its first month is no step back from the last. */
export function newSequence(track: YearTrack): void {
  track.lastMonth = undefined;
}

/** A row whose own range crosses New Year ("December–januari"): later rows run in its end year. */
export function crossRow(track: YearTrack, occurrences: readonly Occurrence[]): void {
  const first = occurrences[0];
  const last = occurrences[occurrences.length - 1];
  if (first === undefined || last === undefined) return;
  if (last.end.year > first.start.year && track.wraps < 1) {
    track.base = last.end.year;
    track.wraps += 1;
  }
  track.lastMonth = last.end.month;
}

/** Where a row stands now (a shared, frozen value: rows of a long table stand in a few places). */
export function rowYear(track: YearTrack, fixed: boolean, readIn?: number): RowYear {
  if (readIn !== undefined && readIn !== track.base) {
    // A row that crossed New Year: it stands in the year it was read in, the rows after it not.
    return Object.freeze({
      base: readIn,
      anchored: track.anchored,
      wraps: track.wraps,
      fixed,
      backAgain: track.wentBackAgain,
    });
  }
  const last = track.place;
  if (
    last !== undefined &&
    last.base === track.base &&
    last.anchored === track.anchored &&
    last.wraps === track.wraps &&
    last.fixed === fixed &&
    last.backAgain === track.wentBackAgain
  )
    return last;
  const place = Object.freeze({
    base: track.base,
    anchored: track.anchored,
    wraps: track.wraps,
    fixed,
    backAgain: track.wentBackAgain,
  });
  track.place = place;
  return place;
}

/**
 * How much the rows read before the first anchor (or, with no anchor, every row) must move, so
 * that they count back from the anchor or put the larger part of the year in the plan year.
 *
 * @example
 * // Rows "november", "december", then "januari" … "juni" (more of them), no year anywhere:
 * startShift(track, rows, true) // → -1: November and December are in the year before the plan year
 */
export function startShift(track: YearTrack, rows: readonly RowYear[], planYearKnown: boolean): number {
  if (track.firstAnchor !== undefined) {
    return planYearKnown ? 0 : track.firstAnchor.year - track.firstAnchor.wrapsBefore - track.start;
  }
  let before = 0;
  let after = 0;
  for (const row of rows) {
    if (row.fixed) continue;
    if (row.wraps === 0) before += 1;
    else after += 1;
  }
  return after > before ? -1 : 0;
}

/**
 * Messages already written, by reason (its English text), then by year taken and other year:
 * thousands of rows share a few. Two levels, so that a lookup builds no key from the long reason.
 */
const messages = new Map<string, Map<string, Bilingual>>();
let messageCount = 0;

/** The last message handed out: the rows of a long table mostly take the same one in a row. */
let lastMessage: { taken: number; other: number; why: string; message: Bilingual } | undefined;

/**
 * A "year-inferred" note: the year taken, why, and the other year with the När that says it.
 *
 * @example
 * yearNote(2026, 2027, why, "mars 2027").message.en // → "The year 2026 is inferred (…); it may also be 2027."
 */
export function yearNote(taken: number, other: number, why: Bilingual, alternativeWhen: string): ReadingNote {
  const last = lastMessage;
  if (last !== undefined && last.taken === taken && last.other === other && last.why === why.en)
    return { code: "year-inferred", message: last.message, alternativeWhen };
  let byYears = messages.get(why.en);
  const key = `${taken}|${other}`;
  let message = byYears?.get(key);
  if (message === undefined) {
    message = Object.freeze({
      sv: `Året ${taken} är härlett (${why.sv}); det kan också vara ${other}.`,
      en: `The year ${taken} is inferred (${why.en}); it may also be ${other}.`,
    });
    if (messageCount < MAX_MESSAGES) {
      if (byYears === undefined) {
        byYears = new Map();
        messages.set(why.en, byYears);
      }
      byYears.set(key, message);
      messageCount += 1;
    }
  }
  lastMessage = { taken, other, why: why.en, message };
  return { code: "year-inferred", message, alternativeWhen };
}
const MAX_MESSAGES = 256;

const BACK_AGAIN: Bilingual = {
  sv: "månaderna går bakåt igen utan att något år står skrivet, så året byts inte en gång till",
  en: "the months go back again with no year written, so the year is not changed once more",
};
const ACROSS_NEW_YEAR: Bilingual = {
  sv: "tidsplanen går över årsskiftet",
  en: "the plan runs across New Year",
};
const ACROSS_NO_YEAR: Bilingual = {
  sv: "tidsplanen går över årsskiftet och inget år står skrivet",
  en: "the plan runs across New Year and no year is written",
};

/**
 * The note for a row whose year is inferred while another reading is plausible, or undefined.
 * `when` is the När text (for an empty När, the month's name) that the alternative extends.
 */
export function yearNoteFor(
  row: RowYear,
  year: number,
  shifted: boolean,
  documentWraps: boolean,
  when: string,
): ReadingNote | undefined {
  if (row.fixed) return undefined;
  if (row.backAgain) {
    return yearNote(year, year + 1, BACK_AGAIN, `${when} ${year + 1}`);
  }
  if (row.wraps > 0) {
    return yearNote(year, year - 1, ACROSS_NEW_YEAR, `${when} ${year - 1}`);
  }
  if (!row.anchored && documentWraps) {
    const other = shifted ? year + 1 : year - 1;
    return yearNote(year, other, ACROSS_NO_YEAR, `${when} ${other}`);
  }
  return undefined;
}

/**
 * The note for a row read in the year before the budget year its title names ("Tidplan budget
 * 2024": the process runs in 2023), offering the budget year itself.
 *
 * @example
 * budgetTitleNote(2023, 2024, "mars").alternativeWhen // → "mars 2024"
 */
export function budgetTitleNote(year: number, budgetYear: number, when: string): ReadingNote {
  return yearNote(
    year,
    budgetYear,
    {
      sv: `rubriken nämner budgetåret ${budgetYear}, som planeras året före`,
      en: `the title names the budget year ${budgetYear}, which is planned the year before`,
    },
    `${when} ${budgetYear}`,
  );
}
