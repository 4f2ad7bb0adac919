/**
 * Spacing in a text: runs of blanks, and blanks other than a plain space (tabs, line breaks,
 * no-break spaces), made one plain space each.
 */

/** Two blanks in a row, or a blank other than a plain space: only then is there spacing to tidy. */
const UNTIDY_SPACE = /\s\s|[^\S ]/;

/**
 * The text with every run of blanks as one plain space; the same string when it has none to
 * tidy (most texts: no new string per row or per finding of a big plan).
 *
 * @example
 * singleSpaced("Beslut\ti  KF") // → "Beslut i KF"
 */
export function singleSpaced(text: string): string {
  return UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, " ") : text;
}
