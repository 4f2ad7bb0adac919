/**
 * The Ansvar/innehåll column of a Word timeline mixes who is responsible with what the step
 * contains. This splits one cell into an owner name and notes, and normalises owner names so
 * "Avdelningschefer" and "Avdelningscheferna" are the same owner.
 */

/** Word endings that name an organisation or a role ("Förvaltningsgruppen", "Extra nämnd"). */
const OWNER_ENDING =
  /(grupp|gruppen|rådet|nämnd|nämnden|nämnderna|styrelsen|fullmäktige|fullmäktiges presidium|enheten|enheterna|avdelningen|avdelningarna|utskottet|kontoret|förvaltningen|ledningen|ledning|chef|chefen|chefer|cheferna|ekonom|ekonomer|ekonomerna|sekreterare|sekreteraren|beredningen|presidiet|presidium|kansliet|direktör|direktören|controller|ordförande|samordnare|handläggare)$/i;

/** First words that start content, never an owner ("Enligt anvisningar", "Muntlig information"). */
const CONTENT_START =
  /^(enligt|se|muntlig|muntligt|skriftlig|planering|dialog|diskussion|information|genomgång|inför|om|med|för|till|under|efter|före|ev|eventuellt|alla|samtliga)$/i;

/** "X:s sammanträde", "Pensionärsrådets möte": the meeting of a body names the body as owner. */
const MEETING_OF = /^(.+?)(?::s|s)\s+(sammanträde|möte|sammanträden|möten)\.?$/i;

/** "Avdelningscheferna ansvarar (för …)". */
const RESPONSIBLE = /^(.+?)\s+ansvarar\b(.*)$/iu;

/** "Ansvarig: Ekonomichefen". */
const LABELLED = /^(?:ansvarig|ansvar|owner|responsible)\s*:\s*(.+)$/i;

function isNameLike(phrase: string): boolean {
  const text = phrase.trim().replace(/[.,:]+$/, "");
  if (text === "" || /\d/.test(text) || /[.!?;]/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 4) return false;
  const first = words[0] ?? "";
  if (CONTENT_START.test(first)) return false;
  // Only the last two words can carry the ending ("Extra nämnd", "Kommunfullmäktiges presidium").
  if (OWNER_ENDING.test(words.slice(-2).join(" "))) return true;
  // A short phrase that does not start like content is a name: "Elise", "KS", "ekonomi".
  return words.length <= 3;
}

/**
 * A consistent spelling of an owner name: trimmed, capitalised, plain plurals of roles turned
 * into the definite plural ("Enhetschefer" → "Enhetscheferna"), shouting turned into sentence case.
 *
 * @example
 * normalizeOwnerName("avdelningschefer")     // → "Avdelningscheferna"
 * normalizeOwnerName("FÖRVALTNINGSGRUPPEN")  // → "Förvaltningsgruppen"
 * normalizeOwnerName("  KS ")                // → "KS"
 */
export function normalizeOwnerName(name: string): string {
  // Until nothing changes (a few passes at most): the name is written to the table and read
  // back, and must not change again then. One pass is not always enough: Caps Lock left on
  // ("eKONOMI") is capitalised into shouting ("EKONOMI"), which only the next pass softens;
  // "ﬀ" grows into "FF" when capitalised.
  let text = normalizeOnce(name);
  for (let pass = 1; pass < 4; pass += 1) {
    const again = normalizeOnce(text);
    if (again === text) break;
    text = again;
  }
  return text;
}

function normalizeOnce(name: string): string {
  let text = name
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[.,:;]+$/, "");
  if (text === "") return "";
  if (text.length > 4 && text === text.toUpperCase() && /[A-ZÅÄÖ]/.test(text)) {
    text = text.toLowerCase();
  }
  text = text.replace(/(chefer|ekonomer|nämnder|enheter|avdelningar)$/i, (plural) => `${plural}na`);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function ownerFromSentence(sentence: string): { owner: string; isOwnerOnly: boolean } | undefined {
  const text = sentence.trim();
  const labelled = LABELLED.exec(text);
  if (labelled?.[1] !== undefined) return { owner: labelled[1], isOwnerOnly: true };
  const responsible = RESPONSIBLE.exec(text);
  if (responsible?.[1] !== undefined && isNameLike(responsible[1])) {
    const rest = (responsible[2] ?? "").replace(/^[\s.]+|[\s.]+$/g, "");
    return { owner: responsible[1], isOwnerOnly: rest === "" };
  }
  const meeting = MEETING_OF.exec(text);
  if (meeting?.[1] !== undefined && isNameLike(meeting[1])) {
    return { owner: meeting[1], isOwnerOnly: true };
  }
  if (isNameLike(text)) return { owner: text, isOwnerOnly: true };
  return undefined;
}

/**
 * Split a mixed Ansvar/innehåll cell into an owner and notes. A sentence that names who is
 * responsible gives the owner; the other sentences (or the whole cell, when nobody is named)
 * are notes. A body's meeting ("Pensionärsrådets sammanträde") names that body as owner.
 *
 * @example
 * splitOwnerCell("Dialoger över avdelningsgränser uppmuntras. Avdelningschefer ansvarar")
 * // → { owner: "Avdelningscheferna", notes: "Dialoger över avdelningsgränser uppmuntras." }
 * splitOwnerCell("Enligt anvisningar") // → { owner: "", notes: "Enligt anvisningar" }
 */
export function splitOwnerCell(cell: string): { owner: string; notes: string } {
  const text = cell.trim().replace(/\s+/g, " ");
  if (text === "") return { owner: "", notes: "" };
  const sentences = text.split(/(?<=[.!?])\s+/);
  let owner = "";
  const notes: string[] = [];
  for (const sentence of sentences) {
    const found = owner === "" ? ownerFromSentence(sentence) : undefined;
    if (found === undefined) {
      notes.push(sentence);
      continue;
    }
    owner = normalizeOwnerName(found.owner);
    if (!found.isOwnerOnly) notes.push(sentence);
  }
  return { owner, notes: notes.join(" ") };
}
