/**
 * The Ansvariga (owners) table: Namn, Alias (separated by ;), Färg, E-post.
 */
import type { Language, OwnerRecord } from "../types";
import type { CellScalar } from "./checkWritePlan";

export const OWNERS_TABLE_NAME = "Ansvariga";

export const OWNER_HEADERS: Readonly<Record<Language, readonly string[]>> = {
  sv: ["Namn", "Alias", "Färg", "E-post"],
  en: ["Name", "Alias", "Colour", "Email"],
};

const KEYS: Readonly<Record<string, "name" | "aliases" | "color" | "email">> = {
  namn: "name",
  name: "name",
  alias: "aliases",
  aliases: "aliases",
  färg: "color",
  colour: "color",
  color: "color",
  "e-post": "email",
  epost: "email",
  email: "email",
  "e-mail": "email",
};

const text = (value: CellScalar | undefined): string => (value === undefined ? "" : String(value).trim());

/**
 * Read an owners table (header row first). Null when it has no Namn/Name column.
 *
 * @example
 * ownersFromValues([["Namn", "Alias"], ["Kommunstyrelsen", "KS; Styrelsen"]])
 * // → [{ name: "Kommunstyrelsen", aliases: ["KS", "Styrelsen"], color: "", email: "" }]
 */
export function ownersFromValues(values: readonly (readonly CellScalar[])[]): OwnerRecord[] | null {
  const [header, ...body] = values;
  if (header === undefined) return null;
  const index: Partial<Record<"name" | "aliases" | "color" | "email", number>> = {};
  header.forEach((cell, i) => {
    const key = KEYS[text(cell).toLowerCase()];
    if (key !== undefined && index[key] === undefined) index[key] = i;
  });
  if (index.name === undefined) return null;
  const at = (row: readonly CellScalar[], key: keyof typeof index): string => {
    const i = index[key];
    return i === undefined ? "" : text(row[i]);
  };
  return body
    .filter((row) => at(row, "name") !== "")
    .map((row) => ({
      name: at(row, "name"),
      aliases: at(row, "aliases")
        .split(";")
        .map((alias) => alias.trim())
        .filter((alias) => alias !== ""),
      color: at(row, "color"),
      email: at(row, "email"),
    }));
}

/**
 * The body rows of an owners table.
 *
 * @example
 * ownersToValues([{ name: "KS", aliases: ["Kommunstyrelsen"], color: "#FF0000", email: "" }])
 * // → [["KS", "Kommunstyrelsen", "#FF0000", ""]]
 */
export function ownersToValues(owners: readonly OwnerRecord[]): string[][] {
  return owners.map((owner) => [owner.name, owner.aliases.join("; "), owner.color, owner.email]);
}

/**
 * Existing owners first (kept as the user wrote them), then the new names not already there.
 *
 * @example
 * mergeOwners([{ name: "KS", aliases: [], color: "#f00", email: "" }], [{ name: "ks", aliases: [], color: "", email: "" }])
 * // → the existing KS record only
 */
export function mergeOwners(existing: readonly OwnerRecord[], added: readonly OwnerRecord[]): OwnerRecord[] {
  const known = new Set(existing.map((owner) => owner.name.toLowerCase()));
  const merged = [...existing];
  for (const owner of added) {
    const key = owner.name.toLowerCase();
    if (owner.name.trim() === "" || known.has(key)) continue;
    known.add(key);
    merged.push(owner);
  }
  return merged;
}
