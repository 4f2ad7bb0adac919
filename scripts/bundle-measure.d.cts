// Types for scripts/bundle-measure.cjs, so the jest tests (TypeScript) can import it.
export interface MeasuredFile {
  /** Path inside dist/. */
  file: string;
  raw: number;
  /** gzip level 9. */
  gzip: number;
  /** "<script> tag" or "at start (<chunk group>)". */
  loadedBy: string;
}
export type Measurement =
  | { ok: true; files: MeasuredFile[]; external: string[]; total: { raw: number; gzip: number } }
  | { ok: false; message: string };
export interface BudgetResult {
  ok: boolean;
  message: string;
  measured?: Extract<Measurement, { ok: true }>;
  budget?: number;
}
export declare const CHUNK_GRAPH_FILE: string;
export declare const DEFAULT_ALLOWANCE: number;
export declare function gzipSize(bytes: Buffer | string): number;
export declare function scriptSources(html: string): string[];
export declare function measureInitialJs(distDir: string, page?: string): Measurement;
export declare function checkBudget(
  distDir: string,
  baselineGzip: number,
  allowance?: number,
  page?: string,
): BudgetResult;
