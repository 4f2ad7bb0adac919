import { entryFinding } from "../finding";
import type { Rule } from "../ruleContext";
import type { Finding } from "../../types";

/**
 * uncertain-reading (warning, info for prose): what the importer was unsure of, said on the row
 * so that no inferred date passes silently: an inferred year when another is plausible (with the
 * other reading as a fix), a footnote digit glued to a day, meeting days placed by weekday, and
 * (info) an entry read out of a paragraph of prose.
 *
 * @example
 * uncertainReading({ timeline, options: {} })[0];
 * // { code: "uncertain-reading", severity: "warning", message: { sv: "Året 2024 är härlett …" },
 * //   fix: { type: "set-when", when: "november 2025" } }
 */
export const uncertainReading: Rule = ({ timeline }) => {
  const findings: Finding[] = [];
  const entries = timeline.entries;
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry === undefined) continue;
    for (const note of entry.readingNotes ?? []) {
      findings.push(
        entryFinding(entry, {
          code: "uncertain-reading",
          severity: "warning",
          column: "when",
          message: note.message,
          short:
            note.code === "year-inferred"
              ? { sv: "Året härlett", en: "Year inferred" }
              : { sv: "Osäker läsning", en: "Uncertain reading" },
          ...(note.alternativeWhen !== undefined
            ? { fix: { type: "set-when" as const, entryId: entry.id, when: note.alternativeWhen } }
            : {}),
        }),
      );
    }
    if (entry.fromProse === true) {
      findings.push(
        entryFinding(entry, {
          code: "uncertain-reading",
          severity: "info",
          column: "event",
          message: {
            sv: `Läst ur löptext: "${entry.when}" blev datumet för "${entry.event}". Kontrollera att datum och händelse hör ihop.`,
            en: `Read from prose: "${entry.when}" became the date of "${entry.event}". Check that the date and the event belong together.`,
          },
          short: { sv: "Ur löptext", en: "From prose" },
        }),
      );
    }
  }
  return findings;
};
