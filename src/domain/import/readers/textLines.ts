/**
 * The reader of raw text lines: a timeline copied from a web page or a PDF, where the columns
 * were lost and every line is one cell. It reads
 * - "12 mars Budgetdialog med nämnderna", "Vecka 48, måndag 28 november 2022 Budgetberedning",
 *   "September–oktober: Nämnderna tar fram …" (a date, then the event);
 * - "Budgetdialog 12 mars", "Kommunstyrelsen: 25 januari, 22 februari" (the event, then dates;
 *   a body's list of days gives one meeting a day);
 * - a line that is only a date ("Vecka 50, onsdag 14 december 2022"), its event in the bullet
 *   lines under it;
 * - bullets under a month heading ("• MBL-förhandling", "- Budgetdialog", "1. …"), each an entry
 *   of that month;
 * - a line that starts in lower case: the previous entry goes on;
 * - paragraphs of prose: one entry per dated clause (see prose.ts), marked as read from prose.
 * Lines it cannot place (an intro, a caption, "Sidan uppdaterad …") are skipped with a reason.
 */
import { isOrganName, organFromAbbreviation } from "../../owners/organs";
import { compareDates, daysBetween, parseWhen } from "../../dates";
import type { Occurrence, RawRow, SkippedLine, WhenContext, WhenResult } from "../../types";
import { findDatePhrases, leadingDate, trailingDate } from "../datePhrases";
import { columnHeads, columnRows } from "./columnLines";
import { CANCELLED, movedOrPlannedTo, notWhenItHappens, proseRows } from "./prose";

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** A remark on a meeting day that makes it preliminary ("reservdatum", "vid behov", "prel."). */
const TENTATIVE_REMARK =
  /(?<!\p{L})(?:reserv\p{L}*|preliminär\p{L}*|prel\.|vid behov|eventuell\p{L}*)(?!\p{L})/iu;

const BULLET = /^(?:[•·▪◦●○■□‣⁃*►➢✓]|[-–—](?=\s)|\d{1,2}[.)](?=\s)|[a-z][)](?=\s))\s*/u;
/** Web page furniture that dates nothing ("Sidan uppdaterad 2019-03-20", "Publicerad …"). */
const PAGE_FURNITURE =
  /^(?:(?:sidan|artikel(?:n)?|nyhet(?:en)?|inlägg(?:et)?)\s+)?(?:senast\s+)?(?:uppdaterad|ändrad|publicerad|granskad|skapad|sidansvarig|dela|skriv ut|hjälpte informationen)/iu;

/**
 * Whether a line is page furniture whose date stands on the next line ("Senast uppdaterad:"
 * over "16 maj 2025", as a web page's footer copies): that date is the page's, not an item.
 *
 * @example
 * furnitureLabel("Senast uppdaterad:") // → true
 * furnitureLabel("Publicerad")         // → true
 */
export function furnitureLabel(text: string): boolean {
  return (PAGE_FURNITURE.test(text.trim()) && /:\s*$/u.test(text)) || FURNITURE_LABEL_ONLY.test(text.trim());
}
/** A line that is only a furniture label, its date on the next line ("Publicerad" over "måndag 10 juni 2019"). */
const FURNITURE_LABEL_ONLY =
  /^(?:(?:sidan|artikel(?:n)?|nyhet(?:en)?|inlägg(?:et)?)\s+)?(?:senast\s+)?(?:uppdaterad|uppdaterades|ändrad|ändrades|publicerad|publicerades|granskad|skapad)(?:\s+den)?\s*:?$/iu;
/**
 * Words before a date that make the date a reference, not the clause's own date: "beslutet",
 * "inför", "inför sammanträdet den 27 januari". "Sammanträdet den 16 december" alone is the
 * meeting's own day ("På sammanträdet den 16 december fastställs budgeten", "ska behandlas vid
 * sammanträdet den 15 november"). Tested against the text before the date.
 */
const REFERENCE_BEFORE =
  /(?:inför|till|sedan|mötena|sammanträdena|beslutet|daterad|från|för|(?:inför|från|efter|sedan|till)\s+(?:sammanträdet|mötet))$/iu;
const MAX_PLACE_WORDS = 5;
/** A date phrase that is only a year ("budget 2024"): no date for an item in a bullet. */
const YEAR_ONLY = /^(?:år\s+)?(?:19|20|21)\d{2}$/iu;

export interface TextLinesReader {
  /**
   * A line of the body with one cell of text (headings already taken out), and how far it was
   * indented (a PDF's layout text indents the lines that go on with the entry above).
   */
  line(line: number, text: string, indent?: number): void;
  /** A heading row was read: month headings open a block whose plain lines are that month's. */
  heading(kind: "month" | "year" | "other", text: string): void;
  /** A row with cells (a table row) was read: it ends any pending raw entry. */
  tableRow(): void;
  /** A line before the body (title, intro): read only for the body and time it names. */
  context(text: string): void;
  /**
   * A meeting table was read above: the next entry starts a list of its own (a legend's
   * holidays under a year's meetings do not step on from December).
   */
  afterTable(): void;
}

interface State {
  /** The body whose meeting a short line before the body says is cancelled ("Kommunfullmäktiges möte inställt"). */
  cancelledBody?: string;
  /** The last entry, for a continuation line. */
  last?: Writable<RawRow>;
  /** How far the line that started the last entry was indented. */
  lastIndent?: number;
  /** A line that was only a date (and maybe a place), waiting for the bullets that say what. */
  datedHeading?: Writable<RawRow>;
  /** What a body's days under a heading are called ("Korta avstämningar under 2024"), when not the body. */
  meetingName?: string;
  /** A heading of a list of news items was read: a full date alone on a line is a publication date. */
  newsListing?: boolean;
  /** How many bullets stood under it so far. */
  headingBullets?: number;
  /** The line under it that introduced its bullets ("Inläsning av:"), for each bullet's entry. */
  headingIntro?: string;
  /** Under a month heading: how its entries are written ("bullet", "plain"), once seen. */
  monthBlock?: { style?: "bullet" | "plain" };
  /** The body named by the last organ heading ("Kommunstyrelsen"), for date-only lines. */
  organ?: string;
  /** Its usual time ("sammanträder klockan 18.30 följande datum"), as När writes it. */
  time?: string;
  /** The last body named by a heading of its own, for its parts ("Arbetsutskott 2023"). */
  parentOrgan?: string;
  /** A body's heading was read: the next entry starts a list of its own. */
  newBlock?: boolean;
  /** A short dated line: the paragraph under it belongs to it (see markShort). */
  shortDated?: ShortDated;
  /** The line before was a furniture label ("Senast uppdaterad:"): a date alone is its value. */
  afterFurniture?: boolean;
  /** A numbered step's caption with no date ("3. KS fattar beslut om ramar"), for the line under it. */
  caption?: { readonly line: number; readonly text: string };
  /** Column headings of a flattened table of dates ("Sammanträde Utbildning"), see columnLines.ts. */
  columns?: {
    readonly heads: readonly string[];
    readonly line: number;
    readonly text: string;
    used: boolean;
  };
}

interface ShortDated {
  readonly row: Writable<RawRow>;
  readonly months: ReadonlySet<number>;
  /** A heading dated to days ("Budgetavstämning 5-7 oktober"): its days, for the lines under it. */
  readonly days?: readonly Occurrence[];
}

/** The heading of a list of news items on a web page ("Relaterade nyheter"): no title, no item. */
export const NEWS_LISTING = /^(?:fler|relaterade|senaste|andra|liknande)\s+nyheter(?:na)?:?$|^nyheter:?$/iu;

/** A bullet that says who takes part ("… och controllers medverkar", "Deltagare: KSAU"). */
const PARTICIPANTS = /(?<!\p{L})(?:medverkar|deltar|närvarar|deltagare|närvarande)(?!\p{L})/iu;

/** Longer lines are not searched for a body's name or a meeting time. */
const MAX_SENTENCE = 400;
/** Longer lines (a pasted megabyte, a table in one cell) are not searched for dates. */
const MAX_LINE = 5000;

/** What a list of meetings is called: with a period after it, a heading, not an item. */
const LIST_HEADING =
  /^(?:sammanträdesdagar|sammanträdestider|sammanträdesdatum|sammanträden|mötestider|mötesdagar|mötesdatum|sammanträdesplan|sammanträdeskalender)$/iu;

/** A time at the start of a line ("klockan 9.00–16.00", "kl. 13"). */
const LEADING_TIME = /^(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[–-]\s*\d{1,2}(?:[.:]\d{2})?)?(?!\d)/iu;
/** A När that gives a time already. */
const HAS_TIME = /\bkl\b|klockan|\d[.:]\d\d/iu;
/** A footnote under a list speaks of the list's days within this many lines above it. */
const FOOTNOTE_WITHIN_LINES = 15;
/** A meeting named again within this many lines of prose is the same meeting (see restatedMeeting). */
const RESTATED_WITHIN_LINES = 8;

/** A sentence that starts with its year ("2023 genomförs förbundsmötet den 27 april"). */
const LEADING_YEAR = /^((?:19|20|21)\d{2})\s+\p{Ll}/u;
/** A written year in a date phrase. */
const WRITTEN_YEAR = /\b(?:19|20|21)\d{2}\b/u;

/** A sentence that states a rule for every year ("sammanträder senast i april varje år"). */
const RECURRING = /\b(?:varje år|årligen|varje höst|varje vår)\b/iu;
/** The subject a sentence starts with ("Förbundsmötet sammanträder …"): a word of five letters or more. */
const SUBJECT = /^\p{L}{5,}/u;

/** At most this many words make a numbered line a step's caption (see State.caption). */
const MAX_CAPTION_WORDS = 8;

/** A line of at least this many words that starts with a date is a paragraph, not a dated row. */
const PARAGRAPH_WORDS = 12;

/** At most this many words make a dated line a heading for the paragraph under it. */
const MAX_HEADING_WORDS = 7;
/** A meeting named as such ("möte", "sammanträdet"). */
const MEETING_WORD = /(?<!\p{L})(?:möte|mötet|sammanträde|sammanträdet)(?!\p{L})/iu;

/**
 * The body whose meetings a heading or sentence is about: "Kommunstyrelsen", "Kommunfullmäktiges
 * sammanträden", "Kommunfullmäktige sammanträder klockan 18.30 följande datum:", "… vilka datum
 * kommunfullmäktige sammanträder under 2019."
 *
 * @example
 * meetingsOf("Kommunfullmäktiges sammanträden") // → "Kommunfullmäktige"
 */
export function meetingsOf(text: string): string | undefined {
  // A sentence naming a body is short; a longer text would only make the pattern below slow.
  if (text.length > MAX_SENTENCE) return undefined;
  const t = text.trim().replace(/[:.]+$/u, "");
  if (isOrganName(t)) return organName(t);
  const m =
    /((?:[\p{L}-]+\s+){0,3}[\p{L}-]+?)(?::s|s)?\s+(?:sammanträder|sammanträden|sammanträdesdagar|sammanträdestider|sammanträdesdatum|mötestider|mötesdatum|möten|träffas|möts|har sammanträde)\b/iu.exec(
      t,
    );
  const words = m?.[1]?.trim().split(/\s+/u) ?? [];
  for (let first = 0; first < words.length; first += 1) {
    const name = words.slice(first).join(" ");
    if (words.slice(first, -1).some((w) => FUNCTION_WORD.test(w))) continue;
    const capital = name.charAt(0).toUpperCase() + name.slice(1);
    for (const candidate of [capital, capital.replace(/s$/u, "")]) {
      if (isOrganName(candidate)) return organName(candidate);
    }
  }
  return undefined;
}

/** Words that never stand in a body's name ("ser du vilka datum kommunfullmäktige …"). */
const FUNCTION_WORD =
  /^(?:du|vi|ni|de|man|vilka|vilken|datum|när|som|att|den|det|här|där|sidan|ser|se|under|för|i|på|av|med|om|är|alla|våra|kommunens|regionens|till)$/iu;

/** A part of the body above: "Nämnd 2023 (klockan 8.15)", "Arbetsutskott 2023". */
const SUB_ORGAN =
  /^(nämnd|nämnden|arbetsutskott|arbetsutskottet|utskott|utskottet|au|presidium|presidiet|beredning)\b/iu;

/**
 * The meeting time each body has anywhere in a document ("Kommunfullmäktige träffas klockan 18
 * en gång i månaden …", often far below the list of days).
 *
 * @example
 * documentMeetingTimes(["Kommunfullmäktige träffas klockan 18 en gång i månaden."]).get("Kommunfullmäktige") // → "kl. 18"
 */
export function documentMeetingTimes(lines: readonly string[]): Map<string, string> {
  const times = new Map<string, string>();
  for (const line of lines) {
    if (line.length > 400 || !/sammanträder|träffas|möts|startar|börjar/iu.test(line)) continue;
    const organ = meetingsOf(line);
    const time = meetingTime(line);
    if (organ !== undefined && time !== undefined && !times.has(organ)) times.set(organ, time);
  }
  return times;
}

/**
 * The time a sentence gives for meetings ("startar klockan 14:00", "klockan 13.00 om inget annat
 * anges", "sammanträden börjar 09:30").
 *
 * @example
 * meetingTime("Regionfullmäktiges sammanträden börjar 09:30.") // → "kl. 09:30"
 */
export function meetingTime(text: string): string | undefined {
  if (!/sammanträd|möte|startar|börjar|klockan|kl\./iu.test(text)) return undefined;
  // "klockan 18.30", "kl. 9", or a time after "börjar"/"startar" ("sammanträdena börjar 09:30").
  const m =
    /(?:klockan|kl\.?)\s*(\d{1,2}(?:[.:]\d{2})?)(?!\d)|(?:startar|börjar)\s+(\d{1,2}[.:]\d{2})(?!\d)/iu.exec(
      text,
    );
  const time = m?.[1] ?? m?.[2];
  return time === undefined ? undefined : `kl. ${time}`;
}

/**
 * The first body a sentence names by a word of its own ("Nästa KF är planerat …", "… börja
 * fullmäktiges sammanträde …"): an abbreviation from the list or a body's one-word name.
 *
 * @example
 * organMentioned("Nästa KF är planerat till den 27 april.") // → "Kommunfullmäktige"
 */
export function organMentioned(text: string): string | undefined {
  if (text.length > MAX_SENTENCE) return undefined;
  for (const m of text.matchAll(/[\p{L}:-]+/gu)) {
    const word = m[0].replace(/:s$/u, "");
    const abbreviation = /^\p{Lu}{2,6}$/u.test(word) ? organFromAbbreviation(word) : undefined;
    if (abbreviation !== undefined) return abbreviation;
    const capital = word.charAt(0).toUpperCase() + word.slice(1);
    for (const candidate of [capital, capital.replace(/s$/u, "")]) {
      if (
        !candidate.includes(" ") &&
        isOrganName(candidate) &&
        /^(?:Kommun|Region|Landstings)?(?:fullmäktige|styrelsen)$/iu.test(candidate)
      )
        return organName(candidate);
    }
  }
  return undefined;
}

/**
 * The stem of a body's name that a sentence about its meeting uses ("Direktionen" →
 * "direktion", as in "Direktionsmötet"; "Kommunfullmäktige" → "kommunfullmäktige"), or
 * undefined when too short to tell bodies apart.
 */
function bodyStem(owner: string): string | undefined {
  const last = owner.trim().split(/\s+/u).pop()?.toLowerCase() ?? "";
  const stem = last.replace(/(?:ens|en|ets|et|s)$/u, "");
  return stem.length >= 5 ? stem : undefined;
}

/** Whether two single days are the same (the years only when both were written). */
function sameDay(a: WhenResult, b: WhenResult): boolean {
  if (!a.ok || !b.ok || a.occurrences.length !== 1 || b.occurrences.length !== 1) return false;
  const x = a.occurrences[0];
  const y = b.occurrences[0];
  if (
    x === undefined ||
    y === undefined ||
    compareDates(x.start, x.end) !== 0 ||
    compareDates(y.start, y.end) !== 0
  )
    return false;
  if (a.explicitYear && b.explicitYear && x.start.year !== y.start.year) return false;
  return x.start.month === y.start.month && x.start.day === y.start.day;
}

/** Whether a text names a body as a word of its own, in any case ("… som kommunfullmäktige gav …"). */
function mentionsBody(text: string, body: string): boolean {
  if (body === "") return false;
  const at = text.toLowerCase().indexOf(body.toLowerCase());
  if (at < 0) return false;
  const after = text.charAt(at + body.length);
  return (at === 0 || !LETTER.test(text.charAt(at - 1))) && (after === "" || !LETTER.test(after));
}
const LETTER = /\p{L}/u;

/** Whether two names are one body, one maybe short for the other ("Fullmäktige", "Kommunfullmäktige"). */
function sameBody(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x !== "" && y !== "" && (x.endsWith(y) || y.endsWith(x));
}

/** The full name of a body named by an abbreviation ("KF" → Kommunfullmäktige), else the text. */
function organName(text: string): string {
  const t = text.trim().replace(/[:.]+$/u, "");
  return organFromAbbreviation(t) ?? t;
}

/** A web page's mark on a link, copied with its text: "(Extern länk)", "(pdf, 245 kB)", "(öppnas i nytt fönster)". */
const LINK_MARK =
  /\s*\((?:extern länk|länk till annan webbplats[^()]*|öppnas i (?:ett )?nytt fönster|pdf(?:,\s*[\d\s.,]+\s*[kM]B)?)\)/giu;

/**
 * A line without the marks a web page puts on its links, so that a date glued to one
 * ("1–2 november 2016(Extern länk)") is read as written.
 *
 * @example
 * withoutLinkMarks("Regionfullmäktige 1–2 november 2016(Extern länk)") // → "Regionfullmäktige 1–2 november 2016"
 */
export function withoutLinkMarks(text: string): string {
  return text.includes("(") ? text.replace(LINK_MARK, "").trim() : text;
}

function words(text: string): number {
  return text.split(/\s+/u).filter((w) => w !== "").length;
}

/**
 * A reader for raw lines that adds its rows to `rows` and its skipped lines to `skipped`.
 *
 * @example
 * const rows: RawRow[] = []; const skipped: SkippedLine[] = [];
 * const reader = textLinesReader(rows, skipped, { planYear: 2026 });
 * reader.line(3, "12 mars Budgetdialog med nämnderna");
 * rows[0]; // → { line: 3, when: "12 mars", event: "Budgetdialog med nämnderna", … }
 */
export function textLinesReader(
  rows: RawRow[],
  skipped: SkippedLine[],
  context: WhenContext,
  documentTimes: ReadonlyMap<string, string> = new Map(),
): TextLinesReader {
  const state: State = {};

  const push = (row: Writable<RawRow>): void => {
    if (state.newBlock === true) {
      row.newSequence = true;
      state.newBlock = false;
    }
    rows.push(row);
    state.last = row;
  };
  const entry = (
    line: number,
    when: string,
    event: string,
    extra: Partial<RawRow> = {},
  ): Writable<RawRow> => ({
    line,
    when,
    event,
    owner: "",
    notes: "",
    ...extra,
  });

  /** A dated line of a few words without a bullet is a heading for the paragraph under it. */
  const markShort = (text: string, when: string): void => {
    const last = state.last;
    if (
      last === undefined ||
      state.organ !== undefined ||
      words(text) > MAX_HEADING_WORDS ||
      /[.!?]$/u.test(text)
    )
      return;
    const parsed = parseWhen(when, context);
    if (!parsed.ok) return;
    const months = new Set<number>();
    for (const o of parsed.occurrences) {
      for (let m = o.start.month, guard = 0; guard < 12; m = (m % 12) + 1, guard += 1) {
        months.add(m);
        if (m === o.end.month) break;
      }
    }
    const dayPrecise = parsed.precision === "day" || parsed.precision === "days";
    state.shortDated = { row: last, months, ...(dayPrecise ? { days: parsed.occurrences } : {}) };
  };
  const startsWithDate = (text: string): boolean => leadingDate(text, context) !== undefined;
  /** Whether date `inner` overlaps date `outer` and is shorter ("månadsskiftet maj - juni" in "Januari–maj"). */
  const narrowerPart = (inner: string, outer: string): boolean => {
    const a = parseWhen(inner, context);
    const b = parseWhen(outer, context);
    if (!a.ok || !b.ok || a.occurrences.length !== 1 || b.occurrences.length !== 1) return false;
    // Finer than a month: "september" in "Juni–september" only repeats the heading.
    if (a.precision === "month" || a.precision === "months" || a.precision === "season") return false;
    const i = a.occurrences[0];
    const o = b.occurrences[0];
    if (i === undefined || o === undefined) return false;
    const overlaps = compareDates(i.start, o.end) <= 0 && compareDates(o.start, i.end) <= 0;
    const length = (x: Occurrence): number => daysBetween(x.start, x.end);
    return overlaps && length(i) < length(o);
  };
  /** Whether date `inner` lies inside date `outer` and is shorter ("i mitten av februari" in "i februari"). */
  const narrower = (inner: string, outer: string): boolean => {
    const a = parseWhen(inner, context);
    const b = parseWhen(outer, context);
    if (!a.ok || !b.ok || a.occurrences.length !== 1 || b.occurrences.length !== 1) return false;
    const i = a.occurrences[0];
    const o = b.occurrences[0];
    if (i === undefined || o === undefined) return false;
    const inside = compareDates(o.start, i.start) <= 0 && compareDates(i.end, o.end) <= 0;
    // The same day with the time the heading lacks ("Regionstyrelsen sammanträder den 19 maj"
    // over "Den 19 maj klockan 9 sammanträder regionstyrelsen"): finer too.
    const same = compareDates(o.start, i.start) === 0 && compareDates(i.end, o.end) === 0;
    if (same) return i.startTime !== undefined && o.startTime === undefined;
    return inside && (compareDates(o.start, i.start) < 0 || compareDates(i.end, o.end) < 0);
  };
  const withinHeading = (text: string, heading: ShortDated): boolean =>
    findDatePhrases(text, context).every((phrase) => {
      const parsed = parseWhen(phrase.text, context);
      if (!parsed.ok) return false;
      // Under a heading dated to days, a line with a day of its own outside them ("Regionstyrelsens
      // arbetsutskott 8 oktober" under "Budgetavstämning 5-7 oktober") is an item of its own.
      const days = heading.days;
      // Under a line that is only a date ("9 september"), a paragraph that names its month
      // ("Andra söndagen i september hålls allmänna val …") restates it: it says what happens then.
      if (days !== undefined && heading.row.event === "" && restates(parsed.occurrences, days)) return true;
      if (days !== undefined)
        return parsed.occurrences.every((o) =>
          days.some((d) => compareDates(d.start, o.start) <= 0 && compareDates(o.end, d.end) <= 0),
        );
      return parsed.occurrences.every((o) => heading.months.has(o.start.month));
    });

  /** Whether one period of `outer`, a month or less, holds all of `days` (a coarser restatement). */
  const restates = (outer: readonly Occurrence[], days: readonly Occurrence[]): boolean =>
    outer.length === 1 &&
    outer.every(
      (o) =>
        daysBetween(o.start, o.end) <= 31 &&
        days.every((d) => compareDates(o.start, d.start) <= 0 && compareDates(d.end, o.end) <= 0),
    );

  const datedLine = (line: number, when: string, rest: string, bullet: boolean): void => {
    const restWords = words(rest);
    // Under a body's heading, a date with at most a remark is one of its meetings.
    if (
      state.organ !== undefined &&
      (rest === "" || (restWords <= 12 && /^[(,\p{Ll}]/u.test(rest)) || restWords <= 2)
    ) {
      if (/inställ|cancel/iu.test(rest)) {
        skipped.push({ line, text: `${when} ${rest}`, reason: "cancelled" });
        return;
      }
      const ownTime =
        /(?:startar|börjar|kl\.?|klockan)\s*(?:klockan\s*|kl\.?\s*)?(\d{1,2}(?:[.:]\d{2})?)(?!\d)/iu.exec(
          rest,
        )?.[1];
      const time = HAS_TIME.test(when)
        ? undefined
        : ownTime !== undefined
          ? `kl. ${ownTime}`
          : (state.time ?? documentTimes.get(state.organ));
      const timed = time !== undefined ? `${when} ${time}` : when;
      // "26 juni (reservdatum)", "(preliminärt)", "(vid behov)": a day held in reserve.
      const row = entry(
        line,
        TENTATIVE_REMARK.test(rest) ? `${timed} (prel.)` : timed,
        state.meetingName ?? state.organ,
        {
          owner: state.organ,
          perOccurrence: true,
          ...(rest !== "" ? { notes: rest.replace(/^[,\s]+/u, "") } : {}),
        },
      );
      state.datedHeading = undefined;
      push(row);
      return;
    }
    // A date and nothing but a place or a time: a heading for the bullets that follow.
    if (!bullet && (rest === "" || (restWords <= MAX_PLACE_WORDS && /^(?:i|på|via|\()/iu.test(rest)))) {
      const row = entry(line, when, state.organ ?? "", {
        ...(rest !== "" ? { notes: rest } : {}),
        ...(state.organ !== undefined ? { owner: state.organ } : {}),
      });
      push(row);
      state.datedHeading = row;
      state.headingBullets = 0;
      state.headingIntro = undefined;
      return;
    }
    state.datedHeading = undefined;
    push(entry(line, when, rest));
  };

  const dateless = (line: number, text: string, bullet: boolean, numbered = false): void => {
    const heading = state.datedHeading;
    if (heading !== undefined && !bullet && heading.event === "" && state.organ === undefined) {
      // "Februari - mars" on a line of its own, the event on the next.
      heading.event = text;
      return;
    }
    if (heading !== undefined && bullet) {
      const bullets = state.headingBullets ?? 0;
      state.headingBullets = bullets + 1;
      if (heading.event === "" || heading.event === state.organ) {
        heading.event = text;
        return;
      }
      // "• Kommunfullmäktige, koncernledning … medverkar": who takes part, not another item; and
      // the first bullet after a line that introduces them ("Inläsning av:") completes it.
      const intro = heading.event.endsWith(":") && bullets === 0;
      if (intro) state.headingIntro = heading.event;
      if (PARTICIPANTS.test(text) || intro) {
        heading.event = `${heading.event} ${text}`;
        return;
      }
      // Another bullet under the same date ("Vecka 38" / "• prognosticerade avskrivningar" /
      // "• augustis kontering"): an item of its own on that date, as under a month heading; after
      // an introducing line, with it ("Inläsning av: utfall per 180930").
      const lead = state.headingIntro;
      const row = entry(line, heading.when, lead !== undefined ? `${lead} ${text}` : text, {
        ...(state.organ !== undefined ? { owner: state.organ } : {}),
      });
      push(row);
      return;
    }
    const block = state.monthBlock;
    if (block !== undefined) {
      const style = bullet ? "bullet" : "plain";
      if (block.style === undefined || block.style === style) {
        block.style = style;
        push(entry(line, "", text));
        return;
      }
    }
    const bare = text.replace(/\s*\([^)]*\)\s*$/u, "").trim();
    const headingYear = /^[\p{L}\s-]{2,50}\s((?:19|20|21)\d{2})$/u.exec(bare)?.[1];
    const named = bare.replace(/\s+(?:19|20|21)\d{2}$/u, "");
    const sub = state.organ !== undefined && state.parentOrgan !== undefined ? SUB_ORGAN.exec(named) : null;
    if (sub !== null && state.parentOrgan !== undefined && words(named) <= 3) {
      const part = (sub[1] ?? "").toLowerCase();
      state.organ = /^nämnd/u.test(part)
        ? state.parentOrgan
        : `${state.parentOrgan.replace(/n$/u, "ns")} ${named.toLowerCase()}`;
      state.time = meetingTime(text);
      if (headingYear !== undefined) rows.push(entry(line, headingYear, ""));
      state.newBlock = true;
      skipped.push({ line, text, reason: "organ-heading" });
      return;
    }
    const organ =
      (words(named) <= 6 ? meetingsOf(named) : undefined) ??
      meetingsOf(text) ??
      (text.length < 200 ? meetingsOf(text.split(/[.!?]\s/u)[0] ?? "") : undefined);
    if (organ !== undefined) {
      if (organ !== state.organ) state.time = undefined;
      state.organ = organ;
      state.meetingName = undefined;
      if (isOrganName(named)) state.parentOrgan = organ;
      state.time = meetingTime(text) ?? state.time;
      if (headingYear !== undefined && isOrganName(named)) rows.push(entry(line, headingYear, ""));
      state.newBlock = true;
      skipped.push({ line, text, reason: "organ-heading" });
      return;
    }
    if (state.organ !== undefined) state.time = meetingTime(text) ?? state.time;
    // "3. KS fattar beslut om ramar" over "Mars: Kommunfullmäktige fattar beslut om ramar.": the
    // caption of a numbered step names the step the dated line under it dates (an årshjul's text).
    if (numbered && words(text) <= MAX_CAPTION_WORDS && !/[.!?:]$/u.test(text)) {
      state.caption = { line, text };
      return;
    }
    const heads = bullet ? undefined : columnHeads(text);
    if (heads !== undefined) {
      state.columns = { heads, line, text, used: false };
      return;
    }
    skipped.push({ line, text, reason: PAGE_FURNITURE.test(text) ? "page-furniture" : "no-date" });
  };

  /** Column headings no line of dates followed: skipped as any dateless line. */
  const dropColumns = (): void => {
    const columns = state.columns;
    state.columns = undefined;
    if (columns !== undefined && !columns.used)
      skipped.push({ line: columns.line, text: columns.text, reason: "no-date" });
  };

  return {
    heading(kind, text) {
      dropColumns();
      state.datedHeading = undefined;
      state.shortDated = undefined;
      state.last = undefined;
      if (kind === "month") state.monthBlock = {};
      else if (kind === "year") {
        state.monthBlock = undefined;
        const name = text.replace(/\s*(?:19|20|21)\d{2}.*$/u, "");
        const organ = meetingsOf(name);
        // "Korta avstämningar under 2024" under a body's heading: what its days below are called.
        const during = /^(.+?)\s+(?:under|år)$/iu.exec(name)?.[1];
        state.meetingName = organ === undefined && state.organ !== undefined ? during : undefined;
        if (organ !== undefined) {
          state.organ = organ;
          state.parentOrgan = organ;
          state.time = undefined;
          state.newBlock = true;
        }
      }
    },
    context(text) {
      if (NEWS_LISTING.test(text)) state.newsListing = true;
      // "Kommunfullmäktiges möte inställt": a title that says a body's meeting is cancelled.
      if (words(text) <= MAX_HEADING_WORDS && CANCELLED.test(text) && MEETING_WORD.test(text))
        state.cancelledBody = organMentioned(text) ?? state.cancelledBody;
      const organ =
        meetingsOf(text) ?? (text.length < 300 ? meetingsOf(text.split(/[.!?]\s/u)[0] ?? "") : undefined);
      if (organ !== undefined) {
        if (organ !== state.organ) state.time = undefined;
        state.organ = organ;
      }
      if (state.organ !== undefined) state.time = meetingTime(text) ?? state.time;
    },
    afterTable() {
      state.newBlock = true;
    },
    tableRow() {
      dropColumns();
      state.datedHeading = undefined;
      state.shortDated = undefined;
      state.last = undefined;
    },
    line(line, raw, indent = 0) {
      const caption = state.caption;
      state.caption = undefined;
      const before = rows.length;
      readLine(line, raw, indent);
      if (caption === undefined) return;
      // The caption goes with the entries of the line under it, in Innehåll; with none, it is skipped.
      const added = rows.slice(before).filter((row) => row.when !== "" || row.event !== "");
      if (added.length === 0) {
        skipped.push({ line: caption.line, text: caption.text, reason: "no-date" });
        return;
      }
      for (const row of added) {
        const written = row as Writable<RawRow>;
        written.notes = written.notes === "" ? caption.text : `${caption.text}. ${written.notes}`;
      }
    },
  };

  /**
   * A clause of prose that says when a body meets ("Regionfullmäktige sammanträder följande datum
   * under 2020: 4 februari, 21 april …"): one meeting a date, the body as owner, at the time the
   * paragraph or the document gives its meetings ("Regionfullmäktiges sammanträden börjar 09:30").
   */
  function meetingClause(row: RawRow, paragraph: string): RawRow {
    const organ = meetingsOf(row.event);
    const hasTime = HAS_TIME.test(row.when);
    if (organ === undefined || !/sammanträder|träffas|möts|har sammanträde/iu.test(row.event)) {
      // "Nästa KF är planerat till den 27 april": a day of a body that the page gives a usual
      // time ("Kommunfullmäktige sammanträder … med start klockan 18.30") is at that time.
      const named = organMentioned(row.event);
      if (named === undefined || !dayPrecise(row.when)) return row;
      const time = hasTime ? undefined : (meetingTime(row.event) ?? documentTimes.get(named));
      return { ...row, when: time !== undefined ? `${row.when} ${time}` : row.when, owner: named };
    }
    const time = hasTime
      ? undefined
      : (meetingTime(row.event) ?? documentTimes.get(organ) ?? meetingTime(paragraph));
    return {
      ...row,
      when: time !== undefined ? `${row.when} ${time}` : row.when,
      owner: organ,
      perOccurrence: true,
    };
  }

  /**
   * Whether a clause names by its date the meeting a title said is cancelled ("… till
   * kommunfullmäktiges sammanträde i oktober 2020 …" under "Kommunfullmäktiges möte inställt"):
   * the body's meeting word right before the date. Only the first such clause is that meeting.
   */
  function cancelledMeeting(row: RawRow): boolean {
    const body = state.cancelledBody;
    if (body === undefined) return false;
    const at = row.event.indexOf(row.when);
    const lead = at > 0 ? row.event.slice(0, at).trimEnd().toLowerCase() : "";
    const stem = body.toLowerCase();
    const named =
      lead.endsWith(`${stem}s sammanträde`) ||
      lead.endsWith(`${stem}s möte`) ||
      lead.endsWith(`${stem}s sammanträde den`) ||
      lead.endsWith(`${stem}s möte den`);
    if (named) state.cancelledBody = undefined;
    return named;
  }

  function dayPrecise(when: string): boolean {
    const parsed = parseWhen(when, context);
    return parsed.ok && (parsed.precision === "day" || parsed.precision === "days");
  }

  /**
   * A sentence that says a meeting is cancelled ("Direktionsmötet den 22 november 2021 är
   * inställt."): the same body's meeting on that day, listed above, is no meeting; it is left
   * out and said so (skipped as cancelled), not kept as if it were held.
   */
  function cancelListed(when: string, clause: string): void {
    const day = parseWhen(when, context);
    const off = day.ok && day.occurrences.length === 1 ? day.occurrences[0]?.start : undefined;
    if (off === undefined) return;
    const words = clause.toLowerCase();
    for (let k = rows.length - 1; k >= 0; k -= 1) {
      const earlier = rows[k];
      const stem = earlier === undefined ? undefined : bodyStem(earlier.owner);
      if (earlier === undefined || stem === undefined || !words.includes(stem)) continue;
      const listed = parseWhen(earlier.when, context);
      if (sameDay(listed, day)) {
        rows.splice(k, 1);
        skipped.push({
          line: earlier.line,
          text: `${earlier.when} ${earlier.event}: ${clause}`,
          reason: "cancelled",
        });
        return;
      }
      // One of a list's days ("8/2 15/3 … 22/11 13/12"): that day makes no entry.
      if (
        earlier.perOccurrence === true &&
        listed.ok &&
        listed.occurrences.some(
          (o) => o.start.month === off.month && o.start.day === off.day && compareDates(o.start, o.end) === 0,
        )
      ) {
        rows[k] = {
          ...earlier,
          cancelledDays: [...(earlier.cancelledDays ?? []), { month: off.month, day: off.day, text: clause }],
        };
        return;
      }
    }
  }

  /**
   * A sentence with no body of its own that names a listed meeting's day again ("Nästa
   * direktionsmöte blir den 13 december 2021." under a list with 13/12): the same meeting.
   */
  /** A line that goes on with the entry above it: its event, or after it. */
  function continueWith(last: Writable<RawRow>, text: string): void {
    if (last === state.datedHeading && last.event === "") last.event = text;
    else last.event = last.event === "" ? text : `${last.event} ${text}`;
  }

  /** Whether every day a line names is a day of an entry in the lines just above it. */
  function restatesListedDays(line: number, text: string): boolean {
    const days = findDatePhrases(text, context).flatMap((phrase) => {
      const read = parseWhen(phrase.text, context);
      return read.ok ? read.occurrences : [];
    });
    if (days.length === 0) return false;
    return days.every((day) => {
      if (compareDates(day.start, day.end) !== 0) return false;
      for (let k = rows.length - 1; k >= 0; k -= 1) {
        const earlier = rows[k];
        if (earlier === undefined || line - earlier.line > FOOTNOTE_WITHIN_LINES) break;
        const listed = parseWhen(earlier.when, context);
        if (
          listed.ok &&
          listed.occurrences.some((o) => o.start.month === day.start.month && o.start.day === day.start.day)
        )
          return true;
      }
      return false;
    });
  }

  function restatedListed(row: RawRow): boolean {
    const words = row.event.toLowerCase();
    const day = parseWhen(row.when, context);
    for (let k = rows.length - 1; k >= 0; k -= 1) {
      const earlier = rows[k];
      if (earlier === undefined || row.line - earlier.line > RESTATED_WITHIN_LINES) break;
      const stem = bodyStem(earlier.owner);
      if (stem === undefined || !words.includes(stem)) continue;
      const listed = parseWhen(earlier.when, context);
      if (sameDay(listed, day)) return true;
      // One of a list's days, named again.
      const one = day.ok && day.occurrences.length === 1 ? day.occurrences[0] : undefined;
      if (
        one !== undefined &&
        earlier.perOccurrence === true &&
        listed.ok &&
        listed.occurrences.some(
          (o) =>
            o.start.month === one.start.month &&
            o.start.day === one.start.day &&
            compareDates(one.start, one.end) === 0,
        )
      )
        return true;
    }
    return false;
  }

  /**
   * Whether a row of prose restates a meeting an earlier row of prose already gave (the same
   * body on the same single day, as a news item names it twice): the earlier row takes the
   * time the later one adds, and the later one is no entry of its own.
   */
  function restatedMeeting(row: RawRow): boolean {
    if (row.owner === "" && dayPrecise(row.when)) return restatedListed(row);
    if (row.owner === "" || !dayPrecise(row.when)) return false;
    const day = parseWhen(row.when, context);
    if (!day.ok || day.occurrences.length !== 1) return false;
    const occurrence = day.occurrences[0];
    // A news item names its meeting again a few lines on; only rows that near are compared, so a
    // long document of prose costs no pass over all its rows per row.
    for (let k = rows.length - 1; k >= 0; k -= 1) {
      const earlier = rows[k];
      if (earlier === undefined || row.line - earlier.line > RESTATED_WITHIN_LINES) break;
      if (earlier.fromProse !== true || earlier.perOccurrence === true) continue;
      // The same body, or an earlier clause that names the body the later line gives its day to
      // ("… innan budgeten ska beslutas den 27 juli" naming kommunfullmäktige, then "Beslut om
      // budget tas i kommunfullmäktige den 27 juli").
      const sameOwner = sameBody(earlier.owner, row.owner);
      if (!sameOwner && !mentionsBody(earlier.event, row.owner)) continue;
      const other = parseWhen(earlier.when, context);
      const same =
        other.ok &&
        other.occurrences.length === 1 &&
        other.occurrences[0] !== undefined &&
        occurrence !== undefined &&
        compareDates(other.occurrences[0].start, occurrence.start) === 0 &&
        compareDates(other.occurrences[0].end, occurrence.end) === 0;
      if (!same || !other.ok) continue;
      const laterTime = occurrence?.startTime;
      const earlierTime = other.occurrences[0]?.startTime;
      if (
        earlierTime !== undefined &&
        laterTime !== undefined &&
        (earlierTime.hour !== laterTime.hour || earlierTime.minute !== laterTime.minute)
      )
        continue;
      if (earlierTime === undefined && laterTime !== undefined) (earlier as Writable<RawRow>).when = row.when;
      if (!sameOwner) {
        // The later line says whose day it is in so many words: its body is the owner, and its
        // text stays with the entry.
        const written = earlier as Writable<RawRow>;
        written.owner = row.owner;
        const restated = `${row.event} ${row.when}`.trim();
        written.notes = written.notes === "" ? restated : `${written.notes} ${restated}`;
      }
      return true;
    }
    return false;
  }

  /**
   * "Förbundsmötet sammanträder senast i april varje år …" and, a few lines on, "2023 genomförs
   * förbundsmötet den 27 april": the rule's month and the year's day are one meeting. The rule's
   * row (from prose, a span holding the day, its subject named again) goes into the day's notes.
   */
  function absorbRule(row: Writable<RawRow>): void {
    if (!dayPrecise(row.when)) return;
    const day = parseWhen(row.when, context);
    const one = day.ok && day.occurrences.length === 1 ? day.occurrences[0] : undefined;
    if (one === undefined) return;
    const words = row.event.toLowerCase();
    for (let k = rows.length - 1; k >= 0; k -= 1) {
      const earlier = rows[k];
      if (earlier === undefined || row.line - earlier.line > RESTATED_WITHIN_LINES) break;
      if (earlier.fromProse !== true || !RECURRING.test(earlier.event)) continue;
      const subject = SUBJECT.exec(earlier.event)?.[0].toLowerCase();
      if (subject === undefined || !words.includes(subject)) continue;
      // The rule names no year: read in the day's.
      const year = one.start.year;
      const span = parseWhen(earlier.when, { ...context, planYear: year, headingYear: year });
      const first = span.ok ? span.occurrences[0] : undefined;
      const last = span.ok ? span.occurrences[span.occurrences.length - 1] : undefined;
      if (first === undefined || last === undefined) continue;
      if (compareDates(first.start, one.start) > 0 || compareDates(one.end, last.end) > 0) continue;
      rows.splice(k, 1);
      if (state.last === earlier) state.last = undefined;
      if (state.datedHeading === earlier) state.datedHeading = undefined;
      if (state.shortDated?.row === earlier) state.shortDated = undefined;
      row.notes = row.notes === "" ? earlier.event : `${row.notes} ${earlier.event}`;
      return;
    }
  }

  function readLine(line: number, raw: string, indent: number): void {
    // A PDF's layout text: the lines of an entry after its first are indented far more.
    const last = state.last;
    if (
      last !== undefined &&
      state.lastIndent !== undefined &&
      indent >= state.lastIndent + 4 &&
      indent >= 4
    ) {
      last.event = last.event === "" ? raw.trim() : `${last.event} ${raw.trim()}`;
      return;
    }
    state.lastIndent = indent;
    const bulletMatch = BULLET.exec(raw);
    const bullet = bulletMatch !== null;
    const text = withoutLinkMarks(bullet ? raw.slice(bulletMatch[0].length).trim() : raw.trim());
    if (text === "") return;
    if (text.length > MAX_LINE) {
      skipped.push({ line, text: text.slice(0, 200), reason: "no-date" });
      return;
    }
    const labelled = state.afterFurniture === true;
    state.afterFurniture = false;
    if (PAGE_FURNITURE.test(text)) {
      skipped.push({ line, text: raw, reason: "page-furniture" });
      state.afterFurniture = furnitureLabel(text);
      // "Artikel skapad 2013-10-08" over "av Christer Ekstrand": the byline is the page's, it
      // does not go on with the last entry.
      state.last = undefined;
      return;
    }
    if (labelled && leadingDate(text, context)?.rest === "") {
      skipped.push({ line, text: raw, reason: "page-furniture" });
      return;
    }
    // "** ordförande … bjuds in till styrelsens möte den 7/10": a list's footnote naming days the
    // list above already gives, not meetings of its own.
    if (/^\*+\s/u.test(raw.trimStart()) && restatesListedDays(line, text)) {
      skipped.push({ line, text: raw, reason: "footnote-restated" });
      return;
    }
    // "Relaterade nyheter", "Fler nyheter": a list of news items follows, each a headline, its
    // publication date on a line of its own ("6 september 2021") and a sentence.
    if (NEWS_LISTING.test(text)) {
      state.newsListing = true;
      skipped.push({ line, text: raw, reason: "page-furniture" });
      return;
    }
    if (state.newsListing === true && WRITTEN_YEAR.test(text) && !bullet) {
      const only = leadingDate(text, context);
      if (only !== undefined && only.rest === "" && dayPrecise(only.when)) {
        skipped.push({ line, text: raw, reason: "page-furniture" });
        return;
      }
    }
    // A line in lower case goes on with the previous entry ("12 mars Budgetdialog med\nnämnderna").
    if (
      !bullet &&
      /^\p{Ll}/u.test(text) &&
      state.last !== undefined &&
      findDatePhrases(text, context).length === 0
    ) {
      const last = state.last;
      // "Fredag 29 november" / "klockan 9.00–16.00, Heldag konferens …": the time the copy broke
      // onto the next line is the entry's time, the rest its text.
      const time = LEADING_TIME.exec(text)?.[0];
      if (time !== undefined && last.when !== "" && !HAS_TIME.test(last.when)) {
        last.when = `${last.when} ${time}`;
        const rest = text.slice(time.length).replace(/^[\s,:;–-]+/u, "");
        if (rest !== "") continueWith(last, rest);
        return;
      }
      continueWith(last, text);
      return;
    }
    // A short dated heading ("Kommunstyrelse i maj", "Januari–maj") and the paragraph under
    // it are one item: the paragraph tells what happens then, its dates are the heading's.
    const heading = state.shortDated;
    // A paragraph, not another short dated line ("Politisk behandling i april/maj" after
    // "Analysdagar mars/april" is an item of its own); it may start with the heading's own date
    // ("Kommunfullmäktige i juni" over "I juni beslutar kommunfullmäktige …").
    const paragraph = words(text) > MAX_HEADING_WORDS || /[.!?]$/u.test(text);
    if (
      heading !== undefined &&
      paragraph &&
      (!startsWithDate(text) || words(text) >= PARAGRAPH_WORDS) &&
      withinHeading(text, heading)
    ) {
      const row = heading.row;
      const onlyDate = row.event === "";
      if (row.event === "") row.event = text;
      else row.notes = row.notes === "" ? text : `${row.notes} ${text}`;
      // Under a heading that is only a period ("Juni–september"), a sentence with a date of its
      // own within it ("Den sista september lämnar nämnderna …") is an item as well.
      if (onlyDate) {
        const own = proseRows(line, text, context, REFERENCE_BEFORE)?.filter((r) =>
          narrowerPart(r.when, row.when),
        );
        for (const r of own ?? []) push(r);
        if (own !== undefined && own.length > 0) state.shortDated = heading;
      }
      // "Budgetupptakt i februari" over "I mitten av februari genomförs …": the paragraph's
      // narrower date, inside the heading's, dates the item.
      const lead = leadingDate(text, context)?.when;
      if (lead !== undefined && narrower(lead, row.when)) row.when = lead;
      return;
    }
    state.shortDated = undefined;
    const columns = state.columns;
    const columnar =
      columns !== undefined && !bullet
        ? columnRows(line, text, columns.heads, state.organ ?? "", context)
        : undefined;
    if (columns !== undefined && columnar !== undefined) {
      if (!columns.used) skipped.push({ line: columns.line, text: columns.text, reason: "header-row" });
      columns.used = true;
      state.datedHeading = undefined;
      for (const row of columnar) push(row);
      return;
    }
    dropColumns();
    const prose = proseRows(line, text, context, REFERENCE_BEFORE, cancelListed);
    if (prose !== undefined) {
      state.datedHeading = undefined;
      for (const row of prose) {
        if (cancelledMeeting(row)) {
          skipped.push({ line, text: row.event, reason: "cancelled" });
          continue;
        }
        const read = meetingClause(row, text);
        if (!restatedMeeting(read)) push(read);
      }
      return;
    }
    const lead = leadingDate(text, context);
    if (lead !== undefined) {
      datedLine(line, lead.when, lead.rest, bullet);
      markShort(text, lead.when);
      return;
    }
    const trail = trailingDate(text, context);
    // "Sammanträdesdagar, januari-juni" over a grid: the heading of the months below, no item.
    if (trail !== undefined && LIST_HEADING.test(trail.rest.replace(/[\s,:–-]+$/u, ""))) {
      skipped.push({ line, text: raw, reason: "no-date" });
      return;
    }
    if (
      trail !== undefined &&
      (!REFERENCE_BEFORE.test(trail.rest) || movedOrPlannedTo(trail.rest)) &&
      !notWhenItHappens(trail.rest)
    ) {
      state.datedHeading = undefined;
      const organ = isOrganName(trail.rest) ? organName(trail.rest) : undefined;
      if (organ !== undefined) {
        const row = entry(line, trail.when, trail.rest.replace(/[:.]+$/u, ""), {
          owner: organ,
          perOccurrence: true,
        });
        // "Beslut om budget tas i kommunfullmäktige den 27 juli." under a paragraph that said so:
        // the body it names, not the whole clause, is compared.
        if (!restatedMeeting({ ...row, owner: organMentioned(trail.rest) ?? organ })) push(row);
      } else {
        // "Nästa KF är planerat till den 27 april": the body's day, at its usual time.
        const named = organMentioned(trail.rest);
        const time =
          named !== undefined && dayPrecise(trail.when) && !HAS_TIME.test(trail.when)
            ? documentTimes.get(named)
            : undefined;
        // "2023 genomförs förbundsmötet den 27 april": the year the sentence starts with is the day's.
        const year = WRITTEN_YEAR.test(trail.when) ? undefined : LEADING_YEAR.exec(trail.rest)?.[1];
        const when = year !== undefined ? `${trail.when} ${year}` : trail.when;
        const row = entry(line, time !== undefined ? `${when} ${time}` : when, trail.rest, {
          ...(named !== undefined ? { owner: named } : {}),
        });
        // "Beslut om budget tas i kommunfullmäktige den 27 juli." under a paragraph that said so, or
        // "Nästa direktionsmöte blir den 13 december 2021." under a list with 13/12: no new item.
        if (!restatedMeeting(row)) {
          absorbRule(row);
          push(row);
        }
      }
      markShort(text, trail.when);
      return;
    }
    // "Direktionsmötet den 22 november 2021 är inställt.": no item; the listed meeting neither.
    if (CANCELLED.test(text)) {
      const phrases = findDatePhrases(text, context);
      const only = phrases.length === 1 ? phrases[0] : undefined;
      if (only !== undefined) {
        cancelListed(only.text, text);
        skipped.push({ line, text: raw, reason: "cancelled" });
        return;
      }
    }
    // "• Underlag samlas ihop under hösten och blir …": a bullet is an item, and a date inside
    // it dates it even when the line is too short to be read as prose. Not under a dated
    // heading or month (the bullet tells what happens then), nor a year alone ("budget 2024").
    if (bullet && state.datedHeading === undefined && state.monthBlock === undefined) {
      const phrases = findDatePhrases(text, context);
      const only = phrases.length === 1 ? phrases[0] : undefined;
      if (
        only !== undefined &&
        !YEAR_ONLY.test(only.text) &&
        !REFERENCE_BEFORE.test(text.slice(0, only.start).trimEnd())
      ) {
        push(entry(line, only.text, text));
        return;
      }
    }
    dateless(line, text, bullet, bullet && /^\s*\d/u.test(bulletMatch[0]));
  }
}
