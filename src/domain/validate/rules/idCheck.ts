/**
 * id-invalid and id-duplicate (warnings): the ID cell is what a calendar event is known by (its
 * UID, see ics/identity.ts). A copied row copies its ID, and calendars that match by UID (Google,
 * Apple) then keep only one of the two events; an ID with a line break or a space cannot go into
 * a UID as it is. The export never writes such a UID (it derives one), but only a fresh ID in the
 * table keeps the event the same from one export to the next, so the fix writes one.
 */
import { isUsableRowId, newRowId } from "../../table/rowIds";
import type { Finding, TimelineEntry } from "../../types";
import { entryFinding } from "../finding";
import type { Rule } from "../ruleContext";

/** FNV-1a: a seed for the fresh ID, so a finding offers the same ID on every check. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A small deterministic random source (mulberry32) from a seed. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const computed = new WeakMap<readonly TimelineEntry[], readonly Finding[]>();

/** The ID as a message shows it: one line, at most 30 characters. */
function shown(id: string): string {
  const oneLine = id.replace(/\s+/g, " ").trim();
  return oneLine.length > 30 ? `${oneLine.slice(0, 29)}…` : oneLine;
}

/**
 * id-invalid: an ID cell that cannot be a calendar UID (spaces, line breaks, odd characters, more
 * than 24 characters). id-duplicate: an ID an earlier row already has (the first row keeps it, as
 * the check and the export do). Both offer a fresh ID (fix "set-id"), not used by any other row.
 * Computed together so the fresh IDs of the two rules never coincide.
 */
function idFindings({ timeline }: Parameters<Rule>[0]): readonly Finding[] {
  // Both rules ask for the same list: computed once per entries array (a 10,000-row check built
  // the set of taken IDs and tested every ID twice).
  const known = computed.get(timeline.entries);
  if (known !== undefined) return known;
  const findings: Finding[] = [];
  const taken = new Set<string>();
  for (const entry of timeline.entries) taken.add(entry.id);
  const firstLine = new Map<string, number>();
  const freshFor = (entry: TimelineEntry): string => {
    const fresh = newRowId(taken, seededRandom(seedOf(`${entry.id}\u001f${entry.line}\u001f${entry.event}`)));
    taken.add(fresh);
    return fresh;
  };
  for (const entry of timeline.entries) {
    const id = entry.id;
    if (id === "") continue;
    if (!isUsableRowId(id)) {
      const fresh = freshFor(entry);
      findings.push(
        entryFinding(entry, {
          code: "id-invalid",
          severity: "warning",
          column: "id",
          message: {
            sv: `ID "${shown(id)}" går inte att använda i en kalenderfil (bara bokstäver a–z, siffror, - och _, högst 24 tecken). Kalenderfilen får ett annat ID för raden; ge raden ett nytt ID (${fresh}) så att händelsen känns igen vid nästa export.`,
            en: `The ID "${shown(id)}" cannot be used in a calendar file (only letters a–z, digits, - and _, at most 24 characters). The calendar file uses another ID for the row; give the row a new ID (${fresh}) so the event is recognised at the next export.`,
          },
          short: { sv: "ID går inte att använda", en: "Unusable ID" },
          fix: { type: "set-id", entryId: id, line: entry.line, id: fresh },
        }),
      );
      continue;
    }
    const first = firstLine.get(id);
    if (first === undefined) {
      firstLine.set(id, entry.line);
      continue;
    }
    const fresh = freshFor(entry);
    findings.push(
      entryFinding(entry, {
        code: "id-duplicate",
        severity: "warning",
        column: "id",
        message: {
          sv: `ID ${id} finns redan på rad ${first} (en kopierad rad?). Två händelser med samma ID blir en i Google och Apple Kalender. Ge raden ett nytt ID: ${fresh}.`,
          en: `The ID ${id} is already on row ${first} (a copied row?). Two events with one ID become one in Google and Apple Calendar. Give the row a new ID: ${fresh}.`,
        },
        short: { sv: `Samma ID som rad ${first}`, en: `Same ID as row ${first}` },
        fix: { type: "set-id", entryId: id, line: entry.line, id: fresh },
        relatedEntryIds: [id],
      }),
    );
  }
  computed.set(timeline.entries, findings);
  return findings;
}

/**
 * id-invalid: an ID the calendar file cannot carry as it is.
 *
 * @example
 * idInvalid({ timeline, options: {} }); // [{ code: "id-invalid", column: "id", fix: { type: "set-id", … } }]
 */
export const idInvalid: Rule = (context) => idFindings(context).filter((f) => f.code === "id-invalid");

/**
 * id-duplicate: an ID an earlier row already has.
 *
 * @example
 * idDuplicate({ timeline, options: {} }); // [{ code: "id-duplicate", line: 7, fix: { type: "set-id", … } }]
 */
export const idDuplicate: Rule = (context) => idFindings(context).filter((f) => f.code === "id-duplicate");
