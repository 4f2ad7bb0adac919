/**
 * `tidsplan import <file> [--year YYYY] [--json]`: read a timeline and show what was read.
 */
import type { Bilingual } from "../../domain/types";
import { startCommand } from "../commandStart";
import { EXIT_OK, EXIT_UNUSABLE, type CliIo } from "../io";
import { loadTimeline } from "../loadInput";
import { timelineJson, timelineTable } from "./importOutput";

/** Usage of the import command. */
export const IMPORT_USAGE: Bilingual = {
  sv: "Användning: tidsplan import <fil> [--year ÅÅÅÅ] [--json] [--lang sv|en]\n  Läser en tidsplan (.txt, .tsv, .csv, .xlsx) och visar händelserna.",
  en: "Usage: tidsplan import <file> [--year YYYY] [--json] [--lang sv|en]\n  Reads a timeline (.txt, .tsv, .csv, .xlsx) and shows its entries.",
};

/**
 * Run `tidsplan import`. Exit 0 with the table or JSON on stdout; exit 2 with one line on
 * stderr for a usage error or a file that is not a readable timeline.
 *
 * @example
 * await runImport(["examples/tidsplan-verksamhetsledning-2007.txt", "--json"], processIo); // 0
 */
export async function runImport(argv: readonly string[], io: CliIo): Promise<number> {
  const start = startCommand(argv, io, {
    flags: ["year", "json", "lang"],
    usage: IMPORT_USAGE,
    afterProblem: IMPORT_USAGE,
    separator: "\n",
    noFile: { sv: "Ange en fil att läsa.", en: "Give a file to read." },
  });
  if (!start.go) return start.code;
  const { lang, options, file } = start;
  const loaded = await loadTimeline(
    file,
    { ...(options.year !== undefined ? { year: options.year } : {}), lang },
    io,
  );
  if (!loaded.ok) {
    io.stderr(`${loaded.message.replace(/\s*\n\s*/g, " ")}\n`);
    return EXIT_UNUSABLE;
  }
  if (options.json === true) {
    io.stdout(`${JSON.stringify(timelineJson(loaded.timeline))}\n`);
  } else {
    io.stdout(timelineTable(loaded.timeline, lang));
  }
  return EXIT_OK;
}
