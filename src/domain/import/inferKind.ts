/**
 * What kind of step an entry is, read from the words of its event. The first matching rule in
 * priority order wins: an MBL step about a report is an MBL step, a decision on a draft is a
 * decision.
 */
import type { EntryKind } from "../types";
import { asciiWords } from "../wordBoundary";

/** Whole words, Unicode-aware (JavaScript's \b does not know å, ä and ö). */
function words(list: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list})(?![\\p{L}])`, "iu");
}

const RULES: readonly (readonly [EntryKind, RegExp])[] = [
  ["mbl", words("mbl")],
  // A row that starts with a meeting ("Budgetberedning dag 1", "Chefsmöte med …") is that
  // meeting, whatever is presented in it. "Budgetberedningen informeras" names the body instead.
  ["meeting", /^(?:utökad\s+|extra\s+)?(?:budgetberedning(?!en)|\p{L}*möte(?!t)|sammanträde)/iu],
  [
    "decision",
    words(
      "beslut om|beslutar|beslutas|beslut i|fastställer|fastställs|fastställa|antar|antas|decision on|decides|adopts|approves",
    ),
  ],
  // English words as whole words; asciiWords is `\b…\b` spelt so that V8 can scan fast.
  [
    "draft",
    new RegExp(
      `utkast|presenteras|presentation av förslag|${asciiWords("draft|is presented|are presented")}`,
      "iu",
    ),
  ],
  ["information", new RegExp(`informeras|information|${asciiWords("informed")}`, "iu")],
  ["dialogue", /dialog/iu],
  [
    "report",
    new RegExp(
      `färdigställs|rapport|bokslut|årsredovisning|verksamhetsberättelse|${asciiWords("report|completed")}`,
      "iu",
    ),
  ],
  ["meeting", new RegExp(`möte|sammanträde|budgetberedning|${asciiWords("meeting")}`, "iu")],
];

/**
 * Infer an entry's kind from its event text.
 *
 * @example
 * inferKind("Beslut om tertialrapport 1 i stadsdelsnämnden") // → "decision"
 * inferKind("MBL-upplaga av verksamhetsberättelse 2006")      // → "mbl"
 * inferKind("Introduktion av garantier 2007 till brukarna")  // → "other"
 */
export function inferKind(event: string): EntryKind {
  // Indexed, not `for (const [kind, pattern] of RULES)`: until V8 optimises this (a cold import),
  // every step of an iterator and of the destructuring allocates.
  for (let index = 0; index < RULES.length; index += 1) {
    const rule = RULES[index];
    if (rule !== undefined && rule[1].test(event)) return rule[0];
  }
  return "other";
}
