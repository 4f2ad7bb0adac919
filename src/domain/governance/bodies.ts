/**
 * The bodies (organ) a matter passes through, and their names for a kommun or a region.
 */
import type { Bilingual } from "../types";
import { asciiWords, WORD_START } from "../wordBoundary";

/** Kommun (KF/KS) or region (RF/RS): chosen once, in the Regler table. */
export type Organisation = "kommun" | "region";

/** A body's level in the chain nämnd → arbetsutskott → styrelse → fullmäktige. */
export type Body = "board" | "committee" | "executive" | "assembly";

/** The rank of a body in the chain (lower comes first). */
export const BODY_RANK: Readonly<Record<Body, number>> = {
  board: 0,
  committee: 1,
  executive: 2,
  assembly: 3,
};

/**
 * The body's name in a message: "kommunfullmäktige" / "the municipal council" (kommun) or
 * "regionfullmäktige" / "the regional council" (region).
 *
 * @example
 * bodyName("assembly", "region"); // { sv: "regionfullmäktige", en: "the regional council" }
 */
export function bodyName(body: Body, organisation: Organisation): Bilingual {
  const region = organisation === "region";
  switch (body) {
    case "assembly":
      return region
        ? { sv: "regionfullmäktige", en: "the regional council" }
        : { sv: "kommunfullmäktige", en: "the municipal council" };
    case "executive":
      return region
        ? { sv: "regionstyrelsen", en: "the regional executive board" }
        : { sv: "kommunstyrelsen", en: "the municipal executive board" };
    case "committee":
      return { sv: "arbetsutskottet", en: "the working committee" };
    case "board":
      return { sv: "nämnden", en: "the board" };
  }
}

/**
 * One scan finds the first body an event names. Substrings for the long words ("fullmäktige" in
 * "Kommunfullmäktiges", "nämnd" in "stadsdelsnämnden"), whole words for the abbreviations; `\b`
 * spelt as in ../wordBoundary, since a lookbehind per position made this the slowest pattern of
 * a 10,000-row check.
 */
const BODY = new RegExp(
  [
    `(?<assembly>fullmäktige|${asciiWords("kf|rf|lf")})`,
    `(?<committee>utskott|${asciiWords("ksau|rsau|au")})`,
    `(?<executive>(?:kommun|region|landstings)styrelse|${WORD_START}styrelsen|${asciiWords("ks|rs")})`,
    "(?<board>nämnd)",
  ].join("|"),
  "iu",
);

/** The rest of a body's name naming one of its committees: "…styrelsens arbetsutskott", "…nämndens individutskott". */
const ITS_COMMITTEE = /^\p{L}*\s+\p{L}*utskott/iu;

function firstBodyIn(text: string): Body | undefined {
  const match = BODY.exec(text);
  const groups = match?.groups;
  if (match === null || groups === undefined) return undefined;
  if (groups.assembly !== undefined) return "assembly";
  if (groups.committee !== undefined) return "committee";
  // "Kommunstyrelsens arbetsutskott" is the committee, not the styrelse it belongs to.
  if (ITS_COMMITTEE.test(text.slice(match.index + match[0].length))) return "committee";
  if (groups.executive !== undefined) return "executive";
  return groups.board !== undefined ? "board" : undefined;
}

/** "i kommunfullmäktige", "till KS": the body after a preposition is where the step happens. */
const AFTER_PREPOSITION = new RegExp(String.raw`${asciiWords("i|till|av|hos")}\s+(\S+(?:\s+\S+)?)`, "giu");

/**
 * The body an entry's step happens in: the body named after "i/till/av/hos" in the event, else
 * the first body the event names, else the owner's body.
 *
 * @example
 * bodyOf("Beslut om tertialrapport 1 i stadsdelsnämnden", ""); // "board"
 * bodyOf("Kommunfullmäktige fastställer budget 2008", "");      // "assembly"
 * bodyOf("Förslag till budget", "KS");                          // "executive"
 */
export function bodyOf(event: string, owner: string): Body | undefined {
  const first = firstBodyIn(event);
  if (first === undefined) return firstBodyIn(owner);
  for (const match of event.matchAll(AFTER_PREPOSITION)) {
    const found = firstBodyIn(match[1] ?? "");
    if (found !== undefined) return found;
  }
  return first;
}
