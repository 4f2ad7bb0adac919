/**
 * Recognising the matter (ärende) an entry is about, and which step of its process the entry is.
 */
import type { Bilingual } from "../types";
import { asciiWords, WORD_END, WORD_START } from "../wordBoundary";

/** Process steps in their required order (lower comes first). */
export const STEP_ORDER = ["preparation", "draft", "mbl", "councils", "decision", "assembly"] as const;
export type ProcessStep = (typeof STEP_ORDER)[number];

/** "utkastet" / "the draft": how a message names a step. */
export const STEP_NAMES: Readonly<Record<ProcessStep, Bilingual>> = {
  preparation: { sv: "förberedelsen", en: "the preparation" },
  draft: { sv: "utkastet", en: "the draft" },
  mbl: { sv: "MBL-förhandlingen", en: "the MBL negotiation" },
  councils: { sv: "rådens information/yttrande", en: "the councils' information/opinion" },
  decision: { sv: "beslutet i nämnden", en: "the board's decision" },
  assembly: { sv: "fullmäktiges beslut", en: "the council assembly's decision" },
};

export interface MatterStep {
  /** e.g. "tertialrapport 1", "verksamhetsplan 2008", "budget" (no year written). */
  readonly matter: string;
  readonly step: ProcessStep;
}

const MATTERS: readonly { readonly pattern: RegExp; readonly name: (m: RegExpExecArray) => string }[] = [
  // WORD_START is `\b` before a letter, spelt so that V8 scans fast (see ../wordBoundary).
  {
    pattern: new RegExp(String.raw`${WORD_START}tertialrapport\s*(\d)`, "iu"),
    name: (m) => `tertialrapport ${m[1] ?? ""}`,
  },
  {
    pattern: new RegExp(String.raw`${WORD_START}delårsrapport(?:\s+(\d{4}))?`, "iu"),
    name: (m) => `delårsrapport ${m[1] ?? ""}`.trim(),
  },
  {
    pattern: new RegExp(String.raw`${WORD_START}verksamhetsberättelse(?:\s+(?:för\s+)?(\d{4}))?`, "iu"),
    name: (m) => `verksamhetsberättelse ${m[1] ?? ""}`.trim(),
  },
  {
    pattern: new RegExp(String.raw`${WORD_START}verksamhetsplan(?:\s+(?:för\s+)?(\d{4}))?`, "iu"),
    name: (m) => `verksamhetsplan ${m[1] ?? ""}`.trim(),
  },
  {
    pattern: new RegExp(String.raw`${WORD_START}strategi(?:sk)?\s+(?:för\s+)?utveckling`, "iu"),
    name: () => "strategi för utveckling",
  },
  {
    pattern: new RegExp(String.raw`${WORD_START}budget(?:\s+(?:för\s+)?(\d{4}))?(?![\p{L}])`, "iu"),
    name: (m) => `budget ${m[1] ?? ""}`.trim(),
  },
];

/** The step patterns, `\b` spelt as in MATTERS. */
const MBL = new RegExp(asciiWords("mbl"), "iu");
const COUNCIL_STEP = new RegExp(`${WORD_START}(?:informeras|yttrar|yttrande|dialog|information)`, "iu");
const ASSEMBLY_FIRST = new RegExp(`^(?:kommun)?fullmäktige${WORD_END}`, "iu");
const IN_ASSEMBLY = new RegExp(asciiWords("i (?:kommun)?fullmäktige"), "iu");
const DECISION_FIRST = new RegExp(`^beslut${WORD_END}`, "iu");
const DECIDES = new RegExp(asciiWords("beslutar"), "iu");
const DRAFT = new RegExp(asciiWords("utkast"), "iu");
const PRESENTED = new RegExp(`${WORD_START}presenteras för förvaltningsgrupp`, "iu");
const COMPLETED = new RegExp(asciiWords("färdigställs"), "iu");
const PREPARATION_FIRST = new RegExp(`^(?:arbete med|bokslut)${WORD_END}`, "iu");

const COUNCIL =
  /(?:pensionärs|handikapp|funktionshinder|funktionsrätts|ungdoms|brukar|tillgänglighets|äldre|folkhälso)råd/iu;

function stepOf(text: string): ProcessStep | undefined {
  if (MBL.test(text)) return "mbl";
  if (COUNCIL.test(text) && COUNCIL_STEP.test(text)) return "councils";
  if (ASSEMBLY_FIRST.test(text) || IN_ASSEMBLY.test(text)) return "assembly";
  if (DECISION_FIRST.test(text) || DECIDES.test(text)) return "decision";
  if (DRAFT.test(text) || PRESENTED.test(text)) return "draft";
  if (COMPLETED.test(text) || PREPARATION_FIRST.test(text)) return "preparation";
  return undefined;
}

/**
 * The matter and process step of an event text, when both are recognisable.
 *
 * @example
 * matterStep("Beslut om tertialrapport 1 i stadsdelsnämnden"); // { matter: "tertialrapport 1", step: "decision" }
 * matterStep("Utkast till verksamhetsplan för 2008 presenteras för förvaltningsgruppen.");
 * // { matter: "verksamhetsplan 2008", step: "draft" }
 */
export function matterStep(event: string): MatterStep | undefined {
  const text = event.trim();
  const step = stepOf(text);
  if (step === undefined) return undefined;
  for (const { pattern, name } of MATTERS) {
    const match = pattern.exec(text);
    if (match) return { matter: name(match).toLowerCase(), step };
  }
  return undefined;
}
