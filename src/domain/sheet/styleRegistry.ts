/**
 * Collects the named styles of a sheet model as a builder hands them out.
 *
 * @example
 * const styles = new StyleRegistry();
 * const name = styles.use("title", { bold: true }); // "title"
 * styles.toRecord(); // { title: { bold: true } }
 */
import type { CellStyle } from "./sheetModel";

export class StyleRegistry {
  private readonly styles: Record<string, CellStyle> = {};

  /** Registers (once) and returns the style's name. */
  use(name: string, style: CellStyle): string {
    if (!(name in this.styles)) this.styles[name] = style;
    return name;
  }

  toRecord(): Readonly<Record<string, CellStyle>> {
    return { ...this.styles };
  }
}
