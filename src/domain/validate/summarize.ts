import type { Finding, Language } from "../types";

export interface FindingSummary {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/**
 * Counts findings per severity.
 *
 * @example
 * summarize(validateTimeline(timeline)); // { error: 0, warning: 17, info: 2 }
 */
export function summarize(findings: readonly Finding[]): FindingSummary {
  let error = 0;
  let warning = 0;
  let info = 0;
  for (const f of findings) {
    if (f.severity === "error") error += 1;
    else if (f.severity === "warning") warning += 1;
    else info += 1;
  }
  return { error, warning, info };
}

const SYMBOL = { error: "✖", warning: "⚠", info: "ℹ" } as const;

/**
 * The one short line for a row's Kontroll cell: each finding's short text after its symbol.
 *
 * @example
 * kontrollLine(findingsForRow, "sv"); // "⚠ Ansvarig saknas (förslag: Stadsdelsnämnden); ⚠ Lördag"
 */
export function kontrollLine(findings: readonly Finding[], lang: Language): string {
  return findings.map((f) => `${SYMBOL[f.severity]} ${(f.short ?? f.message)[lang]}`).join("; ");
}
