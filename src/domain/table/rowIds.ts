/**
 * Short stable row IDs for the table's ID column (ICS UIDs are built from them).
 */

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,23}$/;

/**
 * A new ID, "r" followed by five letters/digits, not in `taken`. `random` returns [0, 1).
 *
 * @example
 * newRowId(new Set(["r7k2x9"])) // → e.g. "rb03qz"
 */
export function newRowId(taken: ReadonlySet<string>, random: () => number = Math.random): string {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    let id = "r";
    for (let i = 0; i < 5; i += 1) {
      id += ALPHABET[Math.floor(random() * ALPHABET.length) % ALPHABET.length] ?? "0";
    }
    if (!taken.has(id)) return id;
  }
  // A broken random source (or tens of millions of rows): count instead of looping forever.
  for (let n = taken.size; ; n += 1) {
    const id = `r${n.toString(36)}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * True when `id` can stand in the ID column as it is (short, no spaces or odd characters).
 *
 * @example
 * isUsableRowId("r7k2x9") // → true
 * isUsableRowId("=1+1")   // → false
 */
export function isUsableRowId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/**
 * Fill in IDs for the rows that have none (""), keeping every existing ID, all unique.
 * A duplicated existing ID is kept on its first row and replaced on the later ones.
 *
 * @example
 * assignMissingIds(["a1", "", "a1"]) // → ["a1", "r…", "r…"]
 */
export function assignMissingIds(ids: readonly string[], random: () => number = Math.random): string[] {
  const taken = new Set(ids.filter((id) => id !== ""));
  const seen = new Set<string>();
  return ids.map((id) => {
    if (id !== "" && !seen.has(id)) {
      seen.add(id);
      return id;
    }
    const fresh = newRowId(taken, random);
    taken.add(fresh);
    seen.add(fresh);
    return fresh;
  });
}
