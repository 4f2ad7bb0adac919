/**
 * A --rules file: the cells of a Regler table from a TSV, or from an .xlsx with a Regler table or
 * sheet (header row first). Shared by validate (the settings) and derive (the chains).
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Bilingual } from "../domain/types";
import type { CliIo } from "./io";

/**
 * The Regler table's cells, or why they cannot be read.
 *
 * @example
 * await readRulesCells("regler.tsv", io); // [["Regel", "På/Av", "Värde", "Kommentar"], …]
 */
export async function readRulesCells(path: string, io: CliIo): Promise<string[][] | Bilingual> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(io.cwd, path));
  } catch {
    return { sv: `Kan inte läsa regeltabellen ${path}.`, en: `Cannot read the rules table ${path}.` };
  }
  if (/\.xlsx$/i.test(path) || bytes.subarray(0, 2).toString("latin1") === "PK") {
    const { readXlsxRules } = await import("./readXlsx");
    const cells = await readXlsxRules(new Uint8Array(bytes));
    if (cells === undefined) {
      return {
        sv: `${path} har ingen tabell eller blad Regler.`,
        en: `${path} has no Regler table or sheet.`,
      };
    }
    return cells;
  }
  // As readReglerTsv reads it: blank lines skipped, cells split at tabs.
  return bytes
    .toString("utf8")
    .replace(/^\uFEFF/u, "")
    .split(/\r?\n/u)
    .filter((line) => line.trim() !== "")
    .map((line) => line.split("\t"));
}
