/**
 * A small typed parser for the command line flags every command shares. Unknown flags are
 * refused (exit 2) so a typo never silently does something else.
 */
import type { Bilingual, Language } from "../domain/types";

/** True when `value` is one of `choices` (narrowing it to that union). */
function isOneOf<T extends string>(value: string, choices: readonly T[]): value is T {
  return (choices as readonly string[]).includes(value);
}

/** The message for a flag given a value outside its two choices. */
function notOneOf(flag: string, value: string, first: string, second: string): Bilingual {
  return {
    sv: `${flag} är ${first} eller ${second}, inte "${value}".`,
    en: `${flag} is ${first} or ${second}, not "${value}".`,
  };
}

/** The flags the CLI knows. */
export interface CliOptions {
  readonly year?: number;
  readonly json?: boolean;
  readonly help?: boolean;
  readonly owners?: string;
  /** validate: a Regler table (.tsv, or an .xlsx with a Regler sheet). */
  readonly rules?: string;
  readonly ics?: string;
  readonly xlsx?: string;
  readonly svg?: string;
  readonly owner?: string;
  readonly profile?: "add" | "separate";
  readonly lang?: Language;
  /** export --svg: one ring per owner (default) or per kind. */
  readonly rings?: "owner" | "kind";
  /** export --svg: the month at 12 o'clock, 1–12 (the flag is --start-month). */
  readonly startMonth?: number;
  /** export --ics: whether all-day items block the day (--all-day free|busy; default free). */
  readonly allDay?: "free" | "busy";
  /** export --ics: a reminder at 09:00 this many working days before each deadline (--reminders N). */
  readonly reminders?: number;
  /** export --ics: the last exported file (or, with --split-by, folder) for SEQUENCE and cancellations. */
  readonly previous?: string;
  /** export --ics: hours between a subscriber's refreshes (--refresh N; separate profile). */
  readonly refresh?: number;
  /** export: one calendar file per owner (--split-by owner) into --ics-dir. */
  readonly splitBy?: "owner";
  readonly icsDir?: string;
  /** rollover: the year of the new plan (--to YYYY). */
  readonly to?: number;
}

export type FlagName = keyof CliOptions;

/** Parsed arguments: the positional arguments in order and the flags. */
export type ParsedArgs =
  | { readonly ok: true; readonly positionals: readonly string[]; readonly options: CliOptions }
  | { readonly ok: false; readonly message: Bilingual };

const BOOLEAN_FLAGS: ReadonlySet<string> = new Set(["json", "help"]);
/** The flags that take a value, in the order the usage lists them. */
const VALUE_FLAG_NAMES: readonly FlagName[] = [
  "year",
  "owners",
  "rules",
  "ics",
  "xlsx",
  "svg",
  "owner",
  "profile",
  "lang",
  "rings",
  "startMonth",
  "allDay",
  "reminders",
  "previous",
  "refresh",
  "splitBy",
  "icsDir",
  "to",
];
const VALUE_FLAGS: ReadonlySet<string> = new Set(VALUE_FLAG_NAMES);
const ALL_FLAGS: readonly FlagName[] = ["json", "help", ...VALUE_FLAG_NAMES];

function fail(sv: string, en: string): ParsedArgs {
  return { ok: false, message: { sv, en } };
}

type MutableOptions = { -readonly [K in keyof CliOptions]: CliOptions[K] };

function setValue(options: MutableOptions, name: string, value: string): Bilingual | undefined {
  switch (name) {
    case "year":
    case "to": {
      if (!/^\d{4}$/.test(value)) {
        return {
          sv: `--${name} vill ha ett årtal (ÅÅÅÅ), inte "${value}".`,
          en: `--${name} needs a year (YYYY), not "${value}".`,
        };
      }
      options[name] = Number(value);
      return undefined;
    }
    case "profile":
      if (!isOneOf(value, ["add", "separate"] as const))
        return notOneOf("--profile", value, "add", "separate");
      options.profile = value;
      return undefined;
    case "lang":
      if (!isOneOf(value, ["sv", "en"] as const)) return notOneOf("--lang", value, "sv", "en");
      options.lang = value;
      return undefined;
    case "rings":
      if (!isOneOf(value, ["owner", "kind"] as const)) return notOneOf("--rings", value, "owner", "kind");
      options.rings = value;
      return undefined;
    case "startMonth": {
      const month = Number(value);
      if (!/^\d{1,2}$/.test(value) || month < 1 || month > 12) {
        return {
          sv: `--start-month vill ha en månad 1–12, inte "${value}".`,
          en: `--start-month needs a month 1–12, not "${value}".`,
        };
      }
      options.startMonth = month;
      return undefined;
    }
    case "allDay":
      if (!isOneOf(value, ["free", "busy"] as const)) return notOneOf("--all-day", value, "free", "busy");
      options.allDay = value;
      return undefined;
    case "splitBy":
      if (value !== "owner") {
        return {
          sv: `--split-by kan bara vara owner (en fil per ansvarig), inte "${value}".`,
          en: `--split-by can only be owner (one file per owner), not "${value}".`,
        };
      }
      options.splitBy = value;
      return undefined;
    case "reminders":
    case "refresh": {
      const n = Number(value);
      const max = name === "reminders" ? 30 : 24 * 31;
      if (!/^\d{1,3}$/.test(value) || n < 1 || n > max) {
        const flag = name === "reminders" ? "--reminders" : "--refresh";
        return {
          sv: `${flag} vill ha ett heltal 1–${max}, inte "${value}".`,
          en: `${flag} needs a whole number 1–${max}, not "${value}".`,
        };
      }
      options[name] = n;
      return undefined;
    }
    case "previous":
    case "icsDir":
    case "owners":
    case "rules":
    case "ics":
    case "xlsx":
    case "svg":
    case "owner":
      options[name] = value;
      return undefined;
    default:
      return { sv: `Okänd flagga --${name}.`, en: `Unknown flag --${name}.` };
  }
}

/**
 * Parse arguments. `allowed` limits the flags a command accepts (all by default); "--help"
 * and "-h" are always accepted. "--name=value" and "--name value" both work; "--" ends flags.
 *
 * @example
 * parseArgs(["plan.txt", "--year", "2007", "--json"])
 * // → { ok: true, positionals: ["plan.txt"], options: { year: 2007, json: true } }
 * parseArgs(["--colour"]) // → { ok: false, message: { sv: "Okänd flagga --colour.", … } }
 */
export function parseArgs(argv: readonly string[], allowed: readonly FlagName[] = ALL_FLAGS): ParsedArgs {
  const options: MutableOptions = {};
  const positionals: string[] = [];
  const permitted = new Set<string>([...allowed, "help"]);
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-h") {
      options.help = true;
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(arg);
    // Multi-word flags are kebab-case on the command line (--start-month), camelCase in CliOptions.
    const name = match?.[1]?.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
    if (name === undefined || !permitted.has(name) || (!BOOLEAN_FLAGS.has(name) && !VALUE_FLAGS.has(name))) {
      return fail(`Okänd flagga ${arg.split("=")[0] ?? arg}.`, `Unknown flag ${arg.split("=")[0] ?? arg}.`);
    }
    if (BOOLEAN_FLAGS.has(name)) {
      if (match?.[2] !== undefined) return fail(`--${name} tar inget värde.`, `--${name} takes no value.`);
      if (name === "json") options.json = true;
      else options.help = true;
      continue;
    }
    let value = match?.[2];
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("--") && next.length > 2)) {
        return fail(`--${match?.[1] ?? name} saknar värde.`, `--${match?.[1] ?? name} needs a value.`);
      }
      value = next;
      i += 1;
    }
    const problem = setValue(options, name, value);
    if (problem !== undefined) return { ok: false, message: problem };
  }
  return { ok: true, positionals, options };
}
