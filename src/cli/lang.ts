/**
 * The language of the CLI's messages: Swedish for a Swedish locale or --lang sv, else English.
 */
import type { Bilingual, Language } from "../domain/types";

/**
 * Pick the language: an explicit --lang wins, then LC_ALL, LC_MESSAGES and LANG (in POSIX
 * precedence order); a value starting with "sv" means Swedish.
 *
 * @example
 * cliLanguage(undefined, { LANG: "sv_SE.UTF-8" }) // → "sv"
 * cliLanguage("en", { LANG: "sv_SE.UTF-8" })      // → "en"
 */
export function cliLanguage(
  flag: Language | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Language {
  if (flag !== undefined) return flag;
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (value !== undefined && value !== "") return value.toLowerCase().startsWith("sv") ? "sv" : "en";
  }
  return "en";
}

/**
 * The language given by a "--lang xx" or "--lang=xx" anywhere in argv, before full parsing
 * (so even a usage error is reported in the user's language).
 *
 * @example
 * langFromArgv(["import", "--lang", "sv"]) // → "sv"
 */
export function langFromArgv(argv: readonly string[]): Language | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value === "sv" || value === "en") return value;
  }
  return undefined;
}

/**
 * The text of a bilingual message in one language.
 *
 * @example
 * say({ sv: "Hej", en: "Hello" }, "sv") // → "Hej"
 */
export function say(message: Bilingual, lang: Language): string {
  return message[lang];
}
