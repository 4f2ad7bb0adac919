/**
 * The `tidsplan` command: dispatches to import, validate and export.
 */
import type { Bilingual } from "../domain/types";
import { EXIT_OK, EXIT_UNUSABLE, type CliIo } from "./io";
import { cliLanguage, langFromArgv, say } from "./lang";

/** The version printed by --version (kept in step with package.json). */
export const VERSION = "0.1.0";

/** The top-level usage text. */
export const USAGE: Bilingual = {
  sv: [
    "Användning: tidsplan <kommando> <fil> [flaggor]",
    "",
    "Kommandon:",
    "  import <fil> [--year ÅÅÅÅ] [--json]           läs en tidsplan och visa händelserna",
    "  validate <fil> [--year ÅÅÅÅ] [--json] [--owners FIL] [--rules FIL]  kontrollera tidsplanen",
    "  export <fil> [--ics FIL] [--xlsx FIL] [--owner NAMN] [--profile add|separate]",
    "                                                 skriv kalender (ICS) eller arbetsbok",
    "  rollover <fil> --to ÅÅÅÅ [--xlsx FIL] [--json] [--rules FIL]  gör nästa års plan och visa varje flyttad rad",
    "  rules                                          skriv regeltabellen med lagens standardvärden (TSV)",
    "  derive <fil> [--rules FIL] [--xlsx FIL] [--json]  härled datum: varje sammanträdes kedja (ärendestopp, kallelse, justering …)",
    "  help                                           visa denna hjälp",
    "",
    "Flaggor: --lang sv|en, --version",
    "Indata: .txt, .tsv, .csv (UTF-8, UTF-16, Windows-1252) eller .xlsx, högst 20 MB.",
  ].join("\n"),
  en: [
    "Usage: tidsplan <command> <file> [flags]",
    "",
    "Commands:",
    "  import <file> [--year YYYY] [--json]           read a timeline and show its entries",
    "  validate <file> [--year YYYY] [--json] [--owners FILE] [--rules FILE]  check the timeline",
    "  export <file> [--ics FILE] [--xlsx FILE] [--owner NAME] [--profile add|separate]",
    "                                                 write a calendar (ICS) or a workbook",
    "  rollover <file> --to YYYY [--xlsx FILE] [--json] [--rules FILE]  make next year's plan and review every moved row",
    "  rules                                          write the rules table with the law's defaults (TSV)",
    "  derive <file> [--rules FILE] [--xlsx FILE] [--json]  derive dates: every meeting's chain (ärendestopp, kallelse, justering …)",
    "  help                                           show this help",
    "",
    "Flags: --lang sv|en, --version",
    "Input: .txt, .tsv, .csv (UTF-8, UTF-16, Windows-1252) or .xlsx, at most 20 MB.",
  ].join("\n"),
};

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

/** Commands load on demand: `import` need not load ExcelJS and the ICS writer. */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  import: async () => (await import("./commands/import")).runImport,
  validate: async () => (await import("./commands/validate")).runValidate,
  export: async () => (await import("./commands/export")).runExport,
  rules: async () => (await import("./commands/rules")).runRules,
  derive: async () => (await import("./commands/derive")).runDerive,
  rollover: async () => (await import("./commands/rollover")).runRollover,
};

/**
 * Run the CLI with the arguments after the program name. Returns the exit code.
 *
 * @example
 * await main(["import", "plan.txt", "--json"], processIo); // 0, JSON on stdout
 * await main(["frobnicate"], processIo);                   // 2, usage on stderr
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = cliLanguage(langFromArgv(argv), io.env);
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(`${say(USAGE, lang)}\n`);
    return EXIT_UNUSABLE;
  }
  if (command === "help" || command === "--help" || command === "-h") {
    io.stdout(`${say(USAGE, lang)}\n`);
    return EXIT_OK;
  }
  if (command === "--version" || command === "-v") {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }
  const load = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (load === undefined) {
    const unknown: Bilingual = { sv: `Okänt kommando: ${command}`, en: `Unknown command: ${command}` };
    io.stderr(`${say(unknown, lang)}\n${say(USAGE, lang)}\n`);
    return EXIT_UNUSABLE;
  }
  const run = await load();
  return run(rest, io);
}
