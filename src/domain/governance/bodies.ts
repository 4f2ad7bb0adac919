/**
 * The bodies (organ) a matter passes through, and their names for a kommun or a region.
 */
import type { Bilingual } from "../types";

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

/** Whole-word patterns: `\b` around Swedish words, where å, ä and ö are letters. */
const W0 = String.raw`(?<![\p{L}\d])`;
const W1 = String.raw`(?![\p{L}\d])`;

const BODY_PATTERNS: readonly (readonly [Body, RegExp])[] = [
  ["assembly", new RegExp(`${W0}(?:(?:kommun|region|landstings)?fullmäktige\\p{L}*|kf|rf|lf)${W1}`, "iu")],
  ["committee", new RegExp(`${W0}(?:\\p{L}*arbetsutskott\\p{L}*|ksau|rsau|au)${W1}`, "iu")],
  [
    "executive",
    new RegExp(`${W0}(?:(?:kommun|region|landstings)styrelse\\p{L}*|styrelsen\\p{L}*|ks|rs)${W1}`, "iu"),
  ],
  ["board", new RegExp(`${W0}\\p{L}*nämnd\\p{L}*${W1}`, "iu")],
];

/** "i kommunfullmäktige", "till KS": the body after a preposition is where the step happens. */
const AFTER_PREPOSITION = new RegExp(`${W0}(?:i|till|av|hos)\\s+(\\S+(?:\\s+\\S+)?)`, "giu");

function firstBodyIn(text: string): { body: Body; at: number } | undefined {
  let found: { body: Body; at: number } | undefined;
  for (const [body, pattern] of BODY_PATTERNS) {
    const match = pattern.exec(text);
    if (match !== null && (found === undefined || match.index < found.at)) found = { body, at: match.index };
  }
  return found;
}

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
  for (const match of event.matchAll(AFTER_PREPOSITION)) {
    const found = firstBodyIn(match[1] ?? "");
    if (found !== undefined) return found.body;
  }
  return firstBodyIn(event)?.body ?? firstBodyIn(owner)?.body;
}
