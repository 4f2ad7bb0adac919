/** Short display texts for the import preview and the findings list. */
import { monthName } from "../../../domain/dates";
import { skipReasonText } from "../../../domain/import/skipReasons";
import type { Fix, Language, PlainDate, TimelineEntry } from "../../../domain/types";
import { fill, type MessageKey, type Messages } from "../../i18n/messages";

/**
 * A text cut to at most `max` characters with "…" (never splitting an emoji's surrogate pair).
 * The preview shows cells this way: a 1 MB cell laid out in the narrow pane took seconds.
 *
 * @example
 * shortened("Budgetdialog med nämnderna", 10) // → "Budgetdia…"
 */
export function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

function shortDate(date: PlainDate, lang: Language): string {
  return `${date.day} ${monthName(date.month, lang).slice(0, 3).toLowerCase()}`;
}

/**
 * The parsed dates of an entry, compactly: "5 feb", "5 feb–9 mar", "4 maj (+2)"; "?" when
 * När could not be read.
 */
export function parsedWhenLabel(entry: TimelineEntry, lang: Language): string {
  if (!entry.parsed.ok) return "?";
  const [first, ...rest] = entry.parsed.occurrences;
  if (first === undefined) return "?";
  const same =
    first.start.year === first.end.year &&
    first.start.month === first.end.month &&
    first.start.day === first.end.day;
  const wholeMonth =
    entry.parsed.precision === "month" && first.start.day === 1 && first.start.month === first.end.month;
  const span = wholeMonth
    ? monthName(first.start.month, lang)
    : same
      ? shortDate(first.start, lang)
      : `${shortDate(first.start, lang)}–${shortDate(first.end, lang)}`;
  return rest.length === 0 ? span : `${span} (+${rest.length})`;
}

const REASONS: Readonly<Record<string, MessageKey>> = {
  title: "reasonTitle",
  "document-date": "reasonDocumentDate",
  intro: "reasonIntro",
  "header-row": "reasonHeaderRow",
  "month-heading": "reasonMonthHeading",
  "year-heading": "reasonYearHeading",
  "page-heading": "reasonPageHeading",
  unrecognised: "reasonUnrecognised",
};

/**
 * Why a line was skipped, in the pane language: the pane's own words for the common reasons,
 * the domain's (skipReasons.ts) for the readers' others ("no-date", "organ-heading" …).
 */
export function skipReasonLabel(reason: string, t: Messages, lang: Language): string {
  const key = REASONS[reason];
  if (key !== undefined) return t[key];
  return skipReasonText(reason, lang);
}

/** The label of a fix's button: "Sätt ansvarig: Stadsdelsnämnden", "Sortera kronologiskt" … */
export function fixLabel(fix: Fix, t: Messages): string {
  switch (fix.type) {
    case "set-owner":
      return fill(t.fixSetOwner, { owner: fix.owner });
    case "set-when":
      return fill(t.fixSetWhen, { when: fix.when });
    case "sort-chronologically":
      return t.fixSort;
    case "mark-reviewed":
      return t.fixMarkReviewed;
    case "set-id":
      return fill(t.fixSetId, { id: fix.id });
  }
}
