/**
 * The årshjul workflow: read the table, check it, draw the wheel, and put its picture on a
 * sheet. No React and no DOM: the pane calls these with its port and renders the PNG itself.
 */
import type { Bilingual, Language, PlainDate } from "../domain/types";
import { buildWheelSvg, type RingMode } from "../domain/wheel";
import type { PortResult, WorkbookPort } from "../excel/workbookPort";
import { readWorkbookTimeline, type WorkbookTimeline } from "./workbookTimeline";

/** What the wheel is drawn from: the table as a timeline, its owners and the check's findings. */
export type WheelData = WorkbookTimeline;

/** The choices in the wheel view. */
export interface WheelChoice {
  readonly lang: Language;
  readonly rings: RingMode;
  /** 1–12: the month at 12 o'clock. */
  readonly startMonth: number;
  /** The user's today, for the needle (the domain never reads the clock). */
  readonly today?: PlainDate;
}

/** Marks a picture sheet as the add-in's own, so "Infoga årshjul" may replace it later. */
export const WHEEL_SHEET_MARKER = "tidsplan:arshjul";

/** The local calendar day of a clock reading: the pane's today. */
export function plainToday(now: Date): PlainDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/**
 * Read the Tidsplan table, its owner table and check it (no writes); null when the workbook has
 * no Tidsplan table.
 */
export function readWheelData(port: WorkbookPort): Promise<PortResult<WheelData | null>> {
  return readWorkbookTimeline(port);
}

/** The wheel's SVG for the current choices (escaped domain output, safe to inject). */
export function drawWheel(data: WheelData, choice: WheelChoice): string {
  return buildWheelSvg(data.timeline, {
    lang: choice.lang,
    rings: choice.rings,
    startMonth: choice.startMonth,
    owners: data.owners ?? undefined,
    findings: data.findings,
    today: choice.today,
  });
}

/** `Årshjul 2007` / `Annual wheel 2007`: the picture sheet's name (well under Excel's 31). */
export function wheelSheetName(year: number, lang: Language): string {
  return `${lang === "sv" ? "Årshjul" : "Annual wheel"} ${year}`;
}

/** What {@link insertWheelPicture} did: the sheet's name, or why nothing was done. */
export type InsertWheelResult =
  | { readonly ok: true; readonly sheet: string }
  | { readonly ok: false; readonly code: string; readonly message: Bilingual };

/** Put the wheel's PNG (base64, no data: prefix) on its generated sheet, replacing an older one. */
export async function insertWheelPicture(
  port: WorkbookPort,
  year: number,
  lang: Language,
  base64Png: string,
): Promise<InsertWheelResult> {
  const sheet = wheelSheetName(year, lang);
  const result = await port.insertPictureSheet(sheet, base64Png, WHEEL_SHEET_MARKER);
  return result.ok ? { ok: true, sheet } : result;
}
