/**
 * The state of the "Nästa års plan" view: the year asked for, the proposal, and what the user did
 * to each row of the review (an edited När, an accepted row, a year offer taken).
 */
import type { RolloverEdit, RolloverResult } from "../../../domain/rollover";
import type { Bilingual } from "../../../domain/types";

export interface RolloverViewState {
  readonly year: string;
  readonly busy: "none" | "proposing" | "writing";
  readonly result: RolloverResult | null;
  /** The new plan's title, as the user left it. */
  readonly title: string;
  /** By entry id. */
  readonly edits: Readonly<Record<string, RolloverEdit>>;
  /** By entry id: accepted rows. A row without a warning starts accepted. */
  readonly accepted: Readonly<Record<string, boolean>>;
  readonly note: Bilingual | null;
  readonly error: Bilingual | null;
}

export type RolloverViewAction =
  | { readonly type: "year"; readonly year: string }
  | { readonly type: "title"; readonly title: string }
  | { readonly type: "proposing" }
  | { readonly type: "proposed"; readonly result: RolloverResult }
  | { readonly type: "failed"; readonly message: Bilingual }
  | { readonly type: "editWhen"; readonly entryId: string; readonly when: string }
  | { readonly type: "accept"; readonly entryId: string; readonly accepted: boolean }
  | { readonly type: "acceptAll" }
  | {
      readonly type: "offer";
      readonly entryId: string;
      readonly field: "event" | "notes";
      readonly text: string | undefined;
    }
  | { readonly type: "writing" }
  | { readonly type: "written"; readonly note: Bilingual };

export function initialRolloverState(year: number): RolloverViewState {
  return {
    year: String(year),
    busy: "none",
    result: null,
    title: "",
    edits: {},
    accepted: {},
    note: null,
    error: null,
  };
}

function edit(
  state: RolloverViewState,
  entryId: string,
  change: RolloverEdit,
): Readonly<Record<string, RolloverEdit>> {
  const merged = { ...state.edits[entryId], ...change };
  return { ...state.edits, [entryId]: merged };
}

export function rolloverViewReducer(state: RolloverViewState, action: RolloverViewAction): RolloverViewState {
  switch (action.type) {
    case "year":
      return { ...state, year: action.year };
    case "title":
      return { ...state, title: action.title };
    case "proposing":
      return { ...state, busy: "proposing", error: null, note: null };
    case "proposed":
      return {
        ...state,
        busy: "none",
        result: action.result,
        title: action.result.timeline.plan.title,
        edits: {},
        accepted: Object.fromEntries(
          action.result.review.map((c) => [c.entryId, !c.reasons.some((r) => r.severity === "warning")]),
        ),
      };
    case "failed":
      return { ...state, busy: "none", error: action.message };
    case "editWhen":
      return {
        ...state,
        edits: edit(state, action.entryId, { when: action.when }),
        // Writing a date of one's own is accepting the row.
        accepted: { ...state.accepted, [action.entryId]: true },
      };
    case "accept":
      return { ...state, accepted: { ...state.accepted, [action.entryId]: action.accepted } };
    case "acceptAll":
      return {
        ...state,
        accepted: Object.fromEntries((state.result?.review ?? []).map((c) => [c.entryId, true])),
      };
    case "offer": {
      const edits = { ...state.edits };
      const current: RolloverEdit = { ...edits[action.entryId] };
      const next: RolloverEdit =
        action.field === "event"
          ? {
              ...(current.when === undefined ? {} : { when: current.when }),
              ...(current.notes === undefined ? {} : { notes: current.notes }),
              ...(action.text === undefined ? {} : { event: action.text }),
            }
          : {
              ...(current.when === undefined ? {} : { when: current.when }),
              ...(current.event === undefined ? {} : { event: current.event }),
              ...(action.text === undefined ? {} : { notes: action.text }),
            };
      edits[action.entryId] = next;
      return { ...state, edits };
    }
    case "writing":
      return { ...state, busy: "writing", error: null };
    case "written":
      return { ...state, busy: "none", note: action.note };
  }
}
