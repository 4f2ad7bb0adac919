/**
 * The year of a list of meeting days, checked against their weekdays. A body meets on one
 * weekday; a list of its days read in a year where they fall on several weekdays (or all on
 * another than the one the text gives: "sammanträder på onsdagar"), when in the year before or
 * after (a year the document also names) they all fall on one (that) weekday, was read in the
 * wrong year: "Förslag på sammanträdesdatum 2023:" over days that are all
 * Wednesdays in 2024, under a heading "Sammanträdesplan 2024". The days are read in that year,
 * and each entry says so and offers the year the text wrote as the other reading.
 */
import { isValidDate, plainDate, weekday, weekdayName } from "../dates";
import type { ReadingNote, TimelineEntry } from "../types";

/** A year written in a När text. */
const WRITTEN_YEAR = /(?:19|20|21)\d{2}/u;
/** Fewer days than this say nothing about a weekday. */
const MIN_DAYS = 4;

/** A single day whose year was not written with it: the kind of entry a list of days gives. */
function candidate(entry: TimelineEntry): boolean {
  const parsed = entry.parsed;
  if (!parsed.ok || parsed.explicitYear || parsed.statedWeekday !== undefined) return false;
  if (parsed.precision !== "day" || parsed.occurrences.length !== 1) return false;
  const occ = parsed.occurrences[0];
  if (occ === undefined) return false;
  const { start, end } = occ;
  if (start.year !== end.year || start.month !== end.month || start.day !== end.day) return false;
  return !WRITTEN_YEAR.test(entry.when);
}

/** The one weekday all the days fall on in `year`, or undefined. */
function sharedWeekday(days: readonly { month: number; day: number }[], year: number): number | undefined {
  let shared: number | undefined;
  for (const { month, day } of days) {
    if (!isValidDate(year, month, day)) return undefined;
    const w = weekday(plainDate(year, month, day));
    if (shared !== undefined && w !== shared) return undefined;
    shared = w;
  }
  return shared;
}

/** What the document says that bears on a list's year: the years it writes, the weekday it gives. */
export interface YearEvidence {
  readonly years: ReadonlySet<number>;
  /** The weekday (1 = Monday) the text says its body meets on ("sammanträder på onsdagar"). */
  readonly weekday?: number;
}

const MEETS_ON =
  /sammanträder\s+(?:\p{L}+\s+){0,3}?(?:på\s+|varannan\s+)?(måndag|tisdag|onsdag|torsdag|fredag)(?:ar|en)?(?!\p{L})/iu;
const WEEKDAY_NUMBER: Readonly<Record<string, number>> = {
  måndag: 1,
  tisdag: 2,
  onsdag: 3,
  torsdag: 4,
  fredag: 5,
};

/**
 * The years a text writes (1900–2199) and the weekday it says a body meets on.
 *
 * @example
 * yearEvidence("Nämnden sammanträder på onsdagar. Sammanträden 2024").weekday // → 3
 */
export function yearEvidence(text: string): YearEvidence {
  const years = new Set<number>();
  for (const m of text.matchAll(YEAR_IN_TEXT)) years.add(Number(m[0]));
  const day = MEETS_ON.exec(text)?.[1]?.toLowerCase();
  const weekday = day !== undefined ? WEEKDAY_NUMBER[day] : undefined;
  return weekday !== undefined ? { years, weekday } : { years };
}
const YEAR_IN_TEXT = /(?<!\d)(?:19|20|21)\d{2}(?!\d)/gu;

/**
 * Entries of lists of days moved to the year their weekdays give, with a note; the others as
 * they are. `evidence` gives the years the document writes and the weekday it names (asked only
 * when a list needs it). A list is moved when its days fall on several weekdays in the year read
 * (or all on another weekday than the one the text gives) and all on one (that) weekday in the
 * year before or after, a year the text writes.
 *
 * @example
 * // Eleven days read in 2023 that are all Wednesdays in 2024, a year the text names:
 * weekdayYear(entries, () => ({ years: new Set([2023, 2024]) }))[0]?.readingNotes?.[0]?.code // → "weekday-year"
 */
export function weekdayYear(
  entries: readonly TimelineEntry[],
  evidenceOf: () => YearEvidence,
): readonly TimelineEntry[] {
  const groups = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    if (!candidate(entry) || !entry.parsed.ok) return;
    const year = entry.parsed.occurrences[0]?.start.year ?? 0;
    const key = `${year}|${(entry.owner || entry.event).toLowerCase()}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [index]);
    else list.push(index);
  });
  let out: TimelineEntry[] | undefined;
  let evidence: YearEvidence | undefined;
  for (const [key, indexes] of groups) {
    if (indexes.length < MIN_DAYS) continue;
    const year = Number(key.slice(0, key.indexOf("|")));
    const days = indexes.map((i) => {
      const occ = entries[i]?.parsed.ok ? entries[i]?.parsed.occurrences[0] : undefined;
      return { month: occ?.start.month ?? 1, day: occ?.start.day ?? 1 };
    });
    const here = sharedWeekday(days, year);
    evidence = evidence ?? evidenceOf();
    const stated = evidence.weekday;
    if (here !== undefined && (stated === undefined || here === stated)) continue;
    const years = evidence.years;
    const other = [year + 1, year - 1].find((y) => {
      const w = years.has(y) ? sharedWeekday(days, y) : undefined;
      return w !== undefined && (stated === undefined || w === stated);
    });
    if (other === undefined) continue;
    const day = weekdayName(sharedWeekday(days, other) ?? 1, "sv");
    const dayEn = weekdayName(sharedWeekday(days, other) ?? 1, "en");
    out = out ?? [...entries];
    for (const i of indexes) {
      const entry = entries[i];
      if (entry === undefined || !entry.parsed.ok) continue;
      const occ = entry.parsed.occurrences[0];
      if (occ === undefined) continue;
      const date = plainDate(other, occ.start.month, occ.start.day);
      const note: ReadingNote = {
        code: "weekday-year",
        message:
          here === undefined
            ? {
                sv: `Läst som ${other}: listans ${indexes.length} datum är alla en ${day} ${other}, men faller på olika veckodagar ${year}, som texten annars ger. Kontrollera året.`,
                en: `Read as ${other}: the list's ${indexes.length} dates are all a ${dayEn} in ${other}, but fall on different weekdays in ${year}, which the text otherwise gives. Check the year.`,
              }
            : {
                sv: `Läst som ${other}: texten säger att sammanträdena är på ${day}ar, och listans ${indexes.length} datum är alla en ${day} ${other}, men en ${weekdayName(here, "sv")} ${year}, som texten annars ger. Kontrollera året.`,
                en: `Read as ${other}: the text says the meetings are on ${dayEn}s, and the list's ${indexes.length} dates are all a ${dayEn} in ${other}, but a ${weekdayName(here, "en")} in ${year}, which the text otherwise gives. Check the year.`,
              },
        alternativeWhen: `${entry.when} ${year}`,
      };
      out[i] = {
        ...entry,
        parsed: { ...entry.parsed, occurrences: [{ ...occ, start: date, end: date }] },
        readingNotes: [...(entry.readingNotes ?? []).filter((n) => n.code !== "year-inferred"), note],
      };
    }
  }
  return out ?? entries;
}
