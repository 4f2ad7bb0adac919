/**
 * The columns of the Tidsplan table and their headers in Swedish and English. Reading accepts
 * either language (and a few common synonyms); writing uses the user's language.
 */
import type { Language } from "../types";

/** A column of the Tidsplan table, in table order. */
export type TableColumnKey =
  "id" | "when" | "start" | "end" | "event" | "owner" | "notes" | "category" | "check";

/** The columns in the order the add-in creates them. */
export const TABLE_COLUMNS: readonly TableColumnKey[] = [
  "id",
  "when",
  "start",
  "end",
  "event",
  "owner",
  "notes",
  "category",
  "check",
];

/** The header written for each column, per language. */
export const TABLE_HEADERS: Readonly<Record<Language, Readonly<Record<TableColumnKey, string>>>> = {
  sv: {
    id: "ID",
    when: "När",
    start: "Start",
    end: "Slut",
    event: "Händelse",
    owner: "Ansvarig",
    notes: "Innehåll",
    category: "Kategori",
    check: "Kontroll",
  },
  en: {
    id: "ID",
    when: "When",
    start: "Start",
    end: "End",
    event: "Event",
    owner: "Owner",
    notes: "Notes",
    category: "Category",
    check: "Check",
  },
};

/** Extra header spellings recognised when reading (lower case). */
const SYNONYMS: Readonly<Record<string, TableColumnKey>> = {
  datum: "when",
  date: "when",
  ansvar: "owner",
  responsible: "owner",
  content: "notes",
  anteckningar: "notes",
  kommentar: "notes",
  kind: "category",
};

/** Where each column sits in a table (0-based column index), and the header language. */
export interface HeaderMapping {
  readonly columns: Readonly<Partial<Record<TableColumnKey, number>>>;
  readonly language: Language;
}

function normalise(header: string): string {
  return header.trim().toLowerCase().replace(/\s+/g, " ");
}

/**
 * Recognise a table's header row. A table is a timeline table when it has at least a När/When
 * and a Händelse/Event column; other columns are optional and extra columns are ignored.
 *
 * @example
 * mapHeaders(["När", "Händelse", "Ansvarig", "Egen kolumn"])
 * // → { columns: { when: 0, event: 1, owner: 2 }, language: "sv" }
 * mapHeaders(["Foo", "Bar"]) // → null
 */
export function mapHeaders(headers: readonly string[]): HeaderMapping | null {
  const columns: Partial<Record<TableColumnKey, number>> = {};
  let sv = 0;
  let en = 0;
  headers.forEach((header, index) => {
    const text = normalise(header);
    let key: TableColumnKey | undefined;
    for (const column of TABLE_COLUMNS) {
      const isSv = normalise(TABLE_HEADERS.sv[column]) === text;
      const isEn = normalise(TABLE_HEADERS.en[column]) === text;
      if (isSv || isEn) {
        key = column;
        if (isSv && !isEn) sv += 1;
        if (isEn && !isSv) en += 1;
        break;
      }
    }
    key ??= SYNONYMS[text];
    if (key !== undefined && columns[key] === undefined) columns[key] = index;
  });
  if (columns.when === undefined || columns.event === undefined) return null;
  return { columns, language: en > sv ? "en" : "sv" };
}

/**
 * The header row the add-in writes.
 *
 * @example
 * tableHeaders("en") // → ["ID", "When", "Start", "End", "Event", "Owner", "Notes", "Category", "Check"]
 */
export function tableHeaders(lang: Language, extra: readonly string[] = []): string[] {
  return [...TABLE_COLUMNS.map((column) => TABLE_HEADERS[lang][column]), ...extra];
}

/**
 * The document's own columns that a new table keeps after Tidsplan's ("Plats", "Beslutsinstans"),
 * in the order the document had them.
 *
 * @example
 * extraColumns({ extraColumns: ["Plats"], … }) // → ["Plats"]
 */
export function extraColumns(timeline: { readonly extraColumns?: readonly string[] }): readonly string[] {
  return timeline.extraColumns ?? [];
}
