import { matchOwner, nearestOwners, ownerIndex, type OwnerIndex } from "../../owners/register";
import { ownerKey } from "../../owners/ownerKey";
import { entryFinding } from "../finding";
import type { Rule } from "../ruleContext";
import type { Finding } from "../../types";

interface Verdict {
  readonly known: boolean;
  readonly nearest: readonly string[];
  readonly best?: string;
}

function judge(name: string, owners: OwnerIndex): Verdict {
  if (matchOwner(name, owners) !== undefined) return { known: true, nearest: [] };
  const length = ownerKey(name).length;
  // Suggestions share at least half their letters; a fix only for a typo (a third at most).
  const near = nearestOwners(name, owners, 3, Math.max(3, Math.floor(length / 2)));
  const first = near[0];
  const close = first !== undefined && first.distance <= Math.max(2, Math.floor(length / 3));
  return {
    known: false,
    nearest: near.map((n) => n.owner.name),
    ...(close ? { best: first.owner.name } : {}),
  };
}

/**
 * unknown-owner (warning, only with a register): an owner not in the register, with the nearest
 * names; the fix sets the closest one when it looks like a typo.
 *
 * @example
 * // owner "Förvaltningsgrupen", register has "Förvaltningsgruppen"
 * unknownOwner({ timeline, options: { owners } })[0].fix; // { type: "set-owner", …, owner: "Förvaltningsgruppen" }
 */
export const unknownOwner: Rule = ({ timeline, options }) => {
  if (options.owners === undefined || options.owners.length === 0) return [];
  const owners = ownerIndex(options.owners);
  const verdicts = new Map<string, Verdict>();
  const findings: Finding[] = [];
  const entries = timeline.entries;
  // Indexed, not for…of: unoptimised for…of allocates per entry, and a CLI call runs cold.
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry === undefined) continue;
    const name = entry.owner.trim();
    if (name === "") continue;
    let verdict = verdicts.get(name);
    if (verdict === undefined) {
      verdict = judge(name, owners);
      verdicts.set(name, verdict);
    }
    if (verdict.known) continue;
    const list = verdict.nearest.join(", ");
    const best = verdict.best;
    findings.push(
      entryFinding(entry, {
        code: "unknown-owner",
        severity: "warning",
        column: "owner",
        message: {
          sv: `Ansvarig "${name}" finns inte i ansvarslistan.${list === "" ? "" : ` Närmast: ${list}.`} Välj ett namn ur listan eller lägg till "${name}" i den.`,
          en: `Owner "${name}" is not in the owner register.${list === "" ? "" : ` Nearest: ${list}.`} Pick a name from the register or add "${name}" to it.`,
        },
        short:
          best === undefined
            ? { sv: "Okänd ansvarig", en: "Unknown owner" }
            : { sv: `Okänd ansvarig (menas ${best}?)`, en: `Unknown owner (${best}?)` },
        ...(best !== undefined ? { fix: { type: "set-owner", entryId: entry.id, owner: best } } : {}),
      }),
    );
  }
  return findings;
};
