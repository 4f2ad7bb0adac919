/**
 * The middle stage of {@link parseWhen}: reads date atoms ("7 mars", "oktober", "v. 7", "Q2",
 * a bare day number) from the tokens and links them into groups by range ("-", "till") and list
 * ("och", ",") connectors. A group holds only atoms of compatible kinds; anything else (an
 * unknown word, a parenthesis) ends the group, so trailing words and places are ignored.
 */
import type { Holiday, NamedSpan, Part, Season, WhenToken } from "./whenTokens";

/** A holiday alone ("före jul": a deadline) or after "efter" ("efter midsommar": the days after). */
export type NamedAtom = NamedSpan | Holiday | `after-${Holiday}`;

export type Atom =
  | {
      readonly kind: "day";
      readonly day: number;
      readonly month: number;
      readonly year?: number;
      /** Written after "per": a period-end date ("per den 30 april"). */
      readonly per?: true;
    }
  | { readonly kind: "num"; readonly value: number; readonly year?: number }
  | { readonly kind: "month"; readonly month: number; readonly year?: number }
  | { readonly kind: "part"; readonly part: Part; readonly month: number; readonly year?: number }
  | { readonly kind: "week"; readonly week: number; readonly year?: number }
  | { readonly kind: "season"; readonly season: Season; readonly year?: number }
  | {
      readonly kind: "quarter";
      readonly quarterKind: "quarter" | "tertial" | "half";
      readonly n: number;
      readonly year?: number;
    }
  | { readonly kind: "named"; readonly name: NamedAtom; readonly year?: number }
  /** "andra veckan i maj" (nth 2), "sista veckan i maj" (nth -1). */
  | { readonly kind: "monthWeek"; readonly nth: number; readonly month: number; readonly year?: number }
  /** "fredag vecka 40": one day of an ISO week; "tis–tor v. 12" a span of days (toWeekday). */
  | {
      readonly kind: "weekDay";
      readonly week: number;
      readonly weekday: number;
      readonly toWeekday?: number;
      readonly year?: number;
    }
  /** "början av v. 12": part of an ISO week. */
  | { readonly kind: "weekPart"; readonly week: number; readonly part: Part; readonly year?: number }
  /** "månadsskiftet april/maj": 21 April–10 May, as "i slutet av april – i början av maj". */
  | { readonly kind: "monthTurn"; readonly month: number; readonly year?: number }
  /** "april månads utgång": the month's last day, a period end. */
  | { readonly kind: "monthEnd"; readonly month: number; readonly year?: number };

/** One element of a list: a single atom or a range from one atom to another. */
export interface GroupItem {
  readonly from: Atom;
  readonly to?: Atom;
}

export interface Group {
  readonly items: GroupItem[];
}

export type TimeToken = Extract<WhenToken, { t: "time" }>;

/** Where a time or mark stood: after item `item` of group `group`, or before any date. */
export interface Placed {
  readonly group?: number;
  readonly item?: number;
}

export interface PlacedTime extends Placed {
  readonly time: TimeToken;
  /** Written in parentheses ("5, 19 (08.00)"): it belongs to the date right before it only. */
  readonly paren: boolean;
}

export interface PlacedMark extends Placed {
  readonly mark: string;
}

/** Everything read from the tokens: the groups, plus the flags and times found anywhere. */
export interface ReadTokens {
  readonly groups: Group[];
  readonly deadline: boolean;
  readonly tentative: boolean;
  readonly weekday?: number;
  /** Every time written, in order, with the date it follows. */
  readonly times: readonly PlacedTime[];
  /** Footnote marks written right after a date. */
  readonly marks: readonly PlacedMark[];
  /** The first year written on its own ("2027", "år 2027"). */
  readonly looseYear?: number;
  /** Groups from this index on were written as alternatives ("12/5 (ev. 19/5)"). */
  readonly altFrom?: number;
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

const isConnector = (tok: WhenToken | undefined): boolean => tok?.t === "range" || tok?.t === "list";

const isDayNumber = (tok: WhenToken | undefined): tok is Extract<WhenToken, { t: "num" }> =>
  tok?.t === "num" && tok.digits <= 2;

/** A weekday, or a range of them ("tis–tor"), at position i: [from, to, next position]. */
function weekdays(tokens: readonly WhenToken[], i: number): [number, number | undefined, number] | undefined {
  const from = tokens[i];
  if (from?.t !== "weekday") return undefined;
  const to = tokens[i + 2];
  if (tokens[i + 1]?.t === "range" && to?.t === "weekday") return [from.weekday, to.weekday, i + 3];
  return [from.weekday, undefined, i + 1];
}

function weekDay(week: number, [weekday, toWeekday]: [number, number | undefined, number]): Atom {
  return toWeekday === undefined
    ? { kind: "weekDay", week, weekday }
    : { kind: "weekDay", week, weekday, toWeekday };
}

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
      if (next?.t === "monthEnd") {
        const [year, after] = optYear(tokens, i + 2);
        return [withYear({ kind: "monthEnd", month: tok.month }, year), after];
      }
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
      if (month?.t === "week") {
        const [year, after] = optYear(tokens, j + 1);
        return [withYear({ kind: "weekPart", part: tok.part, week: month.week }, year), after];
      }
      if (month?.t !== "month") return undefined;
      const [year, after] = optYear(tokens, j + 1);
      return [withYear({ kind: "part", part: tok.part, month: month.month }, year), after];
    }
    case "week": {
      const [year, after] = optYear(tokens, i + 1);
      // "v. 40 fre", "v 12 tis–tor" (but not "Vecka 7 tisdag 13 februari", where the weekday goes
      // with the date).
      const days = weekdays(tokens, after);
      const dayNext = days ? tokens[days[2]]?.t : undefined;
      if (days && dayNext !== "num" && dayNext !== "date") {
        return [withYear(weekDay(tok.week, days), year), days[2]];
      }
      return [withYear({ kind: "week", week: tok.week }, year), after];
    }
    case "weekday": {
      // "fredag vecka 40", "fre v. 40": that day of the week; "tis–tor v. 12" those days.
      const days = weekdays(tokens, i);
      const week = days ? tokens[days[2]] : undefined;
      if (!days || week?.t !== "week") return undefined;
      const [year, after] = optYear(tokens, days[2] + 1);
      return [withYear(weekDay(week.week, days), year), after];
    }
    case "monthWeek": {
      if (next?.t !== "month") return undefined;
      const [year, after] = optYear(tokens, i + 2);
      return [withYear({ kind: "monthWeek", nth: tok.nth, month: next.month }, year), after];
    }
    case "holiday": {
      const [year, after] = optYear(tokens, i + 1);
      return [withYear({ kind: "named", name: tok.holiday }, year), after];
    }
    case "named": {
      const [year, after] = optYear(tokens, i + 1);
      return [withYear({ kind: "named", name: tok.span }, year), after];
    }
    case "after": {
      // "efter midsommar", "efter jul och nyår" (the last holiday named counts).
      let j = i + 1;
      let holiday: Holiday | undefined;
      while (tokens[j]?.t === "holiday") {
        const h = tokens[j];
        if (h?.t === "holiday") holiday = h.holiday;
        j += 1;
        if (tokens[j]?.t === "list" && tokens[j + 1]?.t === "holiday") j += 1;
      }
      if (holiday === undefined) return undefined;
      const [year, after] = optYear(tokens, j);
      return [withYear({ kind: "named", name: `after-${holiday}` }, year), after];
    }
    case "monthTurn": {
      // "månadsskiftet april/maj", "månadsskiftet april–maj": two months, the second the next.
      const first = tokens[i + 1];
      const second = tokens[i + 3];
      if (first?.t !== "month" || !isConnector(tokens[i + 2]) || second?.t !== "month") return undefined;
      if (second.month !== (first.month % 12) + 1) return undefined;
      const [year, after] = optYear(tokens, i + 4);
      return [withYear({ kind: "monthTurn", month: first.month }, year), after];
    }
    case "per": {
      const read = readAtom(tokens, i + 1);
      if (read?.[0].kind === "day") return [{ ...read[0], per: true }, read[1]];
      return read;
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
  named: "named",
  monthWeek: "week",
  weekDay: "day",
  weekPart: "week",
  monthEnd: "day",
  monthTurn: "month",
};

/** Whether b may follow a in one group ("7 och 9 maj", "maj-juni", "v.10-11"). */
function compatible(a: Atom, b: Atom): boolean {
  const fa = FAMILY[a.kind];
  const fb = FAMILY[b.kind];
  if (fa === fb) return true;
  // "20 december till jul", "1 december – mellandagarna".
  if ((fa === "day" && fb === "named") || (fa === "named" && fb === "day")) return true;
  if (fa === "num") return fb === "day" || fb === "week" || fb === "quarter";
  if (fb === "num") return fa === "day" || fa === "week" || fa === "quarter";
  return false;
}

/** The empty times and marks of a text that has none (never pushed to). */
const NONE: never[] = [];

/**
 * Reads the groups, flags, times and marks of a token list. Never throws.
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
  // Most texts have neither: the shared empty arrays are replaced on the first push.
  let times: PlacedTime[] = NONE;
  let marks: PlacedMark[] = NONE;
  let looseYear: number | undefined;
  let altFrom: number | undefined;
  let inParen = false;
  // The group and item the last atom was read into (-1: none yet), and whether the token just
  // before was that atom. Two numbers, not an object: this runs for every atom of every text.
  let lastGroup = -1;
  let lastItem = -1;
  let justAfterAtom = false;
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
        lastGroup = groups.length - 1;
      }
      lastItem = current.items.length - 1;
      justAfterAtom = true;
      connector = undefined;
      i = after;
      continue;
    }
    const tok = tokens[i];
    i += 1;
    if (!tok) break;
    const afterAtom: boolean = justAfterAtom;
    justAfterAtom = false;
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
        if (times === NONE) times = [];
        times.push(
          lastGroup < 0
            ? { time: tok, paren: inParen }
            : { group: lastGroup, item: lastItem, time: tok, paren: inParen },
        );
        break;
      case "mark":
        if (afterAtom) {
          if (marks === NONE) marks = [];
          marks.push({ group: lastGroup, item: lastItem, mark: tok.mark });
        }
        justAfterAtom = afterAtom;
        break;
      case "alt":
        // "12/5 (ev. 19/5)": what follows a date is an alternative; before any date, "ev." only
        // makes the date tentative ("ev. 12 maj").
        tentative = true;
        if (groups.length > 0) {
          altFrom = altFrom ?? groups.length;
          current = undefined;
          connector = undefined;
        }
        break;
      case "num":
        if (isYear(tok)) looseYear = looseYear ?? tok.value;
        else current = undefined;
        connector = undefined;
        break;
      case "break":
        if (tok.paren !== undefined) inParen = tok.paren === "open";
        current = undefined;
        connector = undefined;
        break;
      default:
        current = undefined;
        connector = undefined;
    }
  }
  return {
    groups,
    deadline,
    tentative,
    weekday,
    times,
    marks,
    looseYear,
    ...(altFrom === undefined ? {} : { altFrom }),
  };
}
