/**
 * The bilingual words an ICS file carries: the deadline prefix, the DESCRIPTION labels and the
 * CATEGORIES name of each entry kind.
 */
import type { Bilingual, EntryKind, Language } from "../types";

export const DEADLINE_PREFIX: Bilingual = { sv: "Senast: ", en: "Deadline: " };

export const DESCRIPTION_LABELS: Readonly<Record<"owner" | "notes" | "when" | "plan", Bilingual>> = {
  owner: { sv: "Ansvarig", en: "Owner" },
  notes: { sv: "Innehåll", en: "Notes" },
  when: { sv: "När", en: "When" },
  plan: { sv: "Plan", en: "Plan" },
};

export const KIND_NAMES: Readonly<Record<EntryKind, Bilingual>> = {
  decision: { sv: "Beslut", en: "Decision" },
  draft: { sv: "Utkast", en: "Draft" },
  mbl: { sv: "MBL", en: "Consultation (MBL)" },
  information: { sv: "Information", en: "Information" },
  dialogue: { sv: "Dialog", en: "Dialogue" },
  report: { sv: "Rapport", en: "Report" },
  meeting: { sv: "Möte", en: "Meeting" },
  other: { sv: "Övrigt", en: "Other" },
};

/**
 * Picks the text of a bilingual string.
 *
 * @example
 * pick({ sv: "Senast: ", en: "Deadline: " }, "en"); // "Deadline: "
 */
export function pick(text: Bilingual, lang: Language): string {
  return text[lang];
}
