/**
 * The data sheets of an exported workbook: "Tidsplan" with the Tidsplan table (the plan as
 * rows the add-in reads back) and "Ansvariga" with the owner register.
 */
import { fitCellText } from "../excelLimits";
import { TABLE_COLUMNS, TABLE_HEADERS } from "../table/columns";
import type { TableColumnKey } from "../table/columns";
import { kontrollLine } from "../validate";
import type { Finding, Language, OwnerRecord, Timeline, TimelineEntry } from "../types";
import { KIND_NAMES } from "../ics/icsText";
import { exportIds, planIdentity } from "../ics/identity";
import { tableWhen } from "../table/tableWhen";
import { ownerColors } from "./ownerColors";
import type { CellValue, SheetModel } from "./sheetModel";
import { GENERATED_BY, SHEET_TEXT } from "./sheetText";

const text = (t: string): CellValue =>
  t === "" ? { type: "empty" } : { type: "text", text: fitCellText(t) };

/** What a row writes besides the entry: its export ID and its När without headings. */
interface RowContext {
  readonly id: string;
  readonly when: string;
  readonly findings: readonly Finding[];
  readonly lang: Language;
}

function cellFor(key: TableColumnKey, entry: TimelineEntry, row: RowContext): CellValue {
  const { findings, lang } = row;
  const parsed = entry.parsed;
  switch (key) {
    case "id":
      return text(row.id);
    case "when":
      return text(row.when);
    case "start": {
      const first = parsed.ok ? parsed.occurrences[0] : undefined;
      return first ? { type: "date", date: first.start } : { type: "empty" };
    }
    case "end": {
      const last = parsed.ok ? parsed.occurrences[parsed.occurrences.length - 1] : undefined;
      return last ? { type: "date", date: last.end } : { type: "empty" };
    }
    case "event":
      return text(entry.event);
    case "owner":
      return text(entry.owner);
    case "notes":
      return text(entry.notes);
    case "category":
      return text(KIND_NAMES[entry.kind][lang]);
    case "check":
      return text(kontrollLine(findings, lang));
  }
}

/**
 * The "Tidsplan" sheet: title, plan year, plan identity, and the Tidsplan table from row 4.
 * The table reads back as the same plan: IDs are the ones the calendar file's UIDs carry
 * ({@link exportIds}), and a När that leaned on a month or year heading gets it written out
 * ({@link tableWhen}), so "5-9" under JANUARI is "5-9 januari" in a table that has no headings.
 *
 * @example
 * buildTimelineTableSheet(timeline, new Map(), "sv").tables?.[0]?.headers; // ["ID", "När", "Start", …]
 */
export function buildTimelineTableSheet(
  timeline: Timeline,
  findingsByEntry: ReadonlyMap<string, readonly Finding[]>,
  lang: Language,
): SheetModel {
  // The document's own columns ("Plats", "Beslutsinstans") follow Tidsplan's, as text.
  const extra = timeline.extraColumns ?? [];
  const headers = [...TABLE_COLUMNS.map((key) => TABLE_HEADERS[lang][key]), ...extra];
  const ids = exportIds(timeline.entries);
  const rows = timeline.entries.map((entry, index) => {
    const row: RowContext = {
      id: ids[index] ?? entry.id,
      when: tableWhen(entry, timeline.plan.year),
      findings: findingsByEntry.get(entry.id) ?? [],
      lang,
    };
    return [
      ...TABLE_COLUMNS.map((key) => cellFor(key, entry, row)),
      ...extra.map((header) =>
        text(fitCellText(entry.extra?.find((cell) => cell.header === header)?.value ?? "")),
      ),
    ];
  });
  return {
    name: SHEET_TEXT.timelineSheet[lang],
    cells: [
      { row: 0, col: 0, value: text(timeline.plan.title), style: "title" },
      { row: 1, col: 0, value: text(SHEET_TEXT.planYear[lang]), style: "label" },
      { row: 1, col: 1, value: { type: "number", value: timeline.plan.year }, style: "year" },
      { row: 2, col: 0, value: text(SHEET_TEXT.planId[lang]), style: "label" },
      { row: 2, col: 1, value: text(planIdentity(timeline.plan)), style: "year" },
    ],
    styles: {
      title: { bold: true, fontSize: 14 },
      label: { bold: true },
      year: { horizontalAlignment: "left", numberFormat: "0" },
    },
    merges: [],
    columnWidths: [
      ...TABLE_COLUMNS.map((key) => (key === "when" ? whenWidth(rows, headers.length) : COLUMN_WIDTHS[key])),
      ...extra.map(() => 24),
    ],
    freeze: { rows: 4, columns: 0 },
    print: {
      paperSize: "A4",
      orientation: "landscape",
      fitToPageWidth: true,
      printTitleRows: { first: 3, last: 3 },
    },
    tables: [
      {
        name: "Tidsplan",
        row: 3,
        col: 0,
        headers,
        rows,
        tableStyle: "TableStyleMedium2",
        columnNumberFormats: [
          ...TABLE_COLUMNS.map((key) => (key === "start" || key === "end" ? "yyyy-mm-dd" : undefined)),
          ...extra.map(() => undefined),
        ],
      },
    ],
    generatedBy: GENERATED_BY.timeline,
  };
}

/** The widest När the column widens to (longer ones wrap in the cell or are cut in print). */
const MAX_WHEN_WIDTH = 36;

/**
 * The När column's width: its longest text ("13 feb kl. 14:00-16:00", "Vecka 48, måndag 28
 * november 2022") fits, between the usual width and {@link MAX_WHEN_WIDTH}: with the Start column
 * beside it filled, a longer När was cut off on screen and on paper.
 */
function whenWidth(rows: readonly (readonly CellValue[])[], columns: number): number {
  const at = TABLE_COLUMNS.indexOf("when");
  let longest = 0;
  for (const row of rows) {
    const cell = row.length === columns ? row[at] : undefined;
    if (cell?.type === "text") longest = Math.max(longest, cell.text.length);
  }
  return Math.min(MAX_WHEN_WIDTH, Math.max(COLUMN_WIDTHS.when, longest + 2));
}

const COLUMN_WIDTHS: Readonly<Record<TableColumnKey, number>> = {
  id: 12,
  when: 18,
  start: 12,
  end: 12,
  event: 50,
  owner: 24,
  notes: 40,
  category: 14,
  check: 40,
};

/**
 * The "Ansvariga" sheet: the owner register (given owners, else every owner of the timeline
 * with the colour the calendar gives it).
 *
 * @example
 * buildOwnersSheet(timeline, undefined, "sv").tables?.[0]?.headers; // ["Namn", "Alias", "Färg", "E-post"]
 */
export function buildOwnersSheet(
  timeline: Timeline,
  owners: readonly OwnerRecord[] | undefined,
  lang: Language,
): SheetModel {
  const records: readonly OwnerRecord[] =
    owners && owners.length > 0
      ? owners
      : ownerColors(timeline).map((o) => ({ name: o.name, aliases: [], color: o.color, email: "" }));
  return {
    name: SHEET_TEXT.ownersSheet[lang],
    cells: [],
    styles: {},
    merges: [],
    columnWidths: [30, 30, 12, 30],
    print: {
      paperSize: "A4",
      orientation: "portrait",
      fitToPageWidth: true,
      printTitleRows: { first: 0, last: 0 },
    },
    tables: [
      {
        name: "Ansvariga",
        row: 0,
        col: 0,
        headers: [
          SHEET_TEXT.ownerName[lang],
          SHEET_TEXT.ownerAlias[lang],
          SHEET_TEXT.ownerColor[lang],
          SHEET_TEXT.ownerEmail[lang],
        ],
        rows: records.map((r) => [text(r.name), text(r.aliases.join(", ")), text(r.color), text(r.email)]),
        tableStyle: "TableStyleLight9",
      },
    ],
    generatedBy: GENERATED_BY.owners,
  };
}
