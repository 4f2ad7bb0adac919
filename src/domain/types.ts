/**
 * The shared vocabulary of the domain core. Every other module of src/domain, and every edge
 * (src/excel, src/taskpane, src/commands, src/cli), speaks in these types.
 *
 * Three shapes per concept (see docs/ARCHITECTURE.md): the raw row as read ({@link RawRow}),
 * the checked entry ({@link TimelineEntry}) and output forms (JSON, ICS, sheet models).
 */

/** A calendar date without time or time zone. `month` is 1–12 (January = 1). */
export interface PlainDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A wall-clock time in Europe/Stockholm, e.g. 9.30 → { hour: 9, minute: 30 }. */
export interface PlainTime {
  readonly hour: number;
  readonly minute: number;
}

/** One occurrence of an entry: a single day or an inclusive span of days. */
export interface Occurrence {
  readonly start: PlainDate;
  /** Inclusive last day (a one-day occurrence has end equal to start). */
  readonly end: PlainDate;
  readonly startTime?: PlainTime;
  readonly endTime?: PlainTime;
}

/** How precisely the När text pins the date down. */
export type Precision =
  | "day"
  | "days"
  | "week"
  | "month"
  | "months"
  | "part-of-month"
  | "season"
  | "quarter";

/** A bilingual text. Every user-visible string exists in both languages. */
export interface Bilingual {
  readonly sv: string;
  readonly en: string;
}

export type Language = "sv" | "en";

/** The successful reading of a När text. */
export interface ParsedWhen {
  readonly ok: true;
  /** One or more occurrences, in the order written (a list "4, 11 och 18 maj" gives three). */
  readonly occurrences: readonly Occurrence[];
  readonly precision: Precision;
  /** "senast 30 juni", "före den 15 mars", "senast i maj". */
  readonly deadline: boolean;
  /** A trailing "?" or "(prel.)". */
  readonly tentative: boolean;
  /** True when a year was written in the text (or it came from an Excel date cell). */
  readonly explicitYear: boolean;
  /** A weekday written with the date ("tisdag 13 februari"), 1 = Monday … 7 = Sunday. Kept for validation. */
  readonly statedWeekday?: number;
  /**
   * Set when the text describes a range whose end comes before its start ("30 maj - 3 maj").
   * The occurrences then hold the range as written, swapped so start ≤ end; validation reports it.
   */
  readonly reversed?: boolean;
  /**
   * A period-end date, not a meeting: "per den 30 april", "bokslut per 31 december", "efter
   * augusti månads utgång" (31 August). The weekend and holiday checks skip it.
   */
  readonly periodEnd?: boolean;
  /**
   * Dates written as alternatives to the first: "12/5 (ev. 19/5)", "12/5 alt. 19/5". The entry is
   * then tentative and dated by the first date.
   */
  readonly alternatives?: readonly Occurrence[];
  /**
   * Footnote marks written right after a date ("3*,17,31*", "29⁵"), by occurrence index, as
   * written ("*", "**", "⁵"), so a reader can apply the document's legend.
   */
  readonly marks?: readonly { readonly index: number; readonly mark: string }[];
}

/** A När text that could not be read. Never an exception. */
export interface WhenFailure {
  readonly ok: false;
  /**
   * Stable kebab-case reason, e.g. "empty", "unrecognised", "invalid-date", "invalid-week";
   * "no-date" for a cell that says there is no date ("-", "–", "x").
   */
  readonly reason: string;
  readonly message: Bilingual;
}

export type WhenResult = ParsedWhen | WhenFailure;

/** What parseWhen knows besides the text. */
export interface WhenContext {
  /** The plan year: the year a date without a written year belongs to. */
  readonly planYear: number;
  /** During import: the month heading the row stands under (1–12), if any. */
  readonly headingMonth?: number;
  /** During import: the year heading the row stands under ("År 2026", "2027"), if any. */
  readonly headingYear?: number;
}

/** The kind of step an entry is, inferred from its event text. */
export type EntryKind =
  | "decision"
  | "draft"
  | "mbl"
  | "information"
  | "dialogue"
  | "report"
  | "meeting"
  | "other";

/** A row as read from a document, TSV/CSV, or an Excel table, before checking. */
export interface RawRow {
  /** 1-based source line (text) or sheet row (Excel). */
  readonly line: number;
  readonly id?: string;
  readonly when: string;
  readonly event: string;
  /** The Ansvar cell as written (may mix owner and content). */
  readonly owner: string;
  readonly notes: string;
  readonly category?: string;
  /** When the När cell was an Excel date (serial number), its date. */
  readonly whenDate?: PlainDate;
  /**
   * True when the owner cell comes from a mixed "Ansvar/innehåll" column (owner and content in
   * one cell, as in the seed document), so import splits it. A dedicated owner column (Ansvarig,
   * Owner) is never split: whatever it holds is the owner.
   */
  readonly ownerCellMixed?: boolean;
  /** The row was read out of a paragraph of prose: the preview asks the user to look at it. */
  readonly fromProse?: boolean;
  /**
   * A list of meeting days ("Kommunstyrelsen: 25 januari, 22 februari"): every date becomes an
   * entry of its own, with the same event and owner.
   */
  readonly perOccurrence?: boolean;
  /**
   * Days of such a list that a sentence further on says are cancelled ("Direktionsmötet den 22
   * november 2021 är inställt."): no entries; each is reported as a skipped line.
   */
  readonly cancelledDays?: readonly { readonly month: number; readonly day: number; readonly text: string }[];
  /** What the reader was unsure of (a glued footnote digit, an inferred year), said on the entry. */
  readonly readingNotes?: readonly ReadingNote[];
  /** Cells of columns whose header Tidsplan does not know ("Plats", "Beslutsinstans"), kept as written. */
  readonly extra?: readonly ExtraCell[];
  /**
   * The row starts a list of its own (a body's meeting days, a grid): its months start a new
   * sequence, so going back from December to January here is no New Year.
   */
  readonly newSequence?: boolean;
  /**
   * Its when, event, owner and notes are cleaned already (cleanCell): the importer's table rows,
   * whose cells were cleaned on the way in, are not cleaned a second time.
   */
  readonly clean?: boolean;
}

/** A cell of a column Tidsplan does not know: its header and its text. */
export interface ExtraCell {
  readonly header: string;
  readonly value: string;
}

/**
 * Something a reader of the document was unsure of, kept on the entry so that the check says it
 * (code "uncertain-reading") and, where there is one, offers the other reading.
 */
export interface ReadingNote {
  /** Stable kebab-case reason: "year-inferred", "footnote-digit", "prose", "year-wrap". */
  readonly code: string;
  readonly message: Bilingual;
  /** The När text of the other plausible reading, offered as a fix. */
  readonly alternativeWhen?: string;
}

/** A checked timeline entry. */
export interface TimelineEntry {
  /** Stable id: the table's ID cell, or derived from content for text input (see entryId.ts). */
  readonly id: string;
  /** 1-based source line or sheet row. */
  readonly line: number;
  /** The När text as written ("" when the row inherits its month heading). */
  readonly when: string;
  /** The parsed date(s); a failure when När could not be read. */
  readonly parsed: WhenResult;
  readonly event: string;
  /** The owner name, normalised ("" when none). */
  readonly owner: string;
  /** Content / notes ("" when none). */
  readonly notes: string;
  readonly kind: EntryKind;
  /** Month heading (1–12) the row stood under in a document, if any. */
  readonly headingMonth?: number;
  /** Year heading ("År 2026", "2027") the row stood under in a document, if any. A year written there counts as written. */
  readonly headingYear?: number;
  /** True when När was empty and the dates come from the month heading. */
  readonly inheritedFromHeading?: boolean;
  /** When the När cell was an Excel date cell. */
  readonly whenFromExcelDate?: boolean;
  /** Read out of a paragraph of prose (see {@link RawRow.fromProse}). */
  readonly fromProse?: boolean;
  /** What the reader was unsure of; the check reports each as "uncertain-reading". */
  readonly readingNotes?: readonly ReadingNote[];
  /** Cells of the document's columns that Tidsplan does not know (an extra table column in Excel). */
  readonly extra?: readonly ExtraCell[];
}

/** A line of the input that did not become an entry, and why. */
export interface SkippedLine {
  readonly line: number;
  readonly text: string;
  /** Stable reason code, e.g. "page-heading", "blank", "intro", "header-row", "title". */
  readonly reason: string;
}

export interface PlanInfo {
  readonly title: string;
  readonly year: number;
  /** Document date, when the input has one (e.g. "2007-01-11"). */
  readonly documentDate?: PlainDate;
  /**
   * The plan's identity ("p-" + letters/digits), stored in the workbook; absent for text input,
   * where it is derived from the title (see ics/identity.ts). Part of every calendar UID.
   */
  readonly id?: string;
}

export interface Timeline {
  readonly plan: PlanInfo;
  readonly entries: readonly TimelineEntry[];
  readonly skipped: readonly SkippedLine[];
  /** Headers of the document's columns that Tidsplan does not know; their cells are kept per entry. */
  readonly extraColumns?: readonly string[];
}

/** The result of importing a file or text: a timeline, or a failure saying why it is not one. */
export type ImportResult =
  | { readonly ok: true; readonly timeline: Timeline }
  | { readonly ok: false; readonly reason: string; readonly message: Bilingual };

export type Severity = "error" | "warning" | "info";

export type FindingColumn = "when" | "event" | "owner" | "notes" | "id";

/** A machine-applicable change that fixes a finding. */
export type Fix =
  | { readonly type: "set-owner"; readonly entryId: string; readonly owner: string }
  | { readonly type: "set-when"; readonly entryId: string; readonly when: string }
  | { readonly type: "sort-chronologically" }
  | { readonly type: "mark-reviewed"; readonly entryId: string }
  /**
   * A fresh ID for the row at sheet row `line` whose ID cell holds `entryId` (a duplicated or
   * unusable ID: the row, not the ID, says which of two copies is meant).
   */
  | { readonly type: "set-id"; readonly entryId: string; readonly line: number; readonly id: string };

export interface Finding {
  /** Stable kebab-case code, e.g. "when-unreadable", "missing-owner", "process-order". */
  readonly code: string;
  readonly severity: Severity;
  /** The entry the finding is about ("" for plan-wide findings). */
  readonly entryId: string;
  readonly line: number;
  readonly column?: FindingColumn;
  readonly message: Bilingual;
  readonly fix?: Fix;
  /** Other entries involved (e.g. the other duplicate, the later step). */
  readonly relatedEntryIds?: readonly string[];
  /** A few words for a table cell (the Kontroll column), e.g. "Ansvarig saknas (förslag: Stadsdelsnämnden)". */
  readonly short?: Bilingual;
}

/** An owner register entry (the Ansvariga table, or a --owners file). */
export interface OwnerRecord {
  readonly name: string;
  readonly aliases: readonly string[];
  /** "#RRGGBB" or "" */
  readonly color: string;
  readonly email: string;
}
