/**
 * The vocabulary of "Nästa års plan" (rollover): what a new plan for another year is made of, and
 * the review that says, row by row, what moved and why.
 */
import type { Bilingual, PlainDate, Timeline } from "../types";

/**
 * Why a row's date or text changed. Stable kebab-case codes (the pane and `--json` use them):
 * - "iso-week": the same weekday in the same ISO week ("måndag v. 6");
 * - "nth-weekday": the same nth weekday of the month ("tredje tisdagen");
 * - "same-date": the same day and month (a deadline, a period end);
 * - "as-written": a month, season, week or quarter row, moved as it is;
 * - "non-working-day": the new date was a holiday, an afton or a weekend and moved;
 * - "order-kept": it moved that way (not the nearer one) to keep the order of its matter;
 * - "order-conflict": it could not move without breaking that order, so it stays (a warning);
 * - "law-deadline": the law's deadline (or the election year) decides the date;
 * - "year-in-text": a year in the text (Händelse, Innehåll, title) advanced;
 * - "unreadable": När could not be read, so the row is kept as written (a warning).
 */
export type RolloverReasonCode =
  | "iso-week"
  | "nth-weekday"
  | "same-date"
  | "as-written"
  | "non-working-day"
  | "order-kept"
  | "order-conflict"
  | "law-deadline"
  | "year-in-text"
  | "unreadable";

/** One reason of a change, in both languages. */
export interface RolloverReason {
  readonly code: RolloverReasonCode;
  readonly severity: "info" | "warning";
  readonly message: Bilingual;
}

/** A text field of a row (or the plan's title) that a year can be written in. */
export type RolloverField = "event" | "notes" | "title";

/**
 * A year in the text that is not the plan's own ("Strategi för 2008-2010"): offered, never
 * applied by itself. `suggestion` is the whole field with the years advanced.
 */
export interface YearOffer {
  readonly field: RolloverField;
  readonly text: string;
  readonly suggestion: string;
  /** The years found, as written ("2008-2010"). */
  readonly years: readonly string[];
}

/** What happened to one row (entry) of the plan. */
export interface RolloverChange {
  /** The entry's id (kept in the new plan). */
  readonly entryId: string;
  /** The row's line in the old plan. */
  readonly line: number;
  readonly event: string;
  readonly oldWhen: string;
  readonly newWhen: string;
  /** First start and last end of the row's dates, before and after (undefined when unreadable). */
  readonly oldStart?: PlainDate;
  readonly oldEnd?: PlainDate;
  readonly newStart?: PlainDate;
  readonly newEnd?: PlainDate;
  /** New Händelse / Innehåll when a year in them advanced. */
  readonly newEvent?: string;
  readonly newNotes?: string;
  readonly reasons: readonly RolloverReason[];
  readonly offers: readonly YearOffer[];
}

/** The new plan and its review. */
export interface RolloverResult {
  readonly timeline: Timeline;
  /** Every row of the plan, in the plan's order (a row whose dates and texts stayed has none). */
  readonly review: readonly RolloverChange[];
  /** Year offers in the plan's title. */
  readonly titleOffers: readonly YearOffer[];
  readonly fromYear: number;
  readonly toYear: number;
}
