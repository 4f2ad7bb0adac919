/**
 * Recognising a header row in Swedish or English, in text files and Excel sheets alike.
 */
import { HTML_TAG } from "./cells";

/** The columns an import can read. "mixed" is an Ansvar/innehåll column holding both. */
export type ImportColumn =
  "id" | "when" | "start" | "end" | "event" | "owner" | "mixed" | "notes" | "category" | "check";

/** Where each column sits (0-based). */
export type ColumnMap = Readonly<Partial<Record<ImportColumn, number>>>;

const HEADER_WORDS: Readonly<Record<string, ImportColumn>> = {
  id: "id",
  när: "when",
  datum: "when",
  månad: "when",
  tid: "when",
  tidpunkt: "when",
  "när?": "when",
  when: "when",
  date: "when",
  month: "when",
  start: "start",
  slut: "end",
  end: "end",
  händelse: "event",
  aktivitet: "event",
  ärende: "event",
  moment: "event",
  vad: "event",
  "vad?": "event",
  event: "event",
  activity: "event",
  "ansvar/innehåll": "mixed",
  "ansvar/kommentar": "mixed",
  "owner/notes": "mixed",
  ansvar: "owner",
  ansvarig: "owner",
  ansvariga: "owner",
  "vem?": "owner",
  vem: "owner",
  "ansvarig enhet": "owner",
  "ansvarig funktion": "owner",
  owner: "owner",
  responsible: "owner",
  innehåll: "notes",
  kommentar: "notes",
  kommentarer: "notes",
  anteckning: "notes",
  anteckningar: "notes",
  notering: "notes",
  noteringar: "notes",
  övrigt: "notes",
  beskrivning: "notes",
  note: "notes",
  notes: "notes",
  content: "notes",
  comment: "notes",
  comments: "notes",
  description: "notes",
  kategori: "category",
  category: "category",
  kontroll: "check",
  check: "check",
};

/** The cell without formatting tags; HTML_TAG (a long pattern, compiled on first use) only when a "<" is there. */
function withoutTags(cell: string): string {
  return cell.includes("<") ? cell.replace(HTML_TAG, "") : cell;
}

function headerWord(cell: string): string {
  return withoutTags(cell)
    .trim()
    .toLowerCase()
    .replace(/\s*\/\s*/g, "/")
    .replace(/\s+/g, " ")
    .replace(/:$/, "");
}

/**
 * The columns of a header row that Tidsplan does not know ("Plats", "Ansvar/medverkar",
 * "Beslutsinstans"), with their header as written: they are kept, never dropped.
 *
 * @example
 * unknownColumns(["När", "Händelse", "Plats"], { when: 0, event: 1 }) // → [{ index: 2, header: "Plats" }]
 */
export function unknownColumns(
  cells: readonly string[],
  map: ColumnMap,
): { index: number; header: string }[] {
  const known = new Set(Object.values(map));
  const out: { index: number; header: string }[] = [];
  cells.forEach((cell, index) => {
    const header = withoutTags(cell).trim();
    if (header !== "" && !known.has(index)) out.push({ index, header });
  });
  return out;
}

/**
 * The column map of a header row, or null when the row is not a header (it needs a När and a
 * Händelse column, in either language).
 *
 * @example
 * mapHeaderRow(["När", "Händelse", "Ansvar/innehåll"]) // → { when: 0, event: 1, mixed: 2 }
 * mapHeaderRow(["Datum", "Aktivitet"])                  // → { when: 0, event: 1 }
 * mapHeaderRow(["5 februari", "Beslut"])                // → null
 */
export function mapHeaderRow(cells: readonly string[]): ColumnMap | null {
  const map: Partial<Record<ImportColumn, number>> = {};
  cells.forEach((cell, index) => {
    const column = HEADER_WORDS[headerWord(cell)];
    if (column !== undefined && map[column] === undefined) map[column] = index;
  });
  if (map.when === undefined || map.event === undefined) return null;
  return map;
}
