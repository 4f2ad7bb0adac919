/**
 * Who the event text itself says is responsible ("Beslut om … i stadsdelsnämnden" → Stadsdelsnämnden).
 */

interface OwnerPattern {
  readonly pattern: RegExp;
  readonly owner: string;
}

/** Checked in order; the first match wins. Subjects at the start of the text come first. */
const PATTERNS: readonly OwnerPattern[] = [
  { pattern: /^(?:kommun)?fullmäktige\b/iu, owner: "Kommunfullmäktige" },
  { pattern: /^finansborgarrådets?(?![\p{L}])/iu, owner: "Finansborgarrådet" },
  { pattern: /^kommunstyrelsen(?![\p{L}])/iu, owner: "Kommunstyrelsen" },
  { pattern: /^stadsdelsnämnden(?![\p{L}])/iu, owner: "Stadsdelsnämnden" },
  { pattern: /^förvaltningsgruppen(?![\p{L}])/iu, owner: "Förvaltningsgruppen" },
  { pattern: /^(?:det )?strategiska utskottet(?![\p{L}])/iu, owner: "Strategiska utskottet" },
  { pattern: /^budgetberedningen (?:beslutar|fastställer|bereder)/iu, owner: "Budgetberedningen" },
  { pattern: /^beslut\b.*\bi stadsdelsnämnden(?![\p{L}])/iu, owner: "Stadsdelsnämnden" },
  { pattern: /^beslut\b.*\bi kommunstyrelsen(?![\p{L}])/iu, owner: "Kommunstyrelsen" },
  { pattern: /^beslut\b.*\bi (?:kommun)?fullmäktige(?![\p{L}])/iu, owner: "Kommunfullmäktige" },
  { pattern: /^beslut\b.*\bi nämnden(?![\p{L}])/iu, owner: "Nämnden" },
];

/**
 * The owner an event text names as its actor, or undefined when it does not say.
 *
 * @example
 * ownerFromEvent("Beslut om tertialrapport 1 i stadsdelsnämnden"); // "Stadsdelsnämnden"
 * ownerFromEvent("Fullmäktige fastställer Strategi …");           // "Kommunfullmäktige"
 * ownerFromEvent("Tertialrapport 1 färdigställs");                 // undefined
 */
export function ownerFromEvent(event: string): string | undefined {
  const text = event.trim();
  return PATTERNS.find((p) => p.pattern.test(text))?.owner;
}
