import { shortEvent } from "../describe";
import { entryFinding } from "../finding";
import { ownerFromEvent } from "../ownerFromEvent";
import type { Rule } from "../ruleContext";
import type { Finding } from "../../types";

/**
 * missing-owner (warning): a row without an owner; the fix sets the owner the event text names.
 *
 * @example
 * // "Beslut om tertialrapport 1 i stadsdelsnämnden", no Ansvar
 * missingOwner({ timeline, options: {} })[0].fix; // { type: "set-owner", entryId, owner: "Stadsdelsnämnden" }
 */
export const missingOwner: Rule = ({ timeline }) => {
  const findings: Finding[] = [];
  const entries = timeline.entries;
  // Indexed, not for…of: unoptimised for…of allocates per entry, and a CLI call runs cold.
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry === undefined) continue;
    if (entry.owner.trim() !== "" || entry.event.trim() === "") continue;
    const suggestion = ownerFromEvent(entry.event);
    const event = shortEvent(entry);
    findings.push(
      entryFinding(entry, {
        code: "missing-owner",
        severity: "warning",
        column: "owner",
        message:
          suggestion === undefined
            ? {
                sv: `"${event}" har ingen ansvarig. Skriv vem som ansvarar i Ansvar.`,
                en: `"${event}" has no owner. Write who is responsible in Ansvar.`,
              }
            : {
                sv: `"${event}" har ingen ansvarig. Texten anger ${suggestion}; sätt Ansvar till ${suggestion}.`,
                en: `"${event}" has no owner. The text names ${suggestion}; set Ansvar to ${suggestion}.`,
              },
        short:
          suggestion === undefined
            ? { sv: "Ansvarig saknas", en: "No owner" }
            : { sv: `Ansvarig saknas (förslag: ${suggestion})`, en: `No owner (suggestion: ${suggestion})` },
        ...(suggestion !== undefined
          ? { fix: { type: "set-owner", entryId: entry.id, owner: suggestion } }
          : {}),
      }),
    );
  }
  return findings;
};
