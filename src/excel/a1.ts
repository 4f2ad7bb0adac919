/**
 * A1-address helpers for the Office adapter (pure).
 */

/**
 * The column letters of a 0-based column index.
 *
 * @example
 * columnLetters(0)  // → "A"
 * columnLetters(27) // → "AB"
 */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The 0-based first and last column of an address such as "Tidsplan!I5:J20" or "C7".
 * Null when it is not a cell-range address.
 *
 * @example
 * addressColumns("Tidsplan!I5:J20") // → { first: 8, last: 9 }
 */
export function addressColumns(address: string): { first: number; last: number } | null {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const match = /^\$?([A-Za-z]+)\$?\d*(?::\$?([A-Za-z]+)\$?\d*)?$/.exec(local);
  if (match === null || match[1] === undefined) return null;
  const first = columnIndex(match[1]);
  const last = match[2] === undefined ? first : columnIndex(match[2]);
  return { first: Math.min(first, last), last: Math.max(first, last) };
}
