/**
 * The calendar sheet "Kalender <år>": a Swedish wall planner. Months are column groups (a narrow
 * day column "må 5" and a wide events column), days 1–31 are rows, weekends and public holidays
 * are shaded, and each day's events are coloured by owner. Entries longer than a day sit in a
 * band above each month they touch.
 */
import { fitCellText } from "../excelLimits";
import { daysInMonth, isoWeekOf, monthName, weekday } from "../dates";
import { swedishHolidayOn } from "../holidays";
import type { Language, OwnerRecord, Timeline } from "../types";
import { calendarYears, dayKey, placeOnCalendar } from "./calendarPlacement";
import type { PlacedText } from "./calendarPlacement";
import {
  MAX_BAND_ROWS,
  MAX_LEGEND_ITEMS,
  MAX_ROW_POINTS,
  capList,
  fitDayCell,
  moreText,
  placedLines,
} from "./calendarLimits";
import { ownerColors, ownerIndex } from "./ownerColors";
import type { OwnerColor } from "./ownerColors";
import type { CellModel, MergeModel, SheetModel } from "./sheetModel";
import { GENERATED_BY, SHEET_TEXT, WEEKDAY_INITIALS } from "./sheetText";
import { StyleRegistry } from "./styleRegistry";

export interface CalendarOptions {
  readonly lang: Language;
  readonly owners?: readonly OwnerRecord[];
  /** The calendar year shown; by default the year most of the plan's dates fall in. */
  readonly year?: number;
}

const BORDER = "#BFBFBF";
const WEEKEND_FILL = "#E7E6E6";
const HOLIDAY_FILL = "#F8CBAD";
/** Eves (julafton, midsommarafton …) are days off in practice but not public holidays: a lighter tint. */
const EVE_FILL = "#FCE4D6";
const INVALID_FILL = "#A6A6A6";
const HEADER_FILL = "#1F4E78";
const DAY_COL_WIDTH = 10;
const EVENT_COL_WIDTH = 22;
const LEGEND_PER_ROW = 11;
/** Points per line of 9-point text. */
const LINE_HEIGHT = 12;
/** Day rows are at least this tall (points): room to write on the printed page. */
const MIN_DAY_ROW = 32;

const text = (t: string) => ({ type: "text", text: fitCellText(t) }) as const;

/**
 * Builds the calendar sheet model of one calendar year of a timeline (see {@link CalendarOptions.year}).
 *
 * @example
 * const sheet = buildCalendarSheet(timeline, { lang: "sv" });
 * sheet.name; // "Kalender 2007"
 */
export function buildCalendarSheet(timeline: Timeline, options: CalendarOptions): SheetModel {
  const { lang } = options;
  const year = options.year ?? calendarYears(timeline)[0] ?? timeline.plan.year;
  const colors = ownerColors(timeline, options.owners);
  const placement = placeOnCalendar(timeline, lang, year);
  const styles = new StyleRegistry();
  const cells: CellModel[] = [];
  const merges: MergeModel[] = [];
  const rowHeights: Record<number, number> = {};
  const put = (row: number, col: number, value: string, style: string) =>
    cells.push({ row, col, value: value === "" ? { type: "empty" } : text(value), style });

  const base = { border: BORDER, verticalAlignment: "top", wrapText: true, fontSize: 9 } as const;
  const ownerStyle = (owner: string, prefix: string, fallbackFill?: string): string => {
    const i = ownerIndex(colors, owner);
    const fill = i >= 0 ? colors[i]?.color : fallbackFill;
    return styles.use(`${prefix}-${i >= 0 ? i : (fallbackFill ?? "none")}`, { ...base, fill });
  };

  // Title.
  const title = `${SHEET_TEXT.calendarSheet[lang]} ${year}${timeline.plan.title ? ` – ${timeline.plan.title}` : ""}`;
  put(0, 0, title, styles.use("title", { bold: true, fontSize: 16, verticalAlignment: "center" }));
  merges.push({ row: 0, col: 0, rowCount: 1, colCount: 24 });
  rowHeights[0] = 26;

  // Legend: one cell pair per owner, LEGEND_PER_ROW owners per row; past MAX_LEGEND_ITEMS the
  // last pair says how many more there are (their events keep their colours).
  const legendItems: readonly (OwnerColor | { readonly name: string; readonly more: true })[] =
    colors.length <= MAX_LEGEND_ITEMS
      ? colors
      : [
          ...colors.slice(0, MAX_LEGEND_ITEMS - 1),
          { name: moreText(colors.length - (MAX_LEGEND_ITEMS - 1), lang), more: true },
        ];
  const legendRows = Math.max(1, Math.ceil(legendItems.length / LEGEND_PER_ROW));
  put(
    1,
    0,
    SHEET_TEXT.legend[lang],
    styles.use("legendLabel", { bold: true, fontSize: 9, verticalAlignment: "center" }),
  );
  merges.push({ row: 1, col: 0, rowCount: 1, colCount: 2 });
  legendItems.forEach((owner, i) => {
    const row = 1 + Math.floor(i / LEGEND_PER_ROW);
    const col = 2 + (i % LEGEND_PER_ROW) * 2;
    put(row, col, owner.name, ownerStyle("more" in owner ? "" : owner.name, "legend"));
    merges.push({ row, col, rowCount: 1, colCount: 2 });
  });

  // Month headings.
  const monthRow = 1 + legendRows;
  const monthStyle = styles.use("month", {
    bold: true,
    fontSize: 12,
    fill: HEADER_FILL,
    fontColor: "#FFFFFF",
    horizontalAlignment: "center",
    verticalAlignment: "center",
    border: BORDER,
  });
  for (let month = 1; month <= 12; month++) {
    put(monthRow, (month - 1) * 2, monthName(month, lang).toLocaleUpperCase(lang), monthStyle);
    merges.push({ row: monthRow, col: (month - 1) * 2, rowCount: 1, colCount: 2 });
  }
  rowHeights[monthRow] = 20;

  // Bands of longer entries above each month, at most MAX_BAND_ROWS.
  const bands = placement.bands.map((band) => capList(band, MAX_BAND_ROWS, lang));
  const bandCount = Math.max(1, ...bands.map((b) => b.length));
  const bandStart = monthRow + 1;
  for (let month = 1; month <= 12; month++) {
    const band = bands[month - 1] ?? [];
    for (let i = 0; i < bandCount; i++) {
      const row = bandStart + i;
      const item = band[i];
      put(
        row,
        (month - 1) * 2,
        item?.text ?? "",
        item ? ownerStyle(item.owner, "band") : ownerStyle("", "band"),
      );
      merges.push({ row, col: (month - 1) * 2, rowCount: 1, colCount: 2 });
    }
  }
  for (let i = 0; i < bandCount; i++) {
    const lines = Math.max(
      1,
      ...bands.map((b) => {
        const item: PlacedText | undefined = b[i];
        return item === undefined ? 0 : placedLines(item, DAY_COL_WIDTH + EVENT_COL_WIDTH);
      }),
    );
    rowHeights[bandStart + i] = Math.min(MAX_ROW_POINTS, Math.max(15, lines * LINE_HEIGHT + 3));
  }

  // Days 1–31.
  const dayStart = bandStart + bandCount;
  const invalid = styles.use("invalid", { fill: INVALID_FILL, border: BORDER });
  for (let d = 1; d <= 31; d++) {
    const row = dayStart + d - 1;
    let lines = 1;
    for (let month = 1; month <= 12; month++) {
      const dayCol = (month - 1) * 2;
      if (d > daysInMonth(year, month)) {
        put(row, dayCol, "", invalid);
        put(row, dayCol + 1, "", invalid);
        continue;
      }
      const date = { year, month, day: d };
      const wd = weekday(date);
      const holidayDay = swedishHolidayOn(date);
      const holiday = holidayDay ? capitalise(holidayDay.name[lang]) : undefined;
      const shade =
        holidayDay?.kind === "public"
          ? HOLIDAY_FILL
          : wd >= 6
            ? WEEKEND_FILL
            : holidayDay
              ? EVE_FILL
              : undefined;
      const week = wd === 1 ? `  ${SHEET_TEXT.week[lang]} ${isoWeekOf(date).week}` : "";
      const dayStyle = styles.use(`day-${shade ?? "none"}`, {
        ...base,
        wrapText: false,
        bold: shade !== undefined,
        fill: shade,
      });
      put(row, dayCol, `${WEEKDAY_INITIALS[lang][wd - 1] ?? ""} ${d}${week}`, dayStyle);
      const events = placement.days.get(dayKey(month, d)) ?? [];
      const fitted = fitDayCell(
        holiday ? [{ text: holiday, owner: "" }, ...events] : events,
        EVENT_COL_WIDTH,
        lang,
      );
      put(row, dayCol + 1, fitted.texts.join("\n"), ownerStyle(events[0]?.owner ?? "", "event", shade));
      lines = Math.max(lines, fitted.lines);
    }
    rowHeights[row] = Math.min(MAX_ROW_POINTS, Math.max(MIN_DAY_ROW, lines * LINE_HEIGHT + 4));
  }

  const columnWidths = Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? DAY_COL_WIDTH : EVENT_COL_WIDTH));
  return {
    name: `${SHEET_TEXT.calendarSheet[lang]} ${year}`,
    cells,
    styles: styles.toRecord(),
    merges,
    columnWidths,
    rowHeights,
    freeze: { rows: monthRow + 1, columns: 0 },
    print: {
      paperSize: "A3",
      orientation: "landscape",
      fitToPageWidth: true,
      printTitleRows: { first: monthRow, last: monthRow },
      centerHeader: title,
    },
    generatedBy: GENERATED_BY.calendar,
  };
}

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase("sv") + s.slice(1);
