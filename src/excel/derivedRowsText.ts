/**
 * The refusals of Härled datum, shared by the Office and the in-memory workbook: the standard
 * codes with a message that says what happened to the derived rows and what to do.
 */
import type { PortResult } from "./workbookPort";

/** The table has hidden rows: rows added or written over them misbehave (office-js #224, #994). */
export function derivedFiltered<T>(): PortResult<T> {
  return {
    ok: false,
    code: "filtered-table",
    message: {
      sv: "Tabellen är filtrerad, så inga härledda datum skrevs (ditt filter och de dolda raderna lämnas som de är). Rensa filtret (Data › Rensa) och välj Härled datum igen.",
      en: "The table is filtered, so no derived dates were written (your filter and hidden rows are left as they are). Clear the filter (Data › Clear) and choose Derive dates again.",
    },
  };
}

/** A derived row to update no longer holds what it was derived from: nothing was written. */
export function derivedChanged<T>(): PortResult<T> {
  return {
    ok: false,
    code: "changed-meanwhile",
    message: {
      sv: "Tabellen ändrades medan datumen härleddes, så inget skrevs över. Välj Härled datum igen.",
      en: "The table changed while the dates were derived, so nothing was overwritten. Choose Derive dates again.",
    },
  };
}
