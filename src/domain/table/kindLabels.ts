/**
 * The Kategori column's label for each entry kind, per language.
 */
import type { EntryKind, Language } from "../types";

const LABELS: Readonly<Record<EntryKind, Readonly<Record<Language, string>>>> = {
  decision: { sv: "Beslut", en: "Decision" },
  draft: { sv: "Förslag", en: "Draft" },
  mbl: { sv: "MBL", en: "MBL" },
  information: { sv: "Information", en: "Information" },
  dialogue: { sv: "Dialog", en: "Dialogue" },
  report: { sv: "Rapport", en: "Report" },
  meeting: { sv: "Möte", en: "Meeting" },
  other: { sv: "Övrigt", en: "Other" },
};

/**
 * The category label written to the Kategori column.
 *
 * @example
 * kindLabel("decision", "sv") // → "Beslut"
 */
export function kindLabel(kind: EntryKind, lang: Language): string {
  return LABELS[kind][lang];
}
