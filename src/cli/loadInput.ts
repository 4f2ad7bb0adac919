/**
 * Reading the input file of a command: text (.txt, .tsv, .csv, anything else) through
 * decodeText + importTimeline, or a workbook (.xlsx) through readXlsx + importRows.
 * The input file is only ever read.
 */
import { readFile, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { decodeText, importRows, importTimeline, yearInText } from "../domain/import";
import type { Bilingual, Language, OwnerRecord, Timeline } from "../domain/types";
import type { CliIo } from "./io";
import { cliLanguage, say } from "./lang";

/** A loaded timeline, or one line saying why there is none. */
export type LoadResult =
  | { readonly ok: true; readonly timeline: Timeline; readonly owners?: OwnerRecord[] }
  | { readonly ok: false; readonly message: string };

/** Options of {@link loadTimeline}. */
export interface LoadOptions {
  /** --year: the plan year, overriding the file's. */
  readonly year?: number;
  /** Language of the failure message; by default from the environment. */
  readonly lang?: Language;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

function fileProblem(code: string | undefined, name: string): Bilingual {
  switch (code) {
    case "ENOENT":
      return { sv: `Filen finns inte: ${name}`, en: `File not found: ${name}` };
    case "EISDIR":
      return { sv: `${name} är en mapp, inte en fil.`, en: `${name} is a folder, not a file.` };
    case "EACCES":
    case "EPERM":
      return { sv: `Ingen behörighet att läsa ${name}.`, en: `No permission to read ${name}.` };
    default:
      return { sv: `Kan inte läsa ${name}.`, en: `Cannot read ${name}.` };
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

async function readBytes(path: string, name: string): Promise<Uint8Array | Bilingual> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fileProblem("EISDIR", name);
    return new Uint8Array(await readFile(path));
  } catch (error) {
    return fileProblem(errorCode(error), name);
  }
}

/**
 * Load the timeline of a file. Never throws; a failure is one line in the user's language.
 *
 * @example
 * const loaded = await loadTimeline("examples/tidsplan-verksamhetsledning-2007.txt", {}, processIo);
 * if (loaded.ok) console.log(loaded.timeline.entries.length); // 36
 */
export async function loadTimeline(path: string, opts: LoadOptions, io: CliIo): Promise<LoadResult> {
  const lang = opts.lang ?? cliLanguage(undefined, io.env);
  const fail = (message: Bilingual): LoadResult => ({ ok: false, message: say(message, lang) });
  const name = basename(path);
  const bytes = await readBytes(resolve(io.cwd, path), path);
  if (!(bytes instanceof Uint8Array)) return fail(bytes);
  if (/\.xlsx$/i.test(path) || isZip(bytes)) {
    // ExcelJS is large: load it only for workbooks.
    const { readXlsx } = await import("./readXlsx");
    const read = await readXlsx(bytes);
    if (!read.ok) return fail({ sv: `${path}: ${read.message.sv}`, en: `${path}: ${read.message.en}` });
    const title = read.title ?? name.replace(/\.[^.]+$/, "");
    const year =
      opts.year ?? read.year ?? yearInText(title) ?? yearInText(name) ?? new Date().getUTCFullYear();
    const timeline = importRows(read.rows, { title, year });
    return { ok: true, timeline, ...(read.owners !== undefined ? { owners: [...read.owners] } : {}) };
  }
  const { text } = decodeText(bytes);
  const result = importTimeline({
    text,
    fileName: name,
    ...(opts.year !== undefined ? { planYear: opts.year } : {}),
  });
  if (!result.ok) return fail({ sv: `${path}: ${result.message.sv}`, en: `${path}: ${result.message.en}` });
  return { ok: true, timeline: result.timeline };
}
