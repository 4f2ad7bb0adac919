/**
 * Reading the input file of a command: text (.txt, .tsv, .csv, anything else) through
 * decodeText + importTimeline, or a workbook (.xlsx) through readXlsx + importRows.
 * The input file is only ever read.
 */
import { readFile, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { decodeText, importRows, importTimeline, yearInText } from "../domain/import";
import { isPlanId } from "../domain/ics/identity";
import type { Bilingual, Language, OwnerRecord, RawRow, Timeline } from "../domain/types";
import type { CliIo } from "./io";
import { cliLanguage, say } from "./lang";

/** A loaded timeline, or one line saying why there is none. */
export type LoadResult =
  | {
      readonly ok: true;
      readonly timeline: Timeline;
      readonly owners?: OwnerRecord[];
      /** A workbook's Regler table, as text cells with its header row. */
      readonly rules?: readonly (readonly string[])[];
      /** A workbook's table rows as read (derive: the Kategori a user marked meetings with). */
      readonly rows?: readonly RawRow[];
    }
  | { readonly ok: false; readonly message: string };

/** Options of {@link loadTimeline}. */
export interface LoadOptions {
  /** --year: the plan year, overriding the file's. */
  readonly year?: number;
  /** Language of the failure message; by default from the environment. */
  readonly lang?: Language;
}

/**
 * The largest input file read, in bytes (20 MB). A real timeline is a few hundred rows (a few
 * kB as text, some 50 kB as a workbook); 100,000 rows of text are under 5 MB. Anything larger is
 * refused with one line rather than read into memory and parsed for minutes.
 */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

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
    case "ENOTDIR":
      return { sv: `Sökvägen finns inte: ${name}`, en: `No such path: ${name}` };
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

function megabytes(bytes: number): string {
  return String(Math.round(bytes / (1024 * 1024)));
}

function tooLarge(name: string, size: number): Bilingual {
  const limit = megabytes(MAX_INPUT_BYTES);
  return {
    sv: `${name} är för stor (${megabytes(size)} MB); tidsplan läser filer på högst ${limit} MB.`,
    en: `${name} is too large (${megabytes(size)} MB); tidsplan reads files of at most ${limit} MB.`,
  };
}

async function readBytes(path: string, name: string): Promise<Uint8Array | Bilingual> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fileProblem("EISDIR", name);
    // A named pipe or a device (/dev/zero) would never end: read only ordinary files.
    if (!info.isFile()) {
      return { sv: `${name} är inte en vanlig fil.`, en: `${name} is not a regular file.` };
    }
    if (info.size > MAX_INPUT_BYTES) return tooLarge(name, info.size);
    const bytes = await readFile(path);
    // The file may have grown between stat and read.
    if (bytes.length > MAX_INPUT_BYTES) return tooLarge(name, bytes.length);
    return new Uint8Array(bytes);
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
    const timeline = importRows(read.rows, {
      title,
      year,
      ...(isPlanId(read.planId) ? { id: read.planId } : {}),
    });
    return {
      ok: true,
      timeline,
      ...(read.owners !== undefined ? { owners: [...read.owners] } : {}),
      ...(read.rules !== undefined ? { rules: read.rules } : {}),
      rows: read.rows,
    };
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
