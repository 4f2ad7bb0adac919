import { el, escapeXml, num, text } from "./svg";

describe("svg builder", () => {
  it("escapes the five XML specials in text and attributes", () => {
    expect(escapeXml(`Budget & "mål" <2008> 'prel'`)).toBe(
      "Budget &amp; &quot;mål&quot; &lt;2008&gt; &apos;prel&apos;",
    );
    expect(el("g", { "data-entry-id": `a"b<c` }, [el("title", {}, [text("A & B")])])).toBe(
      '<g data-entry-id="a&quot;b&lt;c"><title>A &amp; B</title></g>',
    );
  });

  it("drops control characters that XML forbids", () => {
    expect(escapeXml("a\u0001b\tc")).toBe("ab\tc");
  });

  it("writes numbers with at most two decimals and leaves out undefined attributes", () => {
    expect(num(12.3456)).toBe("12.35");
    expect(num(-0.001)).toBe("0");
    expect(el("circle", { cx: 1.005, r: 3, stroke: undefined })).toBe('<circle cx="1" r="3"/>');
  });
});
