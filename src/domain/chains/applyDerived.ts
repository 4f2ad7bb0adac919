/**
 * A derive result applied to a timeline in memory (the command line, the tests): updated rows
 * replaced in place, new rows appended. In Excel the adapter writes the same cells to the table.
 */
import { importRows } from "../import/importRows";
import type { RawRow, Timeline } from "../types";
import type { DeriveResult, DerivedCells } from "./deriveChains";

function rawRow(cells: DerivedCells, line: number): RawRow {
  return { line, id: cells.id, when: cells.when, event: cells.event, owner: cells.owner, notes: cells.notes };
}

/**
 * The timeline with the derived rows written in.
 *
 * @example
 * applyDerived(timeline, deriveChains(timeline, templates)).entries.length; // entries + adds
 */
export function applyDerived(timeline: Timeline, result: DeriveResult): Timeline {
  const updates = new Map(result.updates.map((u) => [u.id, u]));
  const changed = importRows(
    result.updates.map((u) => rawRow(u, u.line)),
    timeline.plan,
  ).entries;
  const byId = new Map(changed.map((e) => [e.id, e]));
  const kept = timeline.entries.map((entry) =>
    updates.has(entry.id) ? (byId.get(entry.id) ?? entry) : entry,
  );
  const last = timeline.entries.reduce((max, e) => Math.max(max, e.line), 0);
  const added = importRows(
    result.adds.map((a, i) => rawRow(a, last + 1 + i)),
    timeline.plan,
  ).entries;
  return { ...timeline, entries: [...kept, ...added] };
}
