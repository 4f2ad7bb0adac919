/**
 * The start every command shares: choose the language, parse the flags it allows, answer
 * --help, and find the one input file. Each command only says what its usage text is and how a
 * usage problem is followed on stderr (the full usage, or a one-line hint).
 */
import type { Bilingual, Language } from "../domain/types";
import { parseArgs, type CliOptions, type FlagName } from "./args";
import { EXIT_OK, EXIT_UNUSABLE, type CliIo } from "./io";
import { cliLanguage, langFromArgv, say } from "./lang";

export interface CommandSpec {
  /** The flags this command accepts. */
  readonly flags: readonly FlagName[];
  /** Printed on stdout for --help. */
  readonly usage: Bilingual;
  /** Written after a usage problem on stderr: the usage itself, or a short hint. */
  readonly afterProblem: Bilingual;
  /** Joins the problem and {@link afterProblem}: "\n" for a usage block, " " for a hint. */
  readonly separator: "\n" | " ";
  /** The problem to report when no input file is given. */
  readonly noFile: Bilingual;
}

/** Either the command may go on (with its language, flags and input file), or it is done. */
export type CommandStart =
  | { readonly go: true; readonly lang: Language; readonly options: CliOptions; readonly file: string }
  | { readonly go: false; readonly code: number };

const ONLY_ONE_FILE: Bilingual = { sv: "Ange bara en fil.", en: "Give only one file." };

/**
 * Parse a command's arguments. Usage problems are reported on stderr and end the command with
 * exit 2; --help prints the usage and ends it with exit 0.
 *
 * @example
 * const start = startCommand(["plan.txt", "--json"], io, spec);
 * if (!start.go) return start.code;
 * start.file; // "plan.txt"
 */
export function startCommand(argv: readonly string[], io: CliIo, spec: CommandSpec): CommandStart {
  let lang = cliLanguage(langFromArgv(argv), io.env);
  const problem = (message: Bilingual): CommandStart => {
    io.stderr(`${say(message, lang)}${spec.separator}${say(spec.afterProblem, lang)}\n`);
    return { go: false, code: EXIT_UNUSABLE };
  };
  const parsed = parseArgs(argv, spec.flags);
  if (!parsed.ok) return problem(parsed.message);
  const { options, positionals } = parsed;
  lang = cliLanguage(options.lang, io.env);
  if (options.help === true) {
    io.stdout(`${say(spec.usage, lang)}\n`);
    return { go: false, code: EXIT_OK };
  }
  const file = positionals[0];
  if (file === undefined) return problem(spec.noFile);
  if (positionals.length > 1) return problem(ONLY_ONE_FILE);
  return { go: true, lang, options, file };
}
