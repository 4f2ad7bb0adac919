/**
 * `tidsplan derive <file> [--rules FILE] [--xlsx out.xlsx] [--json]`: Härled datum on the command
 * line. The same domain code as the pane (src/domain/chains); the input is never written.
 */
import { resolve } from "node:path";
import { applyDerived } from "../../domain/chains/applyDerived";
import { reglerSheet } from "../../domain/chains/reglerSheet";
import { deriveChains, markedMeetings, readChainRules, templateProblem } from "../../domain/chains";
import { readRegler } from "../../domain/governance";
import { startCommand } from "../commandStart";
import { EXIT_OK, EXIT_UNUSABLE, type CliIo } from "../io";
import { say } from "../lang";
import { loadTimeline } from "../loadInput";
import { readRulesCells } from "../rulesFile";
import { writeXlsx } from "./export";
import { DERIVE_USAGE, deriveJson, deriveReport, deriveText } from "./deriveText";

/**
 * Run `tidsplan derive`. Exit 0 when derived, 2 for bad usage or a file that cannot be read.
 *
 * @example
 * await runDerive(["sammantradesplan.xlsx", "--xlsx", "med-kedjor.xlsx"], processIo); // 0
 */
export async function runDerive(argv: readonly string[], io: CliIo): Promise<number> {
  const start = startCommand(argv, io, {
    flags: ["year", "json", "lang", "rules", "xlsx"],
    usage: DERIVE_USAGE,
    afterProblem: DERIVE_USAGE,
    separator: "\n",
    noFile: deriveText.noFile,
  });
  if (!start.go) return start.code;
  const { lang, options, file } = start;
  const input = resolve(io.cwd, file);
  const xlsx = options.xlsx === undefined ? undefined : resolve(io.cwd, options.xlsx);
  if (xlsx === input) {
    io.stderr(`${say(deriveText.sameAsInput, lang)}\n`);
    return EXIT_UNUSABLE;
  }
  const loaded = await loadTimeline(
    input,
    { ...(options.year !== undefined ? { year: options.year } : {}), lang },
    io,
  );
  if (!loaded.ok) {
    io.stderr(`${loaded.message.replace(/\s*\n\s*/g, " ")}\n`);
    return EXIT_UNUSABLE;
  }
  // --rules wins over the workbook's own Regler table; without either, the default chains.
  let cells: readonly (readonly unknown[])[] = loaded.rules ?? [];
  if (options.rules !== undefined) {
    const read = await readRulesCells(options.rules, io);
    if (!Array.isArray(read)) {
      io.stderr(`${say(read, lang)}\n`);
      return EXIT_UNUSABLE;
    }
    cells = read;
  }
  const chains = readChainRules(cells);
  const settings = readRegler(cells).settings;
  const derived = deriveChains(loaded.timeline, chains.templates, {
    workingDays: { extraDaysOff: settings.extraDaysOff },
    lang,
    markedMeetings: markedMeetings(loaded.rows ?? []),
  });
  const result = {
    ...derived,
    findings: [...chains.problems.map((p) => templateProblem(p.row, p.message)), ...derived.findings],
  };
  io.stdout(options.json === true ? `${JSON.stringify(deriveJson(result))}\n` : deriveReport(result, lang));
  if (xlsx === undefined) return EXIT_OK;
  // The workbook carries the Regler table the chains came from, so deriving again from it uses them.
  const rulesSheet = cells.length === 0 ? [] : [reglerSheet(cells)];
  const written = await writeXlsx(
    xlsx,
    applyDerived(loaded.timeline, result),
    loaded.owners,
    lang,
    options.json === true ? { ...io, stdout: () => undefined } : io,
    rulesSheet,
  );
  return written ? EXIT_OK : EXIT_UNUSABLE;
}
