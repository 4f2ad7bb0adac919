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
  for (const entry of timeline.entries) {
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
