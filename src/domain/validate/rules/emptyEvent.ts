import { entryFinding } from "../finding";
import type { Rule } from "../ruleContext";
import type { Finding } from "../../types";

/**
 * empty-event (error): a row without Händelse text.
 *
 * @example
 * emptyEvent({ timeline, options: {} }); // [{ code: "empty-event", column: "event", … }]
 */
export const emptyEvent: Rule = ({ timeline }) => {
  const findings: Finding[] = [];
  const entries = timeline.entries;
  // Indexed, not for…of: unoptimised for…of allocates per entry, and a CLI call runs cold.
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry === undefined) continue;
    if (entry.event.trim() !== "") continue;
    const when = entry.when.trim() === "" ? "" : ` ("${entry.when}")`;
    findings.push(
      entryFinding(entry, {
        code: "empty-event",
        severity: "error",
        column: "event",
        message: {
          sv: `Raden${when} har ingen händelse. Skriv vad som ska hända eller ta bort raden.`,
          en: `The row${when} has no event. Write what happens or delete the row.`,
        },
        short: { sv: "Händelse saknas", en: "No event" },
      }),
    );
  }
  return findings;
};
