// Types for scripts/manifest-checks.cjs, so the jest tests (TypeScript) can import it.
export interface CheckResult {
  /** What was checked, as printed by `npm run validate`. */
  name: string;
  ok: boolean;
  /** One line per problem, with the manifest line where it is. Empty when ok. */
  messages: string[];
}
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  parent: XmlNode | null;
  line: number;
}
export declare const DEFAULT_BASE_URL: string;
/** schemas/office-manifest in the repository: the manifest XSDs every check uses. */
export declare const XSD_DIR: string;
export declare function parseXml(xml: string): XmlNode | null;
export declare function pngSize(bytes: Buffer): { width: number; height: number } | null;
export declare function checkXsd(xml: string, xsdDir: string): Promise<CheckResult>;
export declare function checkResids(xml: string): CheckResult;
export declare function checkUrls(xml: string, distDir: string, baseUrl?: string): CheckResult;
export declare function checkIcons(xml: string, assetsDir: string, baseUrl?: string): CheckResult;
export declare function checkLocales(xml: string): CheckResult;
export declare function runAllChecks(options: {
  xml: string;
  xsdDir: string;
  distDir: string;
  assetsDir: string;
  baseUrl?: string;
}): Promise<CheckResult[]>;
