/**
 * `tidsplan validate <file> [--year YYYY] [--owners FILE] [--rules FILE] [--json] [--lang sv|en]`:
 * check a timeline.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { readRegler, type ReglerRead } from "../../domain/governance";
import { parseOwnerRegister } from "../../domain/owners";
import type { Bilingual, OwnerRecord } from "../../domain/types";
import { summarize, validateTimeline } from "../../domain/validate";
import { startCommand } from "../commandStart";
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, type CliIo } from "../io";
import { say } from "../lang";
import { loadTimeline } from "../loadInput";
import { readRulesCells } from "../rulesFile";
import { validateJson, validateReport } from "./validateOutput";

/** Usage of the validate command. */
export const VALIDATE_USAGE: Bilingual = {
  sv: "Användning: tidsplan validate <fil> [--year ÅÅÅÅ] [--owners FIL] [--rules FIL] [--json] [--lang sv|en]\n  Kontrollerar tidsplanen. --rules: en Regler-tabell (.tsv, eller .xlsx med bladet Regler; se tidsplan rules).\n  Slutkod 0 utan fel, 1 med fel, 2 om filen inte kan läsas.",
  en: "Usage: tidsplan validate <file> [--year YYYY] [--owners FILE] [--rules FILE] [--json] [--lang sv|en]\n  Checks the timeline. --rules: a Regler table (.tsv, or an .xlsx with a Regler sheet; see tidsplan rules).\n  Exit 0 with no errors, 1 with errors, 2 when the file cannot be read.",
};

/** Bad usage is one line on stderr; this points to the full usage. */
const HELP_HINT: Bilingual = { sv: "(se tidsplan validate --help)", en: "(see tidsplan validate --help)" };

async function readOwners(
  path: string,
  io: CliIo,
): Promise<{ owners: OwnerRecord[]; problems: string[] } | Bilingual> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), "utf8");
  } catch {
    return { sv: `Kan inte läsa ansvarslistan ${path}.`, en: `Cannot read the owner register ${path}.` };
  }
  const register = parseOwnerRegister(text);
  if (register.owners.length === 0) {
    return {
      sv: `Ansvarslistan ${path} innehåller inga namn.`,
      en: `The owner register ${path} holds no names.`,
    };
  }
  return register;
}

/** A --rules file: a TSV, or a workbook whose Regler table is read. */
async function readRulesFile(path: string, io: CliIo): Promise<ReglerRead | Bilingual> {
  const cells = await readRulesCells(path, io);
  return Array.isArray(cells) ? readRegler(cells) : cells;
}

/**
 * Run `tidsplan validate`. Exit 0 when the plan has no error, 1 when it has at least one,
 * 2 (one line on stderr) for bad usage or a file that cannot be read.
 *
 * @example
 * await runValidate(["examples/tidsplan-verksamhetsledning-2007.txt", "--json"], processIo); // 0
 */
export async function runValidate(argv: readonly string[], io: CliIo): Promise<number> {
  const start = startCommand(argv, io, {
    flags: ["year", "json", "lang", "owners", "rules"],
    usage: VALIDATE_USAGE,
    afterProblem: HELP_HINT,
    separator: " ",
    noFile: { sv: "Ange en fil att kontrollera.", en: "Give a file to check." },
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
  let owners: readonly OwnerRecord[] | undefined = loaded.owners;
  if (options.owners !== undefined) {
    const register = await readOwners(options.owners, io);
    if (!("owners" in register)) {
      io.stderr(`${say(register, lang)}\n`);
      return EXIT_UNUSABLE;
    }
    for (const problem of register.problems) io.stderr(`${options.owners}: ${problem}\n`);
    owners = register.owners;
  }
  // --rules wins over the workbook's own Regler table; without either, the law's defaults.
  let rules: ReglerRead | undefined = loaded.rules === undefined ? undefined : readRegler(loaded.rules);
  let rulesName = file;
  if (options.rules !== undefined) {
    const read = await readRulesFile(options.rules, io);
    if (!("settings" in read)) {
      io.stderr(`${say(read, lang)}\n`);
      return EXIT_UNUSABLE;
    }
    rules = read;
    rulesName = options.rules;
  }
  for (const problem of rules?.problems ?? []) {
    const where = lang === "sv" ? `Regler rad ${problem.row}` : `Regler row ${problem.row}`;
    io.stderr(`${rulesName}: ${where}: ${say(problem.message, lang)}\n`);
  }
  const findings = validateTimeline(loaded.timeline, {
    ...(owners !== undefined ? { owners } : {}),
    ...(rules !== undefined ? { governance: rules.settings } : {}),
  });
  const summary = summarize(findings);
  if (options.json === true) {
    io.stdout(`${JSON.stringify(validateJson(loaded.timeline, findings, summary))}\n`);
  } else {
    io.stdout(validateReport(loaded.timeline, findings, summary, lang));
  }
  return summary.error > 0 ? EXIT_FINDINGS : EXIT_OK;
}
