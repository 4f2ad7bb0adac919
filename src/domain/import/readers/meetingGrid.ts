/**
 * The meeting-grid reader (sammanträdesplan): organs as rows and months as columns, with a
 * time column ("Organ | Tid | Jan | Feb | …", cells "3, 17", "2,30", "3*,17,31*", "-"), or the
 * transposed grid (months as rows, organs as columns). Every meeting becomes one entry: the organ
 * as event and owner, the time when one is given (the cell's own time wins over the column's).
 * Footnote marks are read through the legend under the grid: "* Extra sammanträde vid behov"
 * makes those meetings tentative; any other legend text goes into Innehåll.
 *
 * A grid copied from a web page may have lost its cell separators ("KF 18:00 30 27 27 24 29"):
 * the reader splits the line at spaces, and when a row has fewer cells than months (empty cells
 * vanished) it places the cells by weekday, as each organ meets on the same weekday. When two
 * placements fit equally well, the entries say so.
 */
import { monthFromWord, monthName, isValidDate, plainDate, weekday } from "../../dates";
import { organFromAbbreviation } from "../../owners/organs";
import type { RawRow, ReadingNote, SkippedLine } from "../../types";
import { cleanCell, yearInText } from "../cells";
import type { DelimitedRecord } from "../delimited";
import { gridCellDays, gridTime, isGridCell, type GridDay } from "./gridCells";

type Writable<T> = { -readonly [K in keyof T]: T[K] };

const TIME_HEADER = /^(?:tid|tider|klockan|kl\.?|tidpunkt|mötestid|starttid|time)$/iu;

interface GridHeader {
  /** Column index → month (1–12). */
  readonly months: readonly { readonly col: number; readonly month: number }[];
  readonly timeCol?: number;
  readonly labelCol: number;
}

/** The cells of a record; a line without tabs is split at runs of spaces or single spaces. */
function cellsOf(record: DelimitedRecord): string[] {
  const cells = record.cells.map(cleanCell);
  if (cells.length > 1) return cells;
  return (cells[0] ?? "").split(/\s+/u).filter((c) => c !== "");
}

/**
 * A grid header: at least four month names in rising order, after the organ column.
 *
 * @example
 * gridHeader(["Organ", "Tid", "Jan", "Feb", "Mars", "Apr"]) // → { months: [{ col: 2, month: 1 }, …], timeCol: 1, labelCol: 0 }
 */
export function gridHeader(cells: readonly string[]): GridHeader | undefined {
  const months: { col: number; month: number }[] = [];
  let timeCol: number | undefined;
  cells.forEach((cell, col) => {
    const word = cell.trim().replace(/[.:]$/u, "");
    const month = /^\p{L}+$/u.test(word) ? monthFromWord(word) : undefined;
    if (month !== undefined) months.push({ col, month });
    else if (TIME_HEADER.test(word)) timeCol = col;
  });
  if (months.length < 4) return undefined;
  for (let i = 1; i < months.length; i += 1) {
    if ((months[i]?.month ?? 0) <= (months[i - 1]?.month ?? 0)) return undefined;
  }
  const first = months[0]?.col ?? 0;
  if (first === 0) return undefined;
  return { months, ...(timeCol !== undefined ? { timeCol } : {}), labelCol: 0 };
}

/** A line of a footnote legend ("*Extra sammanträdestid vid behov."): its mark and its text. */
function legendLine(record: DelimitedRecord): RegExpExecArray | null {
  return /^(\*{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]|\d\))\s*(\S.*)$/u.exec(cleanCell(record.cells.join(" ")));
}

/** The legend of footnote marks: "*Extra sammanträdestid vid behov." → "*" → that text. */
export function gridLegend(records: readonly DelimitedRecord[]): Map<string, string> {
  const legend = new Map<string, string>();
  for (const record of records) {
    const m = legendLine(record);
    if (m?.[1] !== undefined && m[2] !== undefined && m[2].length < 200) {
      legend.set(m[1].replace(/\)$/u, ""), m[2].trim());
    }
  }
  return legend;
}

/** A time in a legend ("startar kl. 8.30", "klockan 13"). */
const LEGEND_TIME = /(?:kl\.?|klockan)\s*(\d{1,2}(?:[.:]\d{2})?)(?!\d)/iu;
const TENTATIVE_LEGEND = /vid behov|om behov|extra|preliminär|prel\.|reserv|eventuell|ev\./iu;

interface Meeting {
  readonly line: number;
  readonly month: number;
  readonly day: GridDay;
  readonly organ: string;
  readonly time?: string;
  readonly note?: ReadingNote;
}

/** Order-keeping placements of `k` cells into `m` month slots. */
function placements(k: number, m: number): number[][] {
  const out: number[][] = [];
  const pick = (start: number, chosen: number[]): void => {
    if (chosen.length === k) {
      out.push(chosen.slice());
      return;
    }
    for (let i = start; i <= m - (k - chosen.length); i += 1) {
      chosen.push(i);
      pick(i + 1, chosen);
      chosen.pop();
    }
  };
  pick(0, []);
  return out;
}

/** How well a placement of cells fits: days that exist, on the organ's most common weekday. */
function placementScore(
  cells: readonly GridDay[][],
  slots: readonly number[],
  months: readonly number[],
  year: number,
): number {
  const counts = new Map<number, number>();
  let invalid = 0;
  cells.forEach((days, i) => {
    const month = months[slots[i] ?? 0] ?? 1;
    for (const d of days) {
      if (d.day === undefined) continue;
      if (!isValidDate(year, month, d.day)) {
        invalid += 1;
        continue;
      }
      const w = weekday(plainDate(year, month, d.day));
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  });
  const best = Math.max(0, ...counts.values());
  return best - 10 * invalid;
}

/**
 * Place a row's cells in the month columns. With as many cells as months, in order; with fewer
 * (a flattened copy lost the empty cells), the order-keeping placement that puts most days on one
 * weekday. Returns the month slot of each cell and whether another placement fits as well.
 */
function placeCells(
  cells: readonly string[],
  months: readonly number[],
  year: number,
): { slots: number[]; ambiguous: boolean } {
  if (cells.length === months.length) return { slots: cells.map((_, i) => i), ambiguous: false };
  // More cells than months (a stray number, a footnote split off): the extra ones go to the last
  // month, and the entries say the columns could not be read for certain.
  if (cells.length > months.length) {
    return { slots: cells.map((_, i) => Math.min(i, months.length - 1)), ambiguous: true };
  }
  let best: number[] = [];
  let bestScore = -Infinity;
  let ties = 0;
  for (const slots of placements(cells.length, months.length)) {
    const parsed = cells.map((c, i) => gridCellDays(c, year, months[slots[i] ?? 0] ?? 1));
    const score = placementScore(parsed, slots, months, year);
    if (score > bestScore) {
      best = slots;
      bestScore = score;
      ties = 0;
    } else if (score === bestScore) {
      ties += 1;
    }
  }
  return { slots: best, ambiguous: ties > 0 };
}

/** Cells of a flattened row: "1, 15" is one cell (a comma joins), "-" an empty one. */
function flattenedCells(tokens: readonly string[]): string[] {
  const cells: string[] = [];
  for (const token of tokens) {
    const last = cells[cells.length - 1];
    if (last !== undefined && /,$/u.test(last)) cells[cells.length - 1] = `${last} ${token}`;
    else cells.push(token);
  }
  return cells;
}

/** A grid row: its label (organ), its time and its month cells. */
/** A time cell of a row ("13.00", "15.00-16.30"). */
const ROW_TIME = /^\d{1,2}[.:]\d{2}(?:-\d{1,2}[.:]\d{2})?$/u;
const NO_LINES: ReadonlySet<number> = new Set();

function gridRow(
  record: DelimitedRecord,
  header: GridHeader,
  flattened: boolean,
): { label: string; time?: string; cells: string[]; dropped?: boolean } | undefined {
  const cells = cellsOf(record);
  if (!flattened) {
    const label = cells[header.labelCol] ?? "";
    if (label === "" || /^\*/u.test(label)) return undefined;
    const monthCells = header.months.map((m) => cells[m.col] ?? "");
    if (!monthCells.every(isGridCell)) return undefined;
    if (monthCells.every((c) => c.trim() === "")) return undefined;
    const time = header.timeCol !== undefined ? gridTime(cells[header.timeCol] ?? "") : undefined;
    return { label, ...(time !== undefined ? { time } : {}), cells: monthCells };
  }
  // A line split at spaces: label words, then maybe a time, then day cells.
  let i = 0;
  const labelWords: string[] = [];
  while (i < cells.length && !/^\d/u.test(cells[i] ?? "") && !/^[-–—]$/u.test(cells[i] ?? "")) {
    labelWords.push(cells[i] ?? "");
    i += 1;
  }
  if (labelWords.length === 0 || labelWords.length > 6) return undefined;
  let time: string | undefined;
  const maybeTime = cells[i] ?? "";
  if (header.timeCol !== undefined && ROW_TIME.test(maybeTime)) {
    time = gridTime(maybeTime);
    i += 1;
  }
  let tail = cells.slice(i);
  // The time in the last column ("… 176* 18.00" under "… JUNI Kl.").
  const lastCol = Math.max(...header.months.map((m) => m.col));
  if (time === undefined && header.timeCol !== undefined && header.timeCol > lastCol && ROW_TIME.test(tail[tail.length - 1] ?? "")) {
    time = gridTime(tail[tail.length - 1] ?? "");
    tail = tail.slice(0, -1);
  }
  // Words between the days ("7 NYTT DATUM") are a remark on a cell, not a cell.
  const kept = tail.filter((t) => !/^\p{L}{2,}$/u.test(t));
  const rest = flattenedCells(kept);
  if (rest.length === 0 || !rest.every(isGridCell)) return undefined;
  return {
    label: labelWords.join(" "),
    ...(time !== undefined ? { time } : {}),
    cells: rest,
    ...(kept.length < tail.length ? { dropped: true } : {}),
  };
}

/** The year a grid is for: a year in the lines just above it, else the plan year. */
function gridYear(records: readonly DelimitedRecord[], headerIndex: number, planYear: number): number {
  for (let i = headerIndex; i >= Math.max(0, headerIndex - 12); i -= 1) {
    const text = cleanCell((records[i]?.cells ?? []).join(" "));
    const year = text.length <= 80 ? yearInText(text) : undefined;
    if (year !== undefined) return year;
  }
  return planYear;
}

function whenText(day: GridDay, month: number, time: string | undefined, tentative: boolean): string {
  const cellTime = day.time !== undefined ? `kl. ${day.time}` : time;
  // A date of its own ("4/1-22" in December's column) is met at the row's time like the others.
  if (day.text !== undefined)
    return /^\d{1,2}\/\d{1,2}(?:-\d{2,4})?$/u.test(day.text) && cellTime !== undefined
      ? `${day.text} ${cellTime}${tentative ? "?" : ""}`
      : day.text;
  const days = day.endDay !== undefined ? `${day.day ?? ""}-${day.endDay}` : `${day.day ?? ""}`;
  return `${days} ${monthName(month, "sv")}${cellTime !== undefined ? ` ${cellTime}` : ""}${tentative ? "?" : ""}`;
}

/** A row's days as placed: per cell, its month and its days. */
type CellDays = readonly { readonly month: number; readonly days: readonly GridDay[] }[];

/**
 * The days of a row read by its weekday, in a grid whose copy glued footnote digits onto days:
 * when more than half of the row's days fall on one weekday, a two-digit day off that weekday whose first
 * digit is on it ("28" in October of a Wednesday body: 2 October, footnote 8), and a one-digit
 * day after another in its cell off that weekday ("5,6,7": 5 with footnotes 6 and 7), are read
 * as footnote digits. Each such day carries what was written, so its entry says so.
 */
function onRowWeekday(cells: CellDays, year: number): CellDays {
  const counts = new Map<number, number>();
  let total = 0;
  for (const { month, days } of cells)
    for (const d of days) {
      if (d.day === undefined || !isValidDate(year, month, d.day)) continue;
      const w = weekday(plainDate(year, month, d.day));
      counts.set(w, (counts.get(w) ?? 0) + 1);
      total += 1;
    }
  let usual: number | undefined;
  let best = 0;
  for (const [w, n] of counts) if (n > best) [usual, best] = [w, n];
  if (usual === undefined || best < 3 || best * 2 <= total) return cells;
  const on = (month: number, day: number): boolean =>
    isValidDate(year, month, day) && weekday(plainDate(year, month, day)) === usual;
  return cells.map(({ month, days }) => {
    const out: GridDay[] = [];
    for (const d of days) {
      const plain = d.day !== undefined && d.glued === undefined && d.endDay === undefined && d.text === undefined;
      const prev = out[out.length - 1];
      if (plain && d.day !== undefined && !on(month, d.day)) {
        if (d.day >= 10 && d.mark === undefined && on(month, Math.floor(d.day / 10))) {
          out.push({ ...d, day: Math.floor(d.day / 10), mark: String(d.day % 10), glued: String(d.day) });
          continue;
        }
        if (d.day < 10 && prev?.day !== undefined) {
          out[out.length - 1] = { ...prev, glued: `${prev.glued ?? String(prev.day)},${d.day}`, mark: prev.mark ?? String(d.day) };
          continue;
        }
      }
      out.push(d);
    }
    return { month, days: out };
  });
}

/** What the grid reader found: rows, the records it used, lines it skipped. */
export interface GridReading {
  readonly rows: RawRow[];
  readonly used: ReadonlySet<number>;
  readonly skipped: SkippedLine[];
}

/**
 * Read every meeting grid in the records. Returns undefined when there is none.
 *
 * @example
 * readMeetingGrids(parseDelimited("Organ\tTid\tJan\tFeb\tMars\tApr\nKS\t13.00\t19\t16\t16\t13\n", "\t"), 2022)
 *   ?.rows.map((r) => r.when); // → ["19 januari kl. 13.00", "16 februari kl. 13.00", "16 mars kl. 13.00", "13 april kl. 13.00"]
 */
export function readMeetingGrids(
  records: readonly DelimitedRecord[],
  planYear: number,
  legendRecords: readonly DelimitedRecord[] = records,
  oneLine: ReadonlySet<number> = NO_LINES,
): GridReading | undefined {
  const used = new Set<number>();
  const rows: RawRow[] = [];
  const skipped: SkippedLine[] = [];
  const legend = gridLegend(legendRecords);
  for (let index = 0; index < records.length; index += 1) {
    const record = records[index];
    if (record === undefined) continue;
    const header = gridHeader(cellsOf(record));
    if (header === undefined) continue;
    const flattened = record.cells.length === 1;
    const year = gridYear(records, index, planYear);
    const months = header.months.map((m) => m.month);
    const meetings: Meeting[] = [];
    used.add(index);
    skipped.push({ line: record.line, text: cleanCell(record.cells.join(" ")), reason: "grid-header" });
    // "Januari - juli 2023" just above the header names the grid's months, not an entry.
    for (let above = index - 1; above >= Math.max(0, index - 3); above -= 1) {
      const title = cleanCell((records[above]?.cells ?? []).join(" "));
      if (title === "") continue;
      if (
        /^\p{L}+\s*[-–]\s*\p{L}+\s+(?:19|20|21)\d{2}$/u.test(title) &&
        monthFromWord(title.split(/\s/u)[0] ?? "") !== undefined
      ) {
        used.add(above);
        skipped.push({ line: records[above]?.line ?? 0, text: title, reason: "grid-title" });
      }
      break;
    }
    let next = index + 1;
    // The rows first: a flattened copy may break a row's last cells onto a line of their own
    // ("SON 13:00 4, 26 22 30 27 25" … "21"), which then belong to the row above.
    const gridRows: {
      candidate: DelimitedRecord;
      row: { label: string; time?: string; cells: string[]; dropped?: boolean };
      flat: boolean;
    }[] = [];
    for (; next < records.length; next += 1) {
      const candidate = records[next];
      if (candidate === undefined) break;
      const text = cleanCell(candidate.cells.join(" "));
      if (text === "") continue;
      if (gridHeader(cellsOf(candidate)) !== undefined) break;
      // A row of a cell-per-line grid written on one line (cellLines.ts): read as a flattened row.
      const flat = flattened || oneLine.has(candidate.line);
      const row = gridRow(candidate, header, flat);
      if (row === undefined && flat && !flattened) {
        used.add(next);
        skipped.push({ line: candidate.line, text, reason: "grid-row-unaligned" });
        continue;
      }
      const previous = gridRows[gridRows.length - 1];
      if (
        row === undefined &&
        flattened &&
        previous !== undefined &&
        /^\d[\d\s,*()]*$/u.test(text) &&
        previous.row.cells.length < months.length
      ) {
        previous.row.cells.push(...flattenedCells(text.split(/\s+/u)));
        used.add(next);
        continue;
      }
      if (row === undefined) break;
      used.add(next);
      gridRows.push({ candidate, row, flat });
    }
    const read = gridRows.map(({ candidate, row, flat }) => {
      const placed = flat
        ? placeCells(row.cells, months, year)
        : { slots: row.cells.map((_, i) => i), ambiguous: false };
      const cellDays = row.cells.map((cell, i) => {
        const month = months[placed.slots[i] ?? i] ?? 1;
        return { month, days: gridCellDays(cell, year, month) };
      });
      return { candidate, row, placed, cellDays };
    });
    // A grid whose copy glued footnote digits onto some days may have glued others into a day
    // that exists ("28" = 2 with footnote 8): the row's weekday tells them apart.
    const glued = read.some((r) => r.cellDays.some((c) => c.days.some((d) => d.glued !== undefined)));
    for (const { candidate, row, placed, cellDays } of read) {
      // Words dropped from the row ("7 NYTT DATUM") leave its placement to be checked as well.
      const ambiguous = placed.ambiguous || row.dropped === true;
      const byWeekday = glued ? onRowWeekday(cellDays, year) : cellDays;
      byWeekday.forEach(({ month, days }) => {
        for (const day of days) {
          const note: ReadingNote | undefined =
            day.glued !== undefined
              ? {
                  code: "footnote-digit",
                  message: {
                    sv: `"${day.glued}" lästes som den ${day.day ?? ""}${day.endDay !== undefined ? `–${day.endDay}` : ""}:e med en fotnot ${day.mark ?? ""} (siffrorna satt ihop i kopian). Kontrollera dagen.`,
                    en: `"${day.glued}" was read as day ${day.day ?? ""}${day.endDay !== undefined ? `–${day.endDay}` : ""} with a footnote ${day.mark ?? ""} (the digits were glued together in the copy). Check the day.`,
                  },
                }
              : ambiguous
                ? {
                    code: "grid-columns",
                    message: {
                      sv: `Raden "${row.label}" har inte en cell per månad (celler försvann eller delades i kopian); dagarna placerades efter veckodag och ordning, men en annan placering är möjlig. Kontrollera månaden.`,
                      en: `The row "${row.label}" does not have one cell per month (cells were lost or split in the copy); the days were placed by weekday and order, but another placement is possible. Check the month.`,
                    },
                  }
                : undefined;
          meetings.push({
            line: candidate.line,
            month,
            day,
            organ: row.label,
            ...(row.time !== undefined ? { time: row.time } : {}),
            ...(note !== undefined ? { note } : {}),
          });
        }
      });
    }
    meetings.sort((a, b) => a.month - b.month || (a.day.day ?? 0) - (b.day.day ?? 0));
    let firstOfGrid = true;
    for (const meeting of meetings) {
      const legendText = meeting.day.mark !== undefined ? legend.get(meeting.day.mark) : undefined;
      const tentative = legendText !== undefined && TENTATIVE_LEGEND.test(legendText);
      // "* LS 15 maj samt 23 okt, startar kl. 8.30": the legend's time is that day's time.
      const legendTime = legendText !== undefined ? LEGEND_TIME.exec(legendText)?.[1] : undefined;
      const time = legendTime !== undefined ? `kl. ${legendTime}` : meeting.time;
      const row: Writable<RawRow> = {
        line: meeting.line,
        when: whenText(meeting.day, meeting.month, time, tentative),
        event: meeting.organ,
        owner: organFromAbbreviation(meeting.organ) ?? meeting.organ,
        notes: legendText ?? "",
      };
      if (meeting.note !== undefined) row.readingNotes = [meeting.note];
      if (firstOfGrid) row.newSequence = true;
      firstOfGrid = false;
      rows.push(row);
    }
    if (year !== planYear) rows.splice(rows.length - meetings.length, 0, yearRow(record.line, year));
    index = next - 1;
  }
  if (used.size === 0) return undefined;
  useLegend(records, used, skipped);
  return { rows, used, skipped };
}

/**
 * The legend's lines are read with the grid: not entries, not lines without a date. Adds them to
 * `used` and says so in `skipped`.
 */
export function useLegend(records: readonly DelimitedRecord[], used: Set<number>, skipped: SkippedLine[]): void {
  records.forEach((record, index) => {
    const m = legendLine(record);
    if (m === null || used.has(index) || (m[2] ?? "").length >= 200) return;
    used.add(index);
    skipped.push({ line: record.line, text: cleanCell(record.cells.join(" ")), reason: "grid-legend" });
  });
}

/**
 * The transposed grid (months as rows, bodies as columns: "Månad | KF | KS | KSAU", then
 * "Januari | | 21 | 15"), turned into the organ × month records the reader reads. A row labelled
 * Tid/Kl/Mötestid gives each body's time.
 *
 * @example
 * transposedGrid(parseDelimited("\tKF\tKS\nJanuari\t\t21\nFebruari\t11\t19\nMars\t\t18\nApril\t1\t29\n", "\t"))?.records[1]?.cells
 * // → ["KF", "", "", "11", "", "1"]
 */
export function transposedGrid(
  records: readonly DelimitedRecord[],
): { records: DelimitedRecord[]; from: number; to: number } | undefined {
  for (let start = 0; start < records.length; start += 1) {
    const first = (i: number): string => cleanCell(records[i]?.cells[0] ?? "");
    const isMonthRow = (i: number): boolean =>
      (records[i]?.cells.length ?? 0) > 1 && /^\p{L}+\.?$/u.test(first(i)) && monthFromWord(first(i)) !== undefined;
    if (!isMonthRow(start)) continue;
    let end = start;
    let last = 0;
    while (end < records.length && isMonthRow(end) && (monthFromWord(first(end)) ?? 0) > last) {
      last = monthFromWord(first(end)) ?? 13;
      end += 1;
    }
    if (end - start < 4) {
      start = end;
      continue;
    }
    let headerIndex = start - 1;
    let timeIndex: number | undefined;
    if (TIME_HEADER.test(first(headerIndex).replace(/:$/u, ""))) {
      timeIndex = headerIndex;
      headerIndex -= 1;
    }
    const header = records[headerIndex];
    if (header === undefined || header.cells.length < 2) return undefined;
    const organs = header.cells.slice(1).map(cleanCell);
    const monthRows = records.slice(start, end);
    const out: DelimitedRecord[] = [
      { line: header.line, cells: [cleanCell(header.cells[0] ?? "")] },
      { line: header.line, cells: ["Organ", "Tid", ...monthRows.map((r) => cleanCell(r.cells[0] ?? ""))] },
    ];
    organs.forEach((organ, col) => {
      if (organ === "") return;
      const time = timeIndex !== undefined ? cleanCell(records[timeIndex]?.cells[col + 1] ?? "") : "";
      out.push({ line: header.line, cells: [organ, time, ...monthRows.map((r) => cleanCell(r.cells[col + 1] ?? ""))] });
    });
    return { records: out, from: headerIndex, to: end - 1 };
  }
  return undefined;
}

/** A year heading row before a grid whose year is written above it. */
function yearRow(line: number, year: number): RawRow {
  return { line, when: String(year), event: "", owner: "", notes: "" };
}
