/**
 * The bodies of a kommun or region as planners abbreviate them ("KF 24/4", "KSAU"), and how a
 * line of text is told to name a body ("Kommunstyrelsen", "Barn- och utbildningsnämnden").
 * The owner register (Ansvariga) extends the list: a name with its aliases there wins.
 */

/**
 * The abbreviations read as a body's name. Only abbreviations that mean the same body in every
 * Swedish kommun or region are here; local ones (MN is Miljönämnden in one kommun and
 * Myndighetsnämnden in the next) belong in the Ansvariga table as aliases.
 */
export const ORGAN_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["KF", "Kommunfullmäktige"],
  ["KS", "Kommunstyrelsen"],
  ["KSAU", "Kommunstyrelsens arbetsutskott"],
  ["KSPU", "Kommunstyrelsens personalutskott"],
  ["AU", "Arbetsutskottet"],
  ["KFP", "Kommunfullmäktiges presidium"],
  ["RF", "Regionfullmäktige"],
  ["RS", "Regionstyrelsen"],
  ["RSAU", "Regionstyrelsens arbetsutskott"],
  ["BUN", "Barn- och utbildningsnämnden"],
  ["SN", "Socialnämnden"],
  ["SBN", "Samhällsbyggnadsnämnden"],
  ["KFN", "Kultur- och fritidsnämnden"],
  ["TN", "Tekniska nämnden"],
  ["VON", "Vård- och omsorgsnämnden"],
  ["ÄN", "Äldrenämnden"],
  ["UN", "Utbildningsnämnden"],
  ["BN", "Byggnadsnämnden"],
  ["ÖFN", "Överförmyndarnämnden"],
  ["VN", "Valnämnden"],
]);

const ORGAN_WORD =
  /(?:fullmäktige|styrelsen|styrelse|nämnden|nämnd|utskottet|utskott|presidiet|presidium|beredningen|beredning|rådet|råd|förbundet|direktionen|revisorerna|revisionen|ledningsgrupp|ledningsgruppen|(?:arbets|berednings|samordnings|styr|referens|samverkans)grupp(?:en)?|bolagsstämma|gruppledarmöte|gruppmötet|ärendeforum|dagordningsmöte)$/iu;

/**
 * A body named by what it is for: "Utskott för infrastruktur och kollektivtrafik", "Utskottet för
 * regional utveckling", "Arbetsgruppen för regional utveckling", "Rådet för funktionshinderfrågor".
 */
const ORGAN_FOR =
  /^\p{L}*?(?:utskott|utskottet|grupp|gruppen|beredning|beredningen|nämnd|nämnden|råd|rådet|styrelse|styrelsen|delegation|delegationen|kommitté|kommittén)\s+för\s+\p{L}/iu;
/** A working group named after its field: "Arbetsgrupp Kultur", "Styrgruppen Digitalisering". */
const GROUP_NAMED =
  /^(?:Arbets|Styr|Referens|Berednings|Samordnings|Samverkans)grupp(?:en)?\s+\p{Lu}\p{L}*(?:\s+\p{L}+){0,2}$/u;

/**
 * The full name of an organ abbreviation, or undefined.
 *
 * @example
 * organFromAbbreviation("KSAU") // → "Kommunstyrelsens arbetsutskott"
 * organFromAbbreviation("Kf:s") // → "Kommunfullmäktige"
 */
export function organFromAbbreviation(word: string): string | undefined {
  const key = word
    .trim()
    .replace(/:s$|[.:]+$/u, "")
    .toUpperCase();
  return ORGAN_ABBREVIATIONS.get(key);
}

/**
 * Whether a short text names a body: an abbreviation from the list or at most six words ending
 * in a body's word ("Kommunstyrelsen", "Barn- och utbildningsnämnden", "Sociala utskottet").
 *
 * @example
 * isOrganName("Barn- och utbildningsnämnden") // → true
 * isOrganName("Budgetdialog med nämnderna")   // → false
 */
export function isOrganName(text: string): boolean {
  const t = text
    .trim()
    .replace(/[:.]+$/u, "")
    .replace(/\s+\(\p{Lu}{2,6}\)$/u, "");
  if (t === "" || /\d/u.test(t)) return false;
  if (organFromAbbreviation(t) !== undefined) return true;
  const words = t.split(/\s+/u);
  if (words.length <= 8 && /^\p{Lu}/u.test(t) && (ORGAN_FOR.test(t) || GROUP_NAMED.test(t))) return true;
  if (words.length > 6) return false;
  const first = words[0] ?? "";
  if (!/^\p{Lu}/u.test(first)) return false;
  return ORGAN_WORD.test(words.slice(-1).join(" "));
}
