/**
 * Excel's error values as a cell shows them: a formula that failed (#REF!, #N/A …). In an .xlsx
 * they are stored by their English names; a Swedish Excel shows the Swedish ones (#SAKNAS! …),
 * and text copied from it carries those.
 */
const ENGLISH = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
];
const SWEDISH = [
  "#SKÄRNING!",
  "#DIVISION/0!",
  "#VÄRDEFEL!",
  "#REFERENS!",
  "#NAMN?",
  "#OGILTIGT!",
  "#SAKNAS!",
  "#BERÄKNING!",
];
const ERROR_VALUES: ReadonlySet<string> = new Set([...ENGLISH, ...SWEDISH]);

/**
 * Whether a cell's whole text is one of Excel's error values (case as Excel writes them).
 *
 * @example
 * isExcelErrorValue("#N/A")     // → true
 * isExcelErrorValue("#SAKNAS!") // → true
 * isExcelErrorValue("#3 i ordningen") // → false
 */
export function isExcelErrorValue(text: string): boolean {
  const value = text.trim();
  return value.length <= 14 && value.startsWith("#") && ERROR_VALUES.has(value.toUpperCase());
}
