/**
 * The middle stage of {@link parseWhen}: reads date atoms ("7 mars", "oktober", "v. 7", "Q2",
 * a bare day number) from the tokens and links them into groups by range ("-", "till") and list
 * ("och", ",") connectors. A group holds only atoms of compatible kinds; anything else (an
 * unknown word, a parenthesis) ends the group, so trailing words and places are ignored.
 */
import type { Part, Season, WhenToken } from "./whenTokens";

export type Atom =
  | { readonly kind: "day"; readonly day: number; readonly month: number; readonly year?: number }
  | { readonly kind: "num"; readonly value: number; readonly year?: number }
  | { readonly kind: "month"; readonly month: number; readonly year?: number }
  | { readonly kind: "part"; readonly part: Part; readonly month: number; readonly year?: number }
  | { readonly kind: "week"; readonly week: number; readonly year?: number }
  | { readonly kind: "season"; readonly season: Season; readonly year?: number }
  | {
      readonly kind: "quarter";
      readonly quarterKind: "quarter" | "tertial";
      readonly n: number;
      readonly year?: number;
    };

/** One element of a list: a single atom or a range from one atom to another. */
export interface GroupItem {
  readonly from: Atom;
  readonly to?: Atom;
}

export interface Group {
  readonly items: GroupItem[];
}

/** Everything read from the tokens: the groups, plus the flags and times found anywhere. */
export interface ReadTokens {
  readonly groups: Group[];
  readonly deadline: boolean;
  readonly tentative: boolean;
  readonly weekday?: number;
  readonly time?: Extract<WhenToken, { t: "time" }>;
  /** The first year written on its own ("2027", "år 2027"). */
  readonly looseYear?: number;
}

const isYear = (tok: WhenToken | undefined): tok is Extract<WhenToken, { t: "num" }> =>
  tok?.t === "num" && tok.digits === 4 && tok.value >= 1900 && tok.value <= 2199;

/** An optional year right after position i; returns the year and the next position. */
function optYear(tokens: readonly WhenToken[], i: number): [number | undefined, number] {
  const tok = tokens[i];
  if (isYear(tok)) return [tok.value, i + 1];
  // "June 4, 2026"
  if (tok?.t === "list" && tok.comma && isYear(tokens[i + 1])) {
    const year = tokens[i + 1];
    return [year?.t === "num" ? year.value : undefined, i + 2];
  }
  return [undefined, i];
}

const withYear = <A extends Atom>(atom: A, year: number | undefined): A =>
  year === undefined ? atom : { ...atom, year };

const isDayNumber = (tok: WhenToken | undefined): tok is Extract<WhenToken, { t: "num" }> =>
  tok?.t === "num" && tok.digits <= 2;

/** Reads one atom at position i, or returns undefined. */
function readAtom(tokens: readonly WhenToken[], i: number): [Atom, number] | undefined {
  const tok = tokens[i];
  const next = tokens[i + 1];
  if (!tok) return undefined;
  switch (tok.t) {
    case "date": {
      const atom: Atom = { kind: "day", day: tok.day, month: tok.month };
      if (tok.year !== undefined) return [withYear(atom, tok.year), i + 1];
      const [year, after] = optYear(tokens, i + 1);
      return [withYear(atom, year), after];
    }
    case "num": {
      if (tok.digits > 2) return undefined;
      if (next?.t === "month") {
        const [year, after] = optYear(tokens, i + 2);
        return [withYear({ kind: "day", day: tok.value, month: next.month }, year), after];
      }
      return [{ kind: "num", value: tok.value }, i + 1];
    }
    case "month": {
      // English "June 4" / "June 4, 2026", unless the number starts a new date ("maj 3 juni").
      if (isDayNumber(next) && tokens[i + 2]?.t !== "month") {
        const [year, after] = optYear(tokens, i + 2);
        return [withYear({ kind: "day", day: next.value, month: tok.month }, year), after];
      }
      const [year, after] = optYear(tokens, i + 1);
      return [withYear({ kind: "month", month: tok.month }, year), after];
    }
    case "part": {
      // "mid-October": skip the hyphen between the part word and the month.
      let j = i + 1;
      if (tokens[j]?.t === "range") j += 1;
      const month = tokens[j];
      if (month?.t !== "month") return undefined;
      const [year, after] = optYear(tokens, j + 1);
      return [withYear({ kind: "part", part: tok.part, month: month.month }, year), after];
    }
    case "week": {
      const [year, after] = optYear(tokens, i + 1);
      return [withYear({ kind: "week", week: tok.week }, year), after];
    }
    case "season": {
      const [year, after] = optYear(tokens, i + 1);
      return [withYear({ kind: "season", season: tok.season }, year), after];
    }
    case "quarter": {
      const [year, after] = optYear(tokens, i + 1);
      return [withYear({ kind: "quarter", quarterKind: tok.kind, n: tok.n }, year), after];
    }
    default:
      return undefined;
  }
}

const FAMILY: Record<Atom["kind"], string> = {
  day: "day",
  num: "num",
  month: "month",
  part: "month",
  week: "week",
  season: "season",
  quarter: "quarter",
};

/** Whether b may follow a in one group ("7 och 9 maj", "maj-juni", "v.10-11"). */
function compatible(a: Atom, b: Atom): boolean {
  const fa = FAMILY[a.kind];
  const fb = FAMILY[b.kind];
  if (fa === fb) return true;
  if (fa === "num") return fb === "day" || fb === "week" || fb === "quarter";
  if (fb === "num") return fa === "day" || fa === "week" || fa === "quarter";
  return false;
}

/**
 * Reads the groups, flags and times of a token list. Never throws.
 *
 * @example
 * readTokens(tokenizeWhen("4, 11 och 18 maj")).groups[0]?.items.length; // 3
 */
export function readTokens(tokens: readonly WhenToken[]): ReadTokens {
  const groups: Group[] = [];
  let current: Group | undefined;
  let connector: "range" | "list" | undefined;
  let deadline = false;
  let tentative = false;
  let weekday: number | undefined;
  let time: Extract<WhenToken, { t: "time" }> | undefined;
  let looseYear: number | undefined;
  let i = 0;
  while (i < tokens.length) {
    const read = readAtom(tokens, i);
    if (read) {
      const [atom, after] = read;
      const last = current?.items[current.items.length - 1];
      const lastAtom = last?.to ?? last?.from;
      if (current && last && lastAtom && connector && compatible(lastAtom, atom)) {
        if (connector === "range" && last.to === undefined) {
          current.items[current.items.length - 1] = { from: last.from, to: atom };
        } else {
          current.items.push({ from: atom });
        }
      } else {
        current = { items: [{ from: atom }] };
        groups.push(current);
      }
      connector = undefined;
      i = after;
      continue;
    }
    const tok = tokens[i];
    i += 1;
    if (!tok) break;
    switch (tok.t) {
      case "range":
        // "t.o.m. 5 maj", "till 30 juni": a range with no start is a deadline.
        if (groups.length === 0) deadline = true;
        connector = "range";
        break;
      case "list":
        connector = connector ?? "list";
        break;
      case "deadline":
        deadline = true;
        break;
      case "tentative":
        tentative = true;
        break;
      case "weekday":
        weekday = weekday ?? tok.weekday;
        break;
      case "time":
        time = time ?? tok;
        break;
      case "num":
        if (isYear(tok)) looseYear = looseYear ?? tok.value;
        else current = undefined;
        connector = undefined;
        break;
      default:
        current = undefined;
        connector = undefined;
    }
  }
  return { groups, deadline, tentative, weekday, time, looseYear };
}
