/**
 * A meeting chain template: the preparation and follow-up steps every meeting of an organ needs,
 * written in one cell of the Regler table as a nämndsekreterare would say them:
 *
 *   ärendestopp 10 arbetsdagar före (påminnelse); presidium 7 dagar före; kallelse 5 dagar före;
 *   justering senast 14 dagar efter; anslag senast 2 dagar efter justering;
 *   laga kraft tidigast 21 dagar efter anslag
 *
 * One step: `<namn> [senast|tidigast] <N> <dagar|arbetsdagar|veckor> <före|efter> [<steg>] [(påminnelse)]`.
 * Without a step at the end, the step is counted from the meeting. Parsing never throws: a step
 * that cannot be read is a problem in the result (docs/GOVERNANCE-RULES.md, "Meeting chains").
 */
import type { Bilingual } from "../types";

/** Calendar days or working days (the one definition of ../governance/workingDay). */
export type ChainUnit = "days" | "workingDays";

/**
 * How a date that lands on a non-working day moves:
 * - `due`: a due date (every "före" step, and "senast N dagar efter"): earlier;
 * - `follow-up`: a plain "N dagar efter": later;
 * - `earliest`: "tidigast N dagar efter": the step comes the day after a period of N days has run
 *   out (a period ending on a non-working day runs to the next working day, lag 1930:173 2 §),
 *   on a working day.
 */
export type ChainMode = "due" | "follow-up" | "earliest";

/** One step of a chain, as read from its words. */
export interface ChainStep {
  /** The step's name as written ("ärendestopp", "laga kraft"). */
  readonly name: string;
  /** Lower-case key of the name, unique within the chain. */
  readonly key: string;
  /** Signed count: negative before the reference, positive after. */
  readonly offset: number;
  readonly unit: ChainUnit;
  readonly mode: ChainMode;
  /** The key of the step counted from, or undefined for the meeting itself. */
  readonly from: string | undefined;
  /** The row is written as a deadline ("senast …"), which the calendar export gives a reminder. */
  readonly reminder: boolean;
}

/** What {@link parseChainSteps} read. */
export interface ChainStepsRead {
  readonly steps: readonly ChainStep[];
  readonly problems: readonly Bilingual[];
}

const UNITS: Readonly<Record<string, { unit: ChainUnit; factor: number }>> = {
  d: { unit: "days", factor: 1 },
  dag: { unit: "days", factor: 1 },
  dagar: { unit: "days", factor: 1 },
  day: { unit: "days", factor: 1 },
  days: { unit: "days", factor: 1 },
  ad: { unit: "workingDays", factor: 1 },
  arbetsdag: { unit: "workingDays", factor: 1 },
  arbetsdagar: { unit: "workingDays", factor: 1 },
  "working day": { unit: "workingDays", factor: 1 },
  "working days": { unit: "workingDays", factor: 1 },
  v: { unit: "days", factor: 7 },
  vecka: { unit: "days", factor: 7 },
  veckor: { unit: "days", factor: 7 },
  week: { unit: "days", factor: 7 },
  weeks: { unit: "days", factor: 7 },
};

const STEP = new RegExp(
  String.raw`^(?<name>.+?)\s+(?:(?<mode>senast|tidigast|by|at earliest)\s+)?(?<n>\d{1,3})\s+` +
    String.raw`(?<unit>arbetsdagar|arbetsdag|working days?|dagar|dag|days?|veckor|vecka|weeks?|ad|d|v)\s+` +
    String.raw`(?<dir>före|innan|efter|before|after)(?:\s+(?<from>.+))?$`,
  "iu",
);

/** "(påminnelse)" at the end of a step: written as a deadline, so the calendar reminds. */
const REMINDER = /\s*(?:,\s*)?\(?\s*(?:med\s+)?(?:påminnelse|reminder)\s*\)?$/iu;

/** The words that name the meeting itself as the reference. */
const MEETING_WORDS = new Set(["sammanträdet", "sammanträde", "mötet", "möte", "meeting", "the meeting"]);

/**
 * The key of a step name: lower case, single spaces.
 *
 * @example
 * stepKey(" Laga  kraft "); // "laga kraft"
 */
export function stepKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/gu, " ");
}

/**
 * The steps of one chain cell. Steps are separated by ";" (or new lines); a step may count from
 * an earlier step of the same chain.
 *
 * @example
 * parseChainSteps("kallelse 5 dagar före; justering senast 14 dagar efter").steps[1];
 * // { name: "justering", key: "justering", offset: 14, unit: "days", mode: "due", from: undefined, reminder: false }
 */
export function parseChainSteps(text: string): ChainStepsRead {
  const steps: ChainStep[] = [];
  const problems: Bilingual[] = [];
  for (const part of text.split(/[;\n]+/u)) {
    const written = part.trim().replace(/\s+/gu, " ");
    if (written === "") continue;
    const reminder = REMINDER.test(written);
    const groups = STEP.exec(written.replace(REMINDER, ""))?.groups;
    const name = groups?.name?.trim() ?? "";
    const unit = UNITS[(groups?.unit ?? "").toLowerCase()];
    if (groups === undefined || name === "" || unit === undefined) {
      problems.push({
        sv: `"${written}": skriv steget som "kallelse 5 dagar före" eller "anslag senast 2 dagar efter justering".`,
        en: `"${written}": write the step as "kallelse 5 dagar före" or "anslag senast 2 dagar efter justering".`,
      });
      continue;
    }
    const key = stepKey(name);
    if (steps.some((s) => s.key === key)) {
      problems.push({
        sv: `"${name}" står två gånger i kedjan; det andra steget läses inte.`,
        en: `"${name}" is in the chain twice; the second step is not read.`,
      });
      continue;
    }
    const before = /^(?:före|innan|before)$/iu.test(groups.dir ?? "");
    const modeWord = (groups.mode ?? "").toLowerCase();
    const rawFrom = stepKey(groups.from ?? "");
    let from: string | undefined = rawFrom === "" || MEETING_WORDS.has(rawFrom) ? undefined : rawFrom;
    if (from !== undefined && !steps.some((s) => s.key === from)) {
      problems.push({
        sv: `"${written}": steget "${groups.from ?? ""}" finns inte före i kedjan; räknas från sammanträdet.`,
        en: `"${written}": there is no step "${groups.from ?? ""}" earlier in the chain; counted from the meeting.`,
      });
      from = undefined;
    }
    const mode: ChainMode = before
      ? "due"
      : modeWord === "senast" || modeWord === "by"
        ? "due"
        : modeWord === "tidigast" || modeWord === "at earliest"
          ? "earliest"
          : "follow-up";
    if (before && (modeWord === "tidigast" || modeWord === "at earliest"))
      problems.push({
        sv: `"${written}": ett steg före sammanträdet är en sista dag; "tidigast" läses som "senast".`,
        en: `"${written}": a step before the meeting is a due date; "tidigast" is read as "senast".`,
      });
    steps.push({
      name,
      key,
      offset: (before ? -1 : 1) * Number(groups.n) * unit.factor,
      unit: unit.unit,
      mode,
      from,
      reminder,
    });
  }
  return { steps, problems };
}

/**
 * One step as the template cell writes it (the inverse of {@link parseChainSteps}).
 *
 * @example
 * formatChainStep({ name: "kallelse", key: "kallelse", offset: -5, unit: "days", mode: "due", from: undefined, reminder: false });
 * // "kallelse 5 dagar före"
 */
export function formatChainStep(step: ChainStep): string {
  const n = Math.abs(step.offset);
  const unit =
    step.unit === "workingDays" ? (n === 1 ? "arbetsdag" : "arbetsdagar") : n === 1 ? "dag" : "dagar";
  const before = step.offset < 0;
  const mode = before ? "" : step.mode === "due" ? "senast " : step.mode === "earliest" ? "tidigast " : "";
  const from = step.from === undefined ? "" : ` ${step.from}`;
  return `${step.name} ${mode}${n} ${unit} ${before ? "före" : "efter"}${from}${step.reminder ? " (påminnelse)" : ""}`;
}
