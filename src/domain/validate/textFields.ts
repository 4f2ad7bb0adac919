/**
 * The four text columns of an entry, with their names in a message: for the rules that look at
 * every text of a row the same way (cell-too-long, excel-error).
 */
import type { Bilingual, FindingColumn, TimelineEntry } from "../types";

export interface EntryTextField {
  readonly column: FindingColumn;
  readonly name: Bilingual;
  readonly of: (entry: TimelineEntry) => string;
}

/** När, Händelse, Ansvarig, Innehåll, in the table's order. */
export const ENTRY_TEXT_FIELDS: readonly EntryTextField[] = [
  { column: "when", name: { sv: "När", en: "När (when)" }, of: (e) => e.when },
  { column: "event", name: { sv: "Händelse", en: "Händelse (event)" }, of: (e) => e.event },
  { column: "owner", name: { sv: "Ansvarig", en: "Ansvarig (owner)" }, of: (e) => e.owner },
  { column: "notes", name: { sv: "Innehåll", en: "Innehåll (notes)" }, of: (e) => e.notes },
];
