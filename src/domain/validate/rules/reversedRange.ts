import { formatDate } from "../describe";
import { entryFinding } from "../finding";
import type { Rule } from "../ruleContext";
import type { Finding } from "../../types";

/**
 * reversed-range (error): a range whose end comes before its start ("30 maj - 3 maj").
 *
 * @example
 * reversedRange({ timeline, options: {} }); // [{ code: "reversed-range", severity: "error", … }]
 */
export const reversedRange: Rule = ({ timeline }) => {
  const findings: Finding[] = [];
  const entries = timeline.entries;
  // Indexed, not for…of: unoptimised for…of allocates per entry, and a CLI call runs cold.
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry === undefined) continue;
    const parsed = entry.parsed;
    if (!parsed.ok || parsed.reversed !== true) continue;
    const occurrence = parsed.occurrences[0];
    if (occurrence === undefined) continue;
    // The parser stores the range swapped (start ≤ end): as written, it ran from end to start.
    const written = { from: formatDate(occurrence.end, false), to: formatDate(occurrence.start, false) };
    findings.push(
      entryFinding(entry, {
        code: "reversed-range",
        severity: "error",
        column: "when",
        message: {
          sv: `Perioden "${entry.when}" slutar (${written.to.sv}) före den börjar (${written.from.sv}). Byt plats på datumen eller rätta det som är fel.`,
          en: `The range "${entry.when}" ends (${written.to.en}) before it starts (${written.from.en}). Swap the dates or correct the wrong one.`,
        },
        short: { sv: "Perioden slutar före start", en: "Range ends before it starts" },
      }),
    );
  }
  return findings;
};
