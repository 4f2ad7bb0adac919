import { editDistance } from "../../owners/editDistance";
import { ownerKey } from "../../owners/ownerKey";
import { entryFinding } from "../finding";
import type { Rule } from "../ruleContext";
import type { Finding, TimelineEntry } from "../../types";

interface Spelling {
  readonly name: string;
  readonly key: string;
  /** The numbers in the name: "Enhet 001" and "Enhet 002" are different owners, not a typo. */
  readonly digits: string;
  readonly entries: TimelineEntry[];
}

/**
 * similar-owners (warning, only without a register): owner names that differ by a typo
 * ("Förvaltningsgrupen" beside "Förvaltningsgruppen"). Each row with the rarer spelling gets
 * a finding and a fix to the more common one.
 *
 * @example
 * similarOwners({ timeline, options: {} })[0].fix; // { type: "set-owner", …, owner: "Förvaltningsgruppen" }
 */
export const similarOwners: Rule = ({ timeline, options }) => {
  if (options.owners !== undefined && options.owners.length > 0) return [];
  const byKey = new Map<string, Spelling>();
  const entries = timeline.entries;
  // Indexed, not for…of: unoptimised for…of allocates per entry, and a CLI call runs cold.
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry === undefined) continue;
    const name = entry.owner.trim();
    if (name === "") continue;
    const key = ownerKey(name);
    const spelling = byKey.get(key) ?? { name, key, digits: key.replace(/\D+/g, " ").trim(), entries: [] };
    spelling.entries.push(entry);
    byKey.set(key, spelling);
  }
  const spellings = [...byKey.values()];
  const findings: Finding[] = [];
  for (let i = 0; i < spellings.length; i += 1) {
    for (let j = i + 1; j < spellings.length; j += 1) {
      const a = spellings[i];
      const b = spellings[j];
      if (
        a === undefined ||
        b === undefined ||
        a.digits !== b.digits ||
        Math.min(a.key.length, b.key.length) < 5
      )
        continue;
      const limit = Math.max(1, Math.floor(Math.min(a.key.length, b.key.length) / 8));
      if (editDistance(a.key, b.key, limit) > limit) continue;
      const [rare, common] = a.entries.length < b.entries.length ? [a, b] : [b, a];
      for (const entry of rare.entries) {
        findings.push(
          entryFinding(entry, {
            code: "similar-owners",
            severity: "warning",
            column: "owner",
            message: {
              sv: `Ansvarig "${rare.name}" liknar "${common.name}" (rad ${common.entries[0]?.line ?? "?"}). Är det samma? Skriv namnet likadant överallt.`,
              en: `Owner "${rare.name}" looks like "${common.name}" (line ${common.entries[0]?.line ?? "?"}). Same owner? Spell it the same everywhere.`,
            },
            short: { sv: `Liknar ${common.name}`, en: `Looks like ${common.name}` },
            fix: { type: "set-owner", entryId: entry.id, owner: common.name },
            relatedEntryIds: common.entries.slice(0, 1).map((e) => e.id),
          }),
        );
      }
    }
  }
  return findings;
};
