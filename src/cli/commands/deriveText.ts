/** The messages and the report of `tidsplan derive`, in Swedish and English. */
import { toIsoDate } from "../../domain/dates/plainDate";
import type { DeriveResult } from "../../domain/chains";
import type { Bilingual, Language } from "../../domain/types";
import { say } from "../lang";

export const DERIVE_USAGE: Bilingual = {
  sv: [
    "Användning: tidsplan derive <fil> [--rules FIL] [--xlsx ut.xlsx] [--json] [--year ÅÅÅÅ] [--lang sv|en]",
    "  Härleder datum: för varje sammanträde stegen i dess kedja (ärendestopp, kallelse, justering …),",
    '  räknade i dagar eller arbetsdagar enligt Regler-tabellens rader "Kedja: <organ>" (se tidsplan rules).',
    "  Utan --xlsx visas bara vad som skulle läggas till och ändras; indatafilen skrivs aldrig.",
    "  --rules  en Regler-tabell (.tsv, eller .xlsx med bladet Regler); annars arbetsbokens eller standardkedjorna",
    "  --xlsx   skriv tidsplanen med de härledda raderna som arbetsbok (härled igen från den när ett sammanträde flyttas)",
    "  --json   resultatet som JSON",
    "Slutkod 0 när kedjorna härleddes, 2 om filen inte kan läsas.",
  ].join("\n"),
  en: [
    "Usage: tidsplan derive <file> [--rules FILE] [--xlsx out.xlsx] [--json] [--year YYYY] [--lang sv|en]",
    "  Derives dates: for every meeting the steps of its chain (ärendestopp, kallelse, justering …),",
    '  counted in days or working days as the Regler table\'s rows "Kedja: <organ>" say (see tidsplan rules).',
    "  Without --xlsx it only shows what would be added and changed; the input file is never written.",
    "  --rules  a Regler table (.tsv, or an .xlsx with a Regler sheet); else the workbook's or the default chains",
    "  --xlsx   write the plan with the derived rows as a workbook (derive again from it when a meeting moves)",
    "  --json   the result as JSON",
    "Exit 0 when the chains were derived, 2 when the file cannot be read.",
  ].join("\n"),
};

export const deriveText = {
  noFile: { sv: "Ange en fil att härleda datum för.", en: "Give a file to derive dates for." },
  sameAsInput: {
    sv: "--xlsx får inte vara indatafilen: den skrivs aldrig över.",
    en: "--xlsx must not be the input file: it is never overwritten.",
  },
} as const;

/** The text report: a summary line, every added and changed row, then the findings. */
export function deriveReport(result: DeriveResult, lang: Language): string {
  const lines: string[] = [];
  lines.push(
    say(
      {
        sv: `${result.meetings} sammanträden med kedja: ${result.adds.length} nya rader, ${result.updates.length} ändrade, ${result.unchanged} oförändrade, ${result.handEdited.length} ändrade för hand (lämnas).`,
        en: `${result.meetings} meetings with a chain: ${result.adds.length} new rows, ${result.updates.length} changed, ${result.unchanged} unchanged, ${result.handEdited.length} edited by hand (left).`,
      },
      lang,
    ),
  );
  const moved = (cells: DeriveResult["adds"][number]): string =>
    cells.movedFrom === undefined
      ? ""
      : say(
          {
            sv: `  (${toIsoDate(cells.movedFrom.date)} är ${cells.movedFrom.reason.sv}: flyttad)`,
            en: `  (${toIsoDate(cells.movedFrom.date)} is ${cells.movedFrom.reason.en}: moved)`,
          },
          lang,
        );
  for (const add of result.adds)
    lines.push(`+ ${toIsoDate(add.date)}  ${add.event}  [${add.id}]${moved(add)}`);
  for (const update of result.updates)
    lines.push(
      `~ ${toIsoDate(update.date)}  ${update.event}  [${update.id}] ← ${update.before.when}${moved(update)}`,
    );
  for (const finding of result.findings) {
    const severity = say(
      finding.severity === "error"
        ? { sv: "fel", en: "error" }
        : finding.severity === "warning"
          ? { sv: "varning", en: "warning" }
          : { sv: "info", en: "info" },
      lang,
    );
    const where =
      finding.line > 0 ? say({ sv: `rad ${finding.line}: `, en: `line ${finding.line}: ` }, lang) : "";
    lines.push(`${severity} [${finding.code}] ${where}${say(finding.message, lang)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The result as JSON (dates as ISO text). */
export function deriveJson(result: DeriveResult): unknown {
  const cells = (c: DeriveResult["adds"][number]) => ({
    id: c.id,
    when: c.when,
    date: toIsoDate(c.date),
    event: c.event,
    owner: c.owner,
    notes: c.notes,
    meetingId: c.meetingId,
    step: c.step,
    ...(c.movedFrom === undefined
      ? {}
      : { movedFrom: { date: toIsoDate(c.movedFrom.date), reason: c.movedFrom.reason } }),
  });
  return {
    meetings: result.meetings,
    adds: result.adds.map(cells),
    updates: result.updates.map((u) => ({ ...cells(u), line: u.line, before: u.before })),
    unchanged: result.unchanged,
    handEdited: result.handEdited,
    findings: result.findings,
  };
}
