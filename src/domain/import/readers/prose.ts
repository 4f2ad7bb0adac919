/**
 * The prose reader: a paragraph such as "I slutet av mars fattar styrelsen beslut om ramarna och
 * i början av maj skickas anvisningarna ut." gives one entry per dated clause, the clause as its
 * Händelse. Such entries are marked as read from prose, so that the preview and the check ask the
 * user to look at them.
 */
import type { RawRow, WhenContext } from "../../types";
import { findDatePhrases, type DatePhrase } from "../datePhrases";

const MIN_PROSE_WORDS = 12;

function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[.!?](?=\s+\p{Lu})/gu;
  let start = 0;
  for (const m of text.matchAll(re)) {
    out.push({ start, end: m.index + 1 });
    start = m.index + 1;
  }
  out.push({ start, end: text.length });
  return out;
}

function clauseText(text: string): string {
  return text
    .trim()
    .replace(/^(?:och|samt|,)\s+/iu, "")
    .replace(/[\s,;]+(?:och|samt)?$/iu, "")
    .trim();
}

/**
 * The rows of a paragraph of prose, or undefined when the line is not prose (a date and then an
 * event written with a capital, a short line, or no date of its own).
 *
 * @example
 * proseRows(4, "I slutet av mars fattar styrelsen beslut om ramarna och i början av maj skickas anvisningarna ut.",
 *   { planYear: 2026 }, /inför$/u)?.map((r) => r.when); // → ["I slutet av mars", "i början av maj"]
 */
export function proseRows(
  line: number,
  text: string,
  context: WhenContext,
  referenceBefore: RegExp,
): RawRow[] | undefined {
  const wordCount = text.split(/\s+/u).length;
  if (wordCount < MIN_PROSE_WORDS) return undefined;
  const own = (phrase: DatePhrase): boolean => {
    const before = text.slice(0, phrase.start).trimEnd().split(/\s+/u).pop() ?? "";
    return !referenceBefore.test(before);
  };
  const phrases = findDatePhrases(text, context).filter(own);
  if (phrases.length === 0) return undefined;
  const first = phrases[0];
  if (first === undefined) return undefined;
  // A line that is only dates ("2 februari, 2 mars, 6 april, …"): a list, not prose.
  if (phrases.length === 1 && first.start === 0 && text.slice(first.end).trim().replace(/[.:]$/u, "") === "")
    return undefined;
  const after = text.slice(first.end).replace(/^[\s:,.–—-]+/u, "");
  // "12 mars Budgetdialog med …": a raw row, not prose.
  if (first.start === 0 && /^\p{Lu}/u.test(after) && phrases.length === 1) return undefined;
  if (first.start === 0 && /^\p{Lu}/u.test(after) && !/[.!?]\s/u.test(text)) return undefined;
  const rows: RawRow[] = [];
  for (const sentence of sentences(text)) {
    const inside = phrases.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
    inside.forEach((phrase, index) => {
      const from = index === 0 ? sentence.start : phrase.start;
      const to = index === inside.length - 1 ? sentence.end : (inside[index + 1]?.start ?? sentence.end);
      const event = clauseText(text.slice(from, to));
      rows.push({ line, when: phrase.text, event, owner: "", notes: "", fromProse: true });
    });
  }
  return rows.length > 0 ? rows : undefined;
}
