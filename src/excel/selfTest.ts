/**
 * The self-test an IT administrator runs from the pane (Om Tidsplan → Självtest): every Excel
 * path the add-in uses, on a scratch sheet, each reported as ok or failed with its error code,
 * plus the host, platform, version and the requirement sets Excel says it supports. The Office
 * implementation is src/excel/office/selfTest.ts; the in-memory one is in memoryWorkbook.ts.
 */

/** The paths the add-in uses, in the order the self-test runs them. */
export const SELF_TEST_PATHS = [
  "scratch-sheet",
  "write-values",
  "read-values",
  "number-formats",
  "table-create",
  "null-object",
  "filter-state",
  "table-sort",
  "table-changed-event",
  "document-properties",
  "sheet-properties",
  "date-system",
  "conditional-format",
  "data-validation",
  "page-layout",
  "freeze-panes",
  "picture",
  "select-and-restore",
  "remove-scratch-sheet",
] as const;

export type SelfTestPath = (typeof SELF_TEST_PATHS)[number];

/** One path's outcome: ok, failed with the Office error code, or skipped (requirement set missing). */
export interface SelfTestStep {
  readonly path: SelfTestPath;
  readonly outcome: "ok" | "failed" | "skipped";
  /** The Office error code when failed ("ItemNotFound" …); the requirement set when skipped. */
  readonly detail?: string;
}

export interface SelfTestReport {
  readonly host: string;
  readonly platform: string;
  readonly version: string;
  /** Requirement sets asked for and whether Excel supports them ("ExcelApi 1.12": true). */
  readonly requirementSets: readonly { readonly name: string; readonly supported: boolean }[];
  readonly steps: readonly SelfTestStep[];
}

/** The requirement sets the self-test asks about: the ones the add-in uses or feature-detects. */
export const SELF_TEST_REQUIREMENT_SETS: readonly (readonly [string, string])[] = [
  ...["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12"].map(
    (version) => ["ExcelApi", version] as const,
  ),
  ["AddinCommands", "1.1"],
  ["DialogApi", "1.1"],
  ["OpenBrowserWindowApi", "1.1"],
  ["SharedRuntime", "1.1"],
];

/** The report as plain text, for "Kopiera resultat": one line per fact, machine-readable enough. */
export function selfTestText(report: SelfTestReport, title: string): string {
  const lines = [
    title,
    `host: ${report.host}`,
    `platform: ${report.platform}`,
    `version: ${report.version}`,
    `requirement sets: ${report.requirementSets.map((set) => `${set.name}${set.supported ? "" : " (no)"}`).join(", ")}`,
    ...report.steps.map(
      (step) =>
        `${step.outcome === "ok" ? "ok    " : step.outcome === "failed" ? "FAILED" : "skip  "} ${step.path}${step.detail === undefined ? "" : ` (${step.detail})`}`,
    ),
  ];
  return lines.join("\n");
}
