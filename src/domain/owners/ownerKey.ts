/**
 * A comparison key for owner names: case, spacing, punctuation and the Swedish definite ending
 * of the last word are ignored, so "Avdelningscheferna", "avdelningschefer" and
 * "Förvaltningsgruppen"/"Förvaltningsgrupp" compare equal.
 *
 * @example
 * ownerKey("Avdelningscheferna ");  // "avdelningschefer"
 * ownerKey("Förvaltningsgruppen"); // "förvaltningsgrupp"
 */
export function ownerKey(name: string): string {
  const plain = name
    .toLowerCase()
    .replace(/[.,;:!?()"']/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  // Only the last word carries the definite ending ("Kommunstyrelsen", "Förvaltningsgruppen").
  return plain.replace(/(?:na|en|et|e)$/u, "");
}
