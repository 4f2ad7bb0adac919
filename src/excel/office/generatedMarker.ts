/**
 * Which sheets the add-in generated (Kalender, Utskrift, Årshjul …), so it replaces its own and
 * never a user's sheet of the same name.
 *
 * Worksheet.id can change between sessions and Excel versions (office-js #1390), so an id is not
 * the mark. Where ExcelApi 1.12 is supported, the mark is a worksheet custom property
 * (Worksheet.customProperties: https://learn.microsoft.com/javascript/api/excel/excel.worksheetcustompropertycollection),
 * which travels with the sheet. Elsewhere the fallback is a document property named after the
 * sheet's id whose value also names the sheet: a changed id makes the add-in refuse its own sheet
 * (the user is told to rename it; nothing is lost), and a stale id never matches a user's sheet
 * unless it also has the very name recorded. Both marks are written, so a workbook made on an
 * older Excel and opened on a newer one (or back) keeps working as well as each allows.
 */

/** The document property prefix (fallback mark): `${GENERATED_PREFIX}${sheet.id}`. */
export const GENERATED_PREFIX = "TidsplanGenererat_";

/** The worksheet custom property (ExcelApi 1.12) that marks a generated sheet. */
export const SHEET_MARKER_KEY = "TidsplanGenererat";

/** The document property's value: the sheet's name, then what generated it (≤ 255 characters). */
export function fallbackMarkerValue(name: string, generatedBy: string): string {
  return `${name}|${generatedBy}`.slice(0, 255);
}

function sheetPropertiesSupported(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.12");
}

export type SheetOwner =
  { readonly kind: "none" } | { readonly kind: "user" } | { readonly kind: "generated" };

export interface GeneratedProbe {
  /** After the caller's sync: whose sheet of that name there is (one more sync with ExcelApi 1.12). */
  readonly owner: () => Promise<SheetOwner>;
  /** Queue deleting the existing (generated) sheet and its fallback mark. */
  readonly queueRemove: () => void;
}

/** Queue, in the caller's batch, what is needed to tell whether the sheet `name` is the add-in's. */
export function queueGeneratedProbe(context: Excel.RequestContext, name: string): GeneratedProbe {
  const existing = context.workbook.worksheets.getItemOrNullObject(name);
  existing.load("id");
  const custom = context.workbook.properties.custom.load("items/key,items/value");
  // Both functions run after the caller's sync (the contract of GeneratedProbe).
  /* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read */
  const fallbackKey = () => `${GENERATED_PREFIX}${existing.id}`;
  const owner = async (): Promise<SheetOwner> => {
    if (existing.isNullObject) return { kind: "none" };
    /* eslint-enable office-addins/call-sync-after-load, office-addins/call-sync-before-read */
    if (sheetPropertiesSupported()) {
      // Asked only now that the sheet is known to exist (nothing chained on a null object).
      const mark = existing.customProperties.getItemOrNullObject(SHEET_MARKER_KEY);
      await context.sync();
      return mark.isNullObject ? { kind: "user" } : { kind: "generated" };
    }
    const fallback = custom.items.find((property) => property.key === fallbackKey());
    const ours = fallback !== undefined && String(fallback.value).startsWith(`${name}|`);
    return ours ? { kind: "generated" } : { kind: "user" };
  };
  const queueRemove = () => {
    if (custom.items.some((property) => property.key === fallbackKey()))
      custom.getItem(fallbackKey()).delete();
    existing.delete();
  };
  return { owner, queueRemove };
}

/** Queue the ExcelApi 1.12 mark on a sheet just added (same batch). */
export function queueSheetMark(sheet: Excel.Worksheet, generatedBy: string): void {
  if (sheetPropertiesSupported()) sheet.customProperties.add(SHEET_MARKER_KEY, generatedBy.slice(0, 255));
}

/** Queue the fallback mark, once the new sheet's id is loaded and synced. */
export function queueFallbackMark(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  name: string,
  generatedBy: string,
): void {
  context.workbook.properties.custom.add(
    `${GENERATED_PREFIX}${sheet.id}`,
    fallbackMarkerValue(name, generatedBy),
  );
}
