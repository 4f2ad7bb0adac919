/**
 * The words of När texts that are not month or weekday names: connectors ("till", "och"),
 * deadline, tentative, part-of-month and season words, holidays ("julen", "midsommar"), and noise
 * words that carry no date.
 */
import type { PlainTime } from "../types";

export type Part = "early" | "mid" | "late";
export type Season = "spring" | "summer" | "autumn";
/** A holiday named in a När text; alone it is a deadline, after "efter" the days after it. */
export type Holiday = "jul" | "midsommar" | "påsk" | "nyår";
/** Spans with a name of their own: "mellandagarna", "årsskiftet", "i början/slutet av året". */
export type NamedSpan = "mellandagar" | "årsskifte" | "year-early" | "year-late";

export type WhenToken =
  | { readonly t: "num"; readonly value: number; readonly digits: number }
  | { readonly t: "date"; readonly day: number; readonly month: number; readonly year?: number }
  | { readonly t: "month"; readonly month: number }
  | { readonly t: "weekday"; readonly weekday: number }
  | { readonly t: "time"; readonly start: PlainTime; readonly end?: PlainTime }
  | { readonly t: "week"; readonly week: number }
  | { readonly t: "quarter"; readonly kind: "quarter" | "tertial" | "half"; readonly n: number }
  | { readonly t: "part"; readonly part: Part }
  | { readonly t: "season"; readonly season: Season }
  | { readonly t: "range" }
  | { readonly t: "list"; readonly comma: boolean }
  | { readonly t: "deadline" }
  | { readonly t: "tentative" }
  | { readonly t: "break"; readonly paren?: "open" | "close" }
  /** "jul" without a day or a month beside it is Christmas, with one July (decided in whenTokens.ts). */
  | { readonly t: "jul"; readonly dot: boolean }
  | { readonly t: "holiday"; readonly holiday: Holiday }
  | { readonly t: "named"; readonly span: NamedSpan }
  /** "efter" / "after", before a holiday. */
  | { readonly t: "after" }
  /** "per" before a day: a period-end date ("per den 30 april"). */
  | { readonly t: "per" }
  /** "ev.", "alt.", "alternativt": what follows a date is an alternative to it. */
  | { readonly t: "alt" }
  /** "första veckan", "sista veckan" (nth = -1), before a month. */
  | { readonly t: "monthWeek"; readonly nth: number }
  /** "månadsskiftet", before two months ("april/maj"). */
  | { readonly t: "monthTurn" }
  /** "månads utgång" after a month: that month's last day. */
  | { readonly t: "monthEnd" }
  /** A footnote mark after a day: "*", "**", a superscript digit. */
  | { readonly t: "mark"; readonly mark: string };

/** Word → token, or null for a noise word that is skipped without ending a date group. */
export const WHEN_WORDS: ReadonlyMap<string, WhenToken | null> = new Map<string, WhenToken | null>([
  ...["till", "to", "through", "thru", "until", "tom"].map((w): [string, WhenToken] => [w, { t: "range" }]),
  ...["och", "and", "samt", "eller", "or", "resp", "respektive"].map((w): [string, WhenToken] => [
    w,
    { t: "list", comma: false },
  ]),
  ...["senast", "före", "innan", "by", "before", "deadline", "due"].map((w): [string, WhenToken] => [
    w,
    { t: "deadline" },
  ]),
  ...["prel", "preliminärt", "preliminär", "preliminary", "tentative", "tentativt", "tbc"].map(
    (w): [string, WhenToken] => [w, { t: "tentative" }],
  ),
  ...["början", "borjan", "beginning", "early", "start", "starten", "inledningen"].map(
    (w): [string, WhenToken] => [w, { t: "part", part: "early" }],
  ),
  ...["julen", "julhelgen"].map((w): [string, WhenToken] => [w, { t: "holiday", holiday: "jul" }]),
  ...["midsommar", "midsommaren", "midsommarhelgen", "midsummer"].map((w): [string, WhenToken] => [
    w,
    { t: "holiday", holiday: "midsommar" },
  ]),
  ...["påsk", "påsken", "påskhelgen", "easter"].map((w): [string, WhenToken] => [
    w,
    { t: "holiday", holiday: "påsk" },
  ]),
  ...["nyår", "nyåret", "nyårshelgen"].map((w): [string, WhenToken] => [
    w,
    { t: "holiday", holiday: "nyår" },
  ]),
  ...["mellandagarna", "mellandagar"].map((w): [string, WhenToken] => [
    w,
    { t: "named", span: "mellandagar" },
  ]),
  ...["årsskiftet", "årsskifte"].map((w): [string, WhenToken] => [w, { t: "named", span: "årsskifte" }]),
  ...["efter", "after"].map((w): [string, WhenToken] => [w, { t: "after" }]),
  ...["ev", "eventuellt", "alt", "alternativt", "alternatively"].map((w): [string, WhenToken] => [
    w,
    { t: "alt" },
  ]),
  ["per", { t: "per" }],
  ...["månadsskiftet", "månadsskifte", "månadsskiftena"].map((w): [string, WhenToken] => [
    w,
    { t: "monthTurn" },
  ]),
  ...["mitten", "mid", "middle", "halvan"].map((w): [string, WhenToken] => [w, { t: "part", part: "mid" }]),
  ...["slutet", "slut", "end", "late", "utgången"].map((w): [string, WhenToken] => [
    w,
    { t: "part", part: "late" },
  ]),
  ...["våren", "vår", "vårterminen", "vt", "spring"].map((w): [string, WhenToken] => [
    w,
    { t: "season", season: "spring" },
  ]),
  ...["sommaren", "sommar", "summer"].map((w): [string, WhenToken] => [w, { t: "season", season: "summer" }]),
  ...["hösten", "höst", "höstterminen", "ht", "autumn", "fall"].map((w): [string, WhenToken] => [
    w,
    { t: "season", season: "autumn" },
  ]),
  // Words that carry no date and do not interrupt one: "den 3 oktober", "under oktober månad".
  ...[
    "den",
    "i",
    "under",
    "på",
    "perioden",
    "period",
    "månad",
    "månaden",
    "month",
    "av",
    "of",
    "the",
    "in",
    "during",
    "on",
    "från",
    "from",
    "mellan",
    "between",
    "om",
    "at",
    "ca",
    "cirka",
    "omkring",
    "about",
    "around",
    "ungefär",
    "år",
    "året",
    "year",
    "datum",
    "date",
    "nr",
    "no",
    "klockan",
    "a",
    "e",
  ].map((w): [string, null] => [w, null]),
]);
