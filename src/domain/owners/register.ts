/**
 * The owner register: who may stand in the Ansvar column, with aliases. Read from a --owners
 * file (CSV/TSV with a header, or one name per line with aliases after ";" or "|").
 */
import type { OwnerRecord } from "../types";
import { editDistance } from "./editDistance";
import { ownerKey } from "./ownerKey";

export interface OwnerRegisterResult {
  readonly owners: OwnerRecord[];
  /** Lines that were skipped, with the reason (Swedish and English in one line). */
  readonly problems: string[];
}

const NAME_HEADERS = new Set(["namn", "name", "ansvarig", "ansvar", "owner"]);
const ALIAS_HEADERS = new Set(["alias", "aliases", "alias/förkortning"]);
const COLOR_HEADERS = new Set(["färg", "color", "colour"]);
const EMAIL_HEADERS = new Set(["e-post", "epost", "email", "e-mail", "mail"]);

function splitRow(line: string, separator: string): string[] {
  if (separator === "\t") return line.split("\t").map((c) => c.trim());
  // Minimal CSV: fields may be quoted; "" inside quotes is a quote.
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i] ?? "";
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      cells.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

function splitAliases(text: string): string[] {
  return text
    .split(/[;|,]/)
    .map((a) => a.trim())
    .filter((a) => a !== "");
}

function headerColumns(
  cells: readonly string[],
): { name: number; alias: number; color: number; email: number } | undefined {
  const find = (names: ReadonlySet<string>): number => cells.findIndex((c) => names.has(c.toLowerCase()));
  const name = find(NAME_HEADERS);
  if (name < 0) return undefined;
  return { name, alias: find(ALIAS_HEADERS), color: find(COLOR_HEADERS), email: find(EMAIL_HEADERS) };
}

/**
 * Reads an owner register. Never throws; unusable lines are listed in `problems`.
 *
 * @example
 * parseOwnerRegister("Förvaltningsgruppen; FG\nStadsdelsnämnden | SDN");
 * // { owners: [{ name: "Förvaltningsgruppen", aliases: ["FG"], color: "", email: "" }, …], problems: [] }
 */
export function parseOwnerRegister(text: string): OwnerRegisterResult {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const owners: OwnerRecord[] = [];
  const problems: string[] = [];
  const firstIndex = lines.findIndex((l) => l.trim() !== "");
  const first = lines[firstIndex] ?? "";
  const separator = first.includes("\t") ? "\t" : first.includes(",") ? "," : first.includes(";") ? ";" : "";
  const columns = separator === "" ? undefined : headerColumns(splitRow(first, separator));
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    if (line.trim() === "" || line.trim().startsWith("#") || (columns && index === firstIndex)) return;
    let record: OwnerRecord;
    if (columns && separator !== "") {
      const cells = splitRow(line, separator);
      const cell = (i: number): string => (i < 0 ? "" : (cells[i] ?? ""));
      const color = cell(columns.color);
      if (color !== "" && !/^#[0-9a-fA-F]{6}$/.test(color)) {
        problems.push(
          `Rad ${index + 1}: färgen "${color}" är inte #RRGGBB / Line ${index + 1}: colour "${color}" is not #RRGGBB`,
        );
      }
      record = {
        name: cell(columns.name),
        aliases: splitAliases(cell(columns.alias)),
        color: /^#[0-9a-fA-F]{6}$/.test(color) ? color.toUpperCase() : "",
        email: cell(columns.email),
      };
    } else {
      const [name = "", ...aliases] = line.split(/[;|]/).map((p) => p.trim());
      record = { name, aliases: aliases.filter((a) => a !== ""), color: "", email: "" };
    }
    if (record.name === "") {
      problems.push(`Rad ${index + 1}: namn saknas / Line ${index + 1}: name missing`);
      return;
    }
    const key = ownerKey(record.name);
    if (seen.has(key)) {
      problems.push(
        `Rad ${index + 1}: "${record.name}" finns redan / Line ${index + 1}: "${record.name}" is listed twice`,
      );
      return;
    }
    seen.add(key);
    owners.push(record);
  });
  return { owners, problems };
}

/** A register prepared for many look-ups: comparison keys computed once. */
export interface OwnerIndex {
  readonly byKey: ReadonlyMap<string, OwnerRecord>;
  readonly keys: readonly { readonly key: string; readonly owner: OwnerRecord }[];
}

const indexCache = new WeakMap<readonly OwnerRecord[], OwnerIndex>();

/**
 * Prepares a register for {@link matchOwner} and {@link nearestOwners} (cached per array).
 *
 * @example
 * const index = ownerIndex(owners); // then matchOwner("FG", index)
 */
export function ownerIndex(owners: readonly OwnerRecord[]): OwnerIndex {
  const cached = indexCache.get(owners);
  if (cached !== undefined) return cached;
  const byKey = new Map<string, OwnerRecord>();
  const keys: { key: string; owner: OwnerRecord }[] = [];
  for (const owner of owners) {
    for (const name of [owner.name, ...owner.aliases]) {
      const key = ownerKey(name);
      if (key === "") continue;
      if (!byKey.has(key)) byKey.set(key, owner);
      keys.push({ key, owner });
    }
  }
  const index = { byKey, keys };
  indexCache.set(owners, index);
  return index;
}

function indexOf(owners: readonly OwnerRecord[] | OwnerIndex): OwnerIndex {
  return "byKey" in owners ? owners : ownerIndex(owners);
}

/**
 * The register entry a name stands for: by name or alias, ignoring case, spacing and the
 * definite ending ("Förvaltningsgruppen" = "förvaltningsgrupp").
 *
 * @example
 * matchOwner("fg", [{ name: "Förvaltningsgruppen", aliases: ["FG"], color: "", email: "" }])?.name;
 * // "Förvaltningsgruppen"
 */
export function matchOwner(
  name: string,
  owners: readonly OwnerRecord[] | OwnerIndex,
): OwnerRecord | undefined {
  const key = ownerKey(name);
  if (key === "") return undefined;
  return indexOf(owners).byKey.get(key);
}

export interface NearOwner {
  readonly owner: OwnerRecord;
  /** Edit distance between the compared keys (0 = same key). */
  readonly distance: number;
}

/**
 * The n register entries nearest to a name (by edit distance to the name or an alias), closest
 * first. With `maxDistance`, entries farther away than that are left out (and found faster).
 *
 * @example
 * nearestOwners("Förvaltningsgrupen", owners, 3)[0]?.owner.name; // "Förvaltningsgruppen"
 */
export function nearestOwners(
  name: string,
  owners: readonly OwnerRecord[] | OwnerIndex,
  n: number,
  maxDistance = Number.POSITIVE_INFINITY,
): NearOwner[] {
  const key = ownerKey(name);
  const best = new Map<OwnerRecord, number>();
  for (const candidate of indexOf(owners).keys) {
    const distance = editDistance(key, candidate.key, maxDistance);
    if (distance > maxDistance) continue;
    const known = best.get(candidate.owner);
    if (known === undefined || distance < known) best.set(candidate.owner, distance);
  }
  const scored = [...best].map(([owner, distance]) => ({ owner, distance }));
  scored.sort((a, b) => a.distance - b.distance || a.owner.name.localeCompare(b.owner.name, "sv"));
  return scored.slice(0, Math.max(0, n));
}
