/**
 * The reader of a small table of dates whose columns were flattened into lines: a line of column
 * headings ("Sammanträde Utbildning") and under it lines of dates only, one date per column
 * ("Onsdag 12 februari Torsdag 13 februari" = a meeting on the 12th, a training day on the 13th),
 * as a PDF's text gives a two-column table. Each date becomes an entry named by its column.
 * A line with fewer dates than columns cannot say which column a date was in: it is read in the
 * first column and the entry says so.
 */
import { monthFromWord, parseWhen, weekdayFromWord } from "../../dates";
import type { RawRow, ReadingNote, WhenContext } from "../../types";
import { leadingDate } from "../datePhrases";

/** A table of dates has two to four columns. */
const MIN_COLUMNS = 2;
const MAX_COLUMNS = 4;

/**
 * The column headings of a line ("Sammanträde Utbildning"), or undefined: two to four words,
 * each a capitalised word of letters that is no month or weekday name.
 *
 * @example
 * columnHeads("Sammanträde Utbildning") // → ["Sammanträde", "Utbildning"]
 * columnHeads("Budget och plan")        // → undefined
 */
export function columnHeads(text: string): string[] | undefined {
  const words = text.trim().split(/\s+/u);
  if (words.length < MIN_COLUMNS || words.length > MAX_COLUMNS) return undefined;
  const heads = words.every(
    (w) =>
      /^\p{Lu}[\p{Ll}-]{3,}$/u.test(w) && monthFromWord(w) === undefined && weekdayFromWord(w) === undefined,
  );
  return heads ? words : undefined;
}

/** A piece of a line that is one date of its own: it names a month or is written in digits. */
function oneDate(words: readonly string[], context: WhenContext): boolean {
  if (words.length === 0) return false;
  if (!words.some((w) => monthFromWord(w.replace(/[.,]$/u, "")) !== undefined || /\d[/.-]\d/u.test(w)))
    return false;
  const text = words.join(" ");
  // Date words only: "Möte i stadshuset 9 mars" is no cell of dates.
  if (leadingDate(text, context)?.rest !== "") return false;
  const parsed = parseWhen(text, context);
  return parsed.ok && parsed.occurrences.length === 1;
}

/** The line cut into `count` dates of their own, or undefined when it cannot be. */
function splitDates(words: readonly string[], count: number, context: WhenContext): string[] | undefined {
  if (count === 1) return oneDate(words, context) ? [words.join(" ")] : undefined;
  for (let cut = 1; cut < words.length; cut += 1) {
    const head = words.slice(0, cut);
    if (!oneDate(head, context)) continue;
    const rest = splitDates(words.slice(cut), count - 1, context);
    if (rest !== undefined) return [head.join(" "), ...rest];
  }
  return undefined;
}

/**
 * The rows of a line of dates under column headings, or undefined when the line is not one
 * (it has words besides dates, or its dates cannot be cut one per column).
 *
 * @example
 * columnRows(9, "Onsdag 12 februari Torsdag 13 februari", ["Sammanträde", "Utbildning"], "", { planYear: 2020 })
 *   ?.map((r) => `${r.event}: ${r.when}`); // → ["Sammanträde: Onsdag 12 februari", "Utbildning: Torsdag 13 februari"]
 */
export function columnRows(
  line: number,
  text: string,
  heads: readonly string[],
  owner: string,
  context: WhenContext,
): RawRow[] | undefined {
  const words = text.trim().split(/\s+/u);
  for (let count = heads.length; count >= 1; count -= 1) {
    const dates = splitDates(words, count, context);
    if (dates === undefined) continue;
    const note: ReadingNote | undefined =
      count < heads.length
        ? {
            code: "column-unsure",
            message: {
              sv: `Raden har ${count} datum för ${heads.length} kolumner (${heads.join(", ")}): läst i kolumnen ${heads[0] ?? ""}.`,
              en: `The line has ${count} date(s) for ${heads.length} columns (${heads.join(", ")}): read in the column ${heads[0] ?? ""}.`,
            },
          }
        : undefined;
    return dates.map((when, index) => ({
      line,
      when,
      event: heads[index] ?? "",
      owner,
      notes: "",
      ...(note !== undefined ? { readingNotes: [note] } : {}),
    }));
  }
  return undefined;
}
