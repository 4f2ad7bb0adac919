/**
 * A tiny string builder for SVG elements. Every attribute value and text node goes through
 * {@link escapeXml}, so plan text ("Budget & mål <utkast>") can never break the markup.
 */

/** An attribute value; undefined and false leave the attribute out. */
export type AttrValue = string | number | boolean | undefined;

export type Attrs = Readonly<Record<string, AttrValue>>;

/**
 * Escapes text for XML content and attribute values (&, <, >, " and ').
 *
 * @example
 * escapeXml(`Budget & "mål" <2008>`); // "Budget &amp; &quot;mål&quot; &lt;2008&gt;"
 */
export function escapeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 forbids (control codes other than tab, LF, CR) would make the file unreadable.
      // eslint-disable-next-line no-control-regex -- matching control characters is the point here
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

/**
 * A number as SVG writes it: at most two decimals, no trailing zeros, never "-0".
 *
 * @example
 * num(12.3456); // "12.35"
 * num(-0.001); // "0"
 */
export function num(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return Object.is(rounded, -0) || rounded === 0 ? "0" : String(rounded);
}

function attrText(attrs: Attrs): string {
  let out = "";
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    const text = value === true ? name : typeof value === "number" ? num(value) : value;
    out += ` ${name}="${escapeXml(text)}"`;
  }
  return out;
}

/**
 * One element. `children` are already-built element strings; pass text through {@link text}.
 *
 * @example
 * el("circle", { cx: 10, cy: 10, r: 3 }); // '<circle cx="10" cy="10" r="3"/>'
 * el("g", { class: "ring" }, [el("title", {}, [text("A & B")])]);
 * // '<g class="ring"><title>A &amp; B</title></g>'
 */
export function el(name: string, attrs: Attrs = {}, children: readonly string[] = []): string {
  const open = `<${name}${attrText(attrs)}`;
  return children.length === 0 ? `${open}/>` : `${open}>${children.join("")}</${name}>`;
}

/**
 * A text node, escaped.
 *
 * @example
 * text("<b>"); // "&lt;b&gt;"
 */
export function text(content: string): string {
  return escapeXml(content);
}
