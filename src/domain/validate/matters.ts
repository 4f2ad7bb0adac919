/**
 * Recognising the matter (ärende) an entry is about, and which step of its process the entry is.
 */
import type { Bilingual } from "../types";

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
  { pattern: /\btertialrapport\s*(\d)/iu, name: (m) => `tertialrapport ${m[1] ?? ""}` },
  { pattern: /\bdelårsrapport(?:\s+(\d{4}))?/iu, name: (m) => `delårsrapport ${m[1] ?? ""}`.trim() },
  {
    pattern: /\bverksamhetsberättelse(?:\s+(?:för\s+)?(\d{4}))?/iu,
    name: (m) => `verksamhetsberättelse ${m[1] ?? ""}`.trim(),
  },
  {
    pattern: /\bverksamhetsplan(?:\s+(?:för\s+)?(\d{4}))?/iu,
    name: (m) => `verksamhetsplan ${m[1] ?? ""}`.trim(),
  },
  { pattern: /\bstrategi(?:sk)?\s+(?:för\s+)?utveckling/iu, name: () => "strategi för utveckling" },
  { pattern: /\bbudget(?:\s+(?:för\s+)?(\d{4}))?(?![\p{L}])/iu, name: (m) => `budget ${m[1] ?? ""}`.trim() },
];

const COUNCIL =
  /(?:pensionärs|handikapp|funktionshinder|funktionsrätts|ungdoms|brukar|tillgänglighets|äldre|folkhälso)råd/iu;

function stepOf(text: string): ProcessStep | undefined {
  if (/\bmbl\b/iu.test(text)) return "mbl";
  if (COUNCIL.test(text) && /\b(?:informeras|yttrar|yttrande|dialog|information)/iu.test(text))
    return "councils";
  if (/^(?:kommun)?fullmäktige\b/iu.test(text) || /\bi (?:kommun)?fullmäktige\b/iu.test(text))
    return "assembly";
  if (/^beslut\b/iu.test(text) || /\bbeslutar\b/iu.test(text)) return "decision";
  if (/\butkast\b/iu.test(text) || /\bpresenteras för förvaltningsgrupp/iu.test(text)) return "draft";
  if (/\bfärdigställs\b/iu.test(text) || /^(?:arbete med|bokslut)\b/iu.test(text)) return "preparation";
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
