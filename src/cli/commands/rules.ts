/**
 * `tidsplan rules [--lang sv|en]`: print the Regler table with the law's defaults as
 * tab-separated text, to edit and give back with `tidsplan validate … --rules regler.tsv`.
 */
import { reglerDefaultTsv } from "../../domain/governance";
import type { Bilingual } from "../../domain/types";
import { parseArgs } from "../args";
import { EXIT_OK, EXIT_UNUSABLE, type CliIo } from "../io";
import { cliLanguage, langFromArgv, say } from "../lang";

/** Usage of the rules command. */
export const RULES_USAGE: Bilingual = {
  sv: "Användning: tidsplan rules [--lang sv|en] > regler.tsv\n  Skriver regeltabellen (Regel, På/Av, Värde, Kommentar) med lagens standardvärden. Ändra den och ge den till tidsplan validate --rules regler.tsv.",
  en: "Usage: tidsplan rules [--lang sv|en] > rules.tsv\n  Writes the rules table (Regel, På/Av, Värde, Kommentar) with the law's defaults. Edit it and give it to tidsplan validate --rules rules.tsv.",
};

/**
 * Run `tidsplan rules`.
 *
 * @example
 * await runRules([], processIo); // 0, the table on stdout
 */
export async function runRules(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, ["lang"]);
  const lang = cliLanguage(parsed.ok ? parsed.options.lang : langFromArgv(argv), io.env);
  if (!parsed.ok || parsed.positionals.length > 0) {
    const problem = parsed.ok ? { sv: "rules tar ingen fil.", en: "rules takes no file." } : parsed.message;
    io.stderr(`${say(problem, lang)}\n${say(RULES_USAGE, lang)}\n`);
    return Promise.resolve(EXIT_UNUSABLE);
  }
  io.stdout(parsed.options.help === true ? `${say(RULES_USAGE, lang)}\n` : reglerDefaultTsv(lang));
  return Promise.resolve(EXIT_OK);
}
