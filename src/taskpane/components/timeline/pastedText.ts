/**
 * What the paste box hands to the import, and the preview's import.
 */
import { importTimeline } from "../../../domain/import";
import type { ImportResult } from "../../../domain/types";

/**
 * The pasted text as the import should see it: NUL characters removed, as decodeText does for
 * files. Without this, a copy carrying a few NULs (from a PDF or an old system) was refused in
 * the pane as "not text (a binary file?)" while `tidsplan import` read the same text.
 *
 * @example
 * importablePaste("Löne\u0000översyn") // → "Löneöversyn"
 */
export function importablePaste(text: string): string {
  return text.includes("\u0000") ? text.split("\u0000").join("") : text;
}

/**
 * The preview's import of `text` with the plan year and title the user sees. `inferred` is the
 * import of the same text without them (which the panel makes anyway, to read the plan from
 * the text); when the year and title are those it found, it is the preview: a big paste is then
 * imported once, not twice. Null for text that is empty or only blanks.
 *
 * @example
 * previewImport(text, importTimeline({ text }), undefined, "") // → the inferred result itself
 */
export function previewImport(
  text: string,
  inferred: ImportResult,
  planYear: number | undefined,
  title: string,
): ImportResult | null {
  if (text.trim() === "") return null;
  const plan = inferred.ok ? inferred.timeline.plan : null;
  const sameYear = planYear === undefined || plan?.year === planYear;
  const sameTitle = title === "" || plan?.title === title;
  if (sameYear && sameTitle) return inferred;
  return importTimeline({
    text,
    ...(planYear === undefined ? {} : { planYear }),
    ...(title === "" ? {} : { title }),
  });
}
