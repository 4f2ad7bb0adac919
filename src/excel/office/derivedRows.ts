/**
 * Härled datum with Office.js: the derived rows appended to the Tidsplan table and the derived
 * rows whose meeting moved rewritten, matched by ID. Two syncs: the read (locateTimelineTable)
 * and one write batch. Loaded on first use.
 */
import { derivedCell, derivedRowValues, UPDATED_COLUMNS } from "../../domain/chains/derivedTableCells";
import type { DerivedCells, DerivedUpdate } from "../../domain/chains/deriveChains";
import { columnNumberFormat, type CellScalar, type TableColumnKey } from "../../domain/table";
import { derivedChanged, derivedFiltered } from "../derivedRowsText";
import { portFailure, portOk } from "../portErrors";
import type { DerivedRowsWrite, PortResult } from "../workbookPort";
import { toWorkbookSerial } from "./dateSystem";
import { locateTimelineTable } from "./locateTable";
import { runExcel } from "./runExcel";
import { rowOfId } from "./tableEdits";

const DATE_KEYS: ReadonlySet<TableColumnKey> = new Set(["start", "end"]);

/** Append and rewrite the derived rows: two syncs, nothing written when a check fails. */
export function applyDerivedRows(
  adds: readonly DerivedCells[],
  updates: readonly DerivedUpdate[],
): Promise<PortResult<DerivedRowsWrite>> {
  return runExcel(async (context) => {
    const located = await locateTimelineTable(context);
    if (located === null) return portFailure("no-table");
    if (located.protected) return portFailure("protected-sheet");
    if (adds.length + updates.length === 0) return portOk({ added: 0, updated: 0 });
    // Rows hidden by a filter: multi-row writes land in the wrong rows (office-js #224) and row
    // operations on a filtered table misbehave (office-js #994); the user clears the filter first.
    if (located.filtered) return derivedFiltered();
    const { mapping, body, sheet } = located;
    const text = (row: number, key: TableColumnKey): string => {
      const index = mapping.columns[key];
      return index === undefined ? "" : String(body[row]?.[index] ?? "").trim();
    };
    const rows = updates.map((u) => rowOfId(located, u.id));
    const changed = rows.some(
      (row, i) =>
        row < 0 ||
        text(row, "when") !== updates[i]?.before.when.trim() ||
        text(row, "event") !== updates[i]?.before.event.trim(),
    );
    // A row to add whose ID is in the table already: derived meanwhile (another pane, a second click).
    const added = adds.some((add) => rowOfId(located, add.id) >= 0);
    if (changed || added) return derivedChanged();
    const cell = (key: TableColumnKey, value: CellScalar): CellScalar =>
      DATE_KEYS.has(key) ? toWorkbookSerial(value, located.dateSystem) : value;

    updates.forEach((update, i) => {
      const row = rows[i] ?? -1;
      for (const key of UPDATED_COLUMNS) {
        const index = mapping.columns[key];
        if (index === undefined) continue;
        const target = sheet.getRangeByIndexes(located.bodyRow + row, located.left + index, 1, 1);
        // The format first, so "senast 25 mars" stays text and is not read as a date by Excel.
        target.numberFormat = [[columnNumberFormat(key)]];
        target.values = [[cell(key, derivedCell(update, key, mapping))]];
      }
    });

    if (adds.length > 0) {
      const width = located.header.length;
      const keyOf = new Map(
        (Object.entries(mapping.columns) as [TableColumnKey, number][]).map(([key, index]) => [index, key]),
      );
      // TableRowCollection.add(index, values) "adds one or more rows to the table"; with no index
      // they go at the end (https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection).
      // Empty rows first, then the formats, then the values: values given to add() are entered as
      // typed, so a När such as "25 mars" would become a date (as Range.values does,
      // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
      located.table.rows.add(
        undefined,
        adds.map(() => new Array<CellScalar>(width).fill("")),
      );
      const target = sheet.getRangeByIndexes(located.bodyRow + body.length, located.left, adds.length, width);
      target.numberFormat = adds.map(() =>
        Array.from({ length: width }, (_, c) => columnNumberFormat(keyOf.get(c) ?? "notes")),
      );
      target.values = adds.map((add) =>
        derivedRowValues(add, mapping, width).map((value, c) => {
          const key = keyOf.get(c);
          return key === undefined ? value : cell(key, value);
        }),
      );
    }
    await context.sync();
    return portOk({ added: adds.length, updated: updates.length });
  });
}
