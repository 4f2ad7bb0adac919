/**
 * Finding the date phrases in a line of running text: "12 mars Budgetdialog med nämnderna",
 * "Budgetdialog 12 mars", "Vecka 48, måndag 28 november 2022 Budgetberedning", "I slutet av
 * mars fattar styrelsen beslut om … och i början av maj …". The raw-line and prose readers use
 * it to split a line into När and Händelse when a copy from a web page or a PDF lost the columns.
 *
 * A date phrase is a run of words that the date parser reads as date words only (month and
 * weekday names, day numbers, "v.", "kl.", "senast", "i början av", …) and that parseWhen reads
 * as a date. The run is the longest such run from its first word, up to {@link MAX_WORDS} words.
 */
import { parseWhen } from "../dates";
import { tokenizeWhen } from "../dates/whenTokens";
import type { WhenContext } from "../types";

/** A date phrase in a text: [start, end) character offsets and the phrase itself. */
export interface DatePhrase {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The longest phrase: a list of a year's meeting days ("2 februari, 2 mars, … 14 december"). */
const MAX_WORDS = 48;
/** Token kinds that can stand in a date phrase without ending it. */
const DATE_TOKEN_KINDS = new Set([
  "num",
  "date",
  "month",
  "weekday",
  "time",
  "week",
  "quarter",
  "part",
  "season",
  "range",
  "list",
  "deadline",
  "tentative",
  "monthTurn",
  "monthEnd",
  "named",
]);
/** Token kinds of which a phrase needs at least one: a bare number or weekday is no date. */
const SUBSTANTIVE = new Set(["date", "month", "week", "quarter", "season", "named"]);
/** Connectors that a phrase does not start with. */
const NOT_FIRST = /^(?:och|samt|eller|resp|respektive|till|to|and|or|-|–|—|,|av|om|år|året)$/iu;
/** Connectors and noise that a phrase does not end with. */
const NOT_LAST =
  /^(?:och|samt|eller|resp|respektive|till|to|and|or|-|–|—|,|den|i|per|under|på|från|av|om|år|senast|före|innan|kl|v)$/iu;

/** A parenthesised group of a text: "(tertial 1)", "(20 december 2022)". */
const PARENTHESISED = /\(([^()]{1,40})\)/gu;
/** The month or day just before a parenthesis: "i april (tertial 1)", "31 augusti (T2)". */
const DATE_BEFORE = /(?:\p{L}{3,}|\d{1,2})\s*$/u;

/**
 * The text with a period's name in parentheses after a month blanked out (same offsets):
 * "rapporter upprättas i april (tertial 1) och augusti" names April's report "tertial 1"; read
 * as a date, the tertial (January–April) would win over the month the sentence gives.
 * A date in parentheses ("i början av december (20 december 2022)") is kept.
 */
function withoutPeriodLabels(text: string): string {
  return text.replace(PARENTHESISED, (group: string, inner: string, offset: number) => {
    if (!isPeriodLabel(inner)) return group;
    const before = text.slice(Math.max(0, offset - 20), offset);
    const word = DATE_BEFORE.exec(before)?.[0].trim() ?? "";
    const dated = word !== "" && tokenizeWhen(word).some((t) => t.t === "month" || t.t === "date");
    return dated ? " ".repeat(group.length) : group;
  });
}

/**
 * Whether a text is only a period's name ("tertial 1", "T2", "Q3", "halvår 1"): in parentheses
 * after a month it names that month's report, it does not date it.
 *
 * @example
 * isPeriodLabel("tertial 1") // → true
 * isPeriodLabel("20 december 2022") // → false
 */
export function isPeriodLabel(text: string): boolean {
  const tokens = tokenizeWhen(text);
  return tokens.length > 0 && tokens.every((t) => t.t === "quarter");
}

/** Runs of spaces a blanked or removed parenthesis leaves in a phrase. */
const SPACES = /\s{2,}/gu;

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(/\S+/gu)) {
    words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return words;
}

/** Whether every token of a text is a date token, and at least one is substantive. */
function allDateWords(text: string): { all: boolean; substantive: boolean; dangling: boolean } {
  const tokens = tokenizeWhen(text);
  let substantive = false;
  for (const token of tokens) {
    if (!DATE_TOKEN_KINDS.has(token.t)) return { all: false, substantive, dangling: false };
    if (SUBSTANTIVE.has(token.t)) substantive = true;
  }
  // "September: Start": a part word ("start", "slut", "början") needs a month after it.
  const last = tokens[tokens.length - 1]?.t;
  const dangling = last === "part" || last === "deadline" || last === "monthTurn";
  return { all: true, substantive, dangling };
}

/** Word characters of a date phrase's edge word, without punctuation around it. */
function bare(word: string): string {
  return word.replace(/^[("'“”«»]+|[)"'“”«»:;,.!?]+$/gu, "");
}

/**
 * The longest date phrase that starts at word `first`, as [first, last] word indexes, or
 * undefined.
 */
function phraseFrom(
  text: string,
  words: readonly Word[],
  first: number,
  context: WhenContext,
): [number, number] | undefined {
  const firstWord = words[first];
  if (firstWord === undefined || NOT_FIRST.test(bare(firstWord.text))) return undefined;
  let best: number | undefined;
  const limit = Math.min(words.length, first + MAX_WORDS);
  for (let last = first; last < limit; last += 1) {
    const lastWord = words[last];
    if (lastWord === undefined) break;
    // A phrase ends with its sentence: "… ramar, i juni. I oktober genomför …" is two dates.
    if (last > first && /[.!?]$/u.test(words[last - 1]?.text ?? "") && /^\p{Lu}/u.test(lastWord.text)) break;
    const phrase = text.slice(firstWord.start, lastWord.end);
    const { all, substantive, dangling } = allDateWords(phrase);
    if (!all) {
      // "kl." alone is no date word but "kl. 9.30" is: look one word further before giving up.
      if (last + 1 < limit && allDateWords(text.slice(firstWord.start, words[last + 1]?.end ?? 0)).all)
        continue;
      break;
    }
    if (!substantive || dangling || NOT_LAST.test(bare(lastWord.text))) continue;
    if (parseWhen(trimPhrase(phrase), context).ok) best = last;
  }
  return best === undefined ? undefined : [first, best];
}

/** A phrase without the punctuation a sentence put around it ("12 mars:" → "12 mars"). */
export function trimPhrase(phrase: string): string {
  return phrase
    .replace(/^[\s(•·*–—-]+/u, "")
    .replace(/[\s:;,–—-]+$/u, "")
    .replace(/\.$/u, (dot) =>
      /\b(?:kl|v|jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\.$/iu.test(phrase) ? dot : "",
    )
    .trim();
}

/**
 * Every date phrase of a text, left to right, not overlapping.
 *
 * @example
 * findDatePhrases("I slutet av mars fattar styrelsen beslut och i början av maj", { planYear: 2026 })
 *   .map((p) => p.text); // → ["I slutet av mars", "i början av maj"]
 */
export function findDatePhrases(text: string, context: WhenContext): DatePhrase[] {
  // In running text a date may stand in parentheses ("i början av december (20 december 2022)"):
  // searched without them, at the same offsets.
  // A period's name in parentheses after a month is the report's name, not its date.
  const plain = text.includes("(") ? withoutPeriodLabels(text).replace(/[()]/gu, " ") : text;
  const words = wordsOf(plain);
  const phrases: DatePhrase[] = [];
  for (let first = 0; first < words.length; first += 1) {
    const found = phraseFrom(plain, words, first, context);
    if (found === undefined) continue;
    const start = words[found[0]]?.start ?? 0;
    const end = words[found[1]]?.end ?? 0;
    const raw = plain.slice(start, end);
    const trimmed = trimPhrase(raw);
    const offset = raw.indexOf(trimmed);
    first = found[1];
    // "I vanliga fall", "i så fall": the Swedish noun, not the English autumn.
    if (/^(?:i\s+)?fall$/iu.test(trimmed)) continue;
    // "på vår webbplats", "i vår kommun": the pronoun, not the spring.
    if (/(?:^|\s)vår$/iu.test(trimmed) && /^\s+\p{Ll}/u.test(plain.slice(start + offset + trimmed.length))) continue;
    phrases.push({ start: start + offset, end: start + offset + trimmed.length, text: trimmed.replace(SPACES, " ") });
  }
  return phrases;
}

/**
 * A line that starts with a date phrase and goes on with text: the phrase and the rest.
 *
 * @example
 * leadingDate("12 mars Budgetdialog med nämnderna", { planYear: 2026 });
 * // → { when: "12 mars", rest: "Budgetdialog med nämnderna" }
 */
export function leadingDate(line: string, context: WhenContext): { when: string; rest: string } | undefined {
  const words = wordsOf(line);
  const found = phraseFrom(line, words, 0, context);
  if (found === undefined) return undefined;
  const end = words[found[1]]?.end ?? 0;
  const when = trimPhrase(line.slice(0, end));
  const rest = line
    .slice(end)
    .replace(/^[\s:;,.–—-]+/u, "")
    .trim();
  return { when, rest };
}

/**
 * A line that ends with a date phrase: the text before it and the phrase.
 *
 * @example
 * trailingDate("Budgetdialog 12 mars", { planYear: 2026 }); // → { when: "12 mars", rest: "Budgetdialog" }
 */
export function trailingDate(line: string, context: WhenContext): { when: string; rest: string } | undefined {
  const words = wordsOf(line);
  for (let first = Math.max(1, words.length - MAX_WORDS); first < words.length; first += 1) {
    if (!allDateWords(line.slice(words[first]?.start ?? 0)).all) continue;
    const found = phraseFrom(line, words, first, context);
    if (found === undefined || found[1] !== words.length - 1) continue;
    const start = words[first]?.start ?? 0;
    const when = trimPhrase(line.slice(start));
    const rest = line
      .slice(0, start)
      .replace(/[\s:;,–—-]+$/u, "")
      .trim();
    if (rest === "") return undefined;
    return { when, rest };
  }
  return undefined;
}
