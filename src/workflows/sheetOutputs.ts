/**
 * "Kalenderblad" and "Utskrift": read the workbook's timeline, compute the sheet model in the
 * domain and let the port render it. Shared by the pane and the ribbon; no React, no Office.js.
 */
import { buildCalendarSheet, buildPrintPlan } from "../domain/sheet";
import type { Bilingual, Language } from "../domain/types";
import { portFailure } from "../excel/portErrors";
import type { WorkbookPort } from "../excel/workbookPort";
import { readWorkbookTimeline } from "./workbookTimeline";

/** Which generated sheet: the year planner or the printable plan. */
export type SheetOutput = "calendar" | "print";

export type SheetOutputResult =
  | { readonly ok: true; readonly sheetName: string; readonly message: Bilingual }
  | { readonly ok: false; readonly message: Bilingual };

function noTable(): Bilingual {
  const failure = portFailure<never>("no-table");
  return failure.ok ? { sv: "Ingen Tidsplan-tabell.", en: "No Tidsplan table." } : failure.message;
}

function done(output: SheetOutput, sheetName: string): Bilingual {
  return output === "calendar"
    ? {
        sv: `Kalenderbladet ”${sheetName}” är klart.`,
        en: `The calendar sheet "${sheetName}" is ready.`,
      }
    : {
        sv: `Utskriftsbladet ”${sheetName}” är klart.`,
        en: `The printable plan "${sheetName}" is ready.`,
      };
}

/**
 * Generate (or regenerate) the calendar sheet or the printable plan from the Tidsplan table.
 * A user's own sheet with the same name is never overwritten: the port refuses and its message
 * is returned. Never throws.
 */
export async function generateSheet(
  port: WorkbookPort,
  output: SheetOutput,
  lang: Language,
): Promise<SheetOutputResult> {
  const read = await readWorkbookTimeline(port);
  if (!read.ok) return { ok: false, message: read.message };
  if (read.value === null) return { ok: false, message: noTable() };
  const { timeline, owners } = read.value;
  const model =
    output === "calendar"
      ? buildCalendarSheet(timeline, { lang, ...(owners === null ? {} : { owners }) })
      : buildPrintPlan(timeline, lang);
  const rendered = await port.renderSheetModel(model);
  if (!rendered.ok) return { ok: false, message: rendered.message };
  return { ok: true, sheetName: model.name, message: done(output, model.name) };
}
