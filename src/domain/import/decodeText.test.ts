import { decodeText } from "./decodeText";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function utf16(s: string, order: "le" | "be", bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (order === "le") bytes.push(c & 0xff, c >> 8);
    else bytes.push(c >> 8, c & 0xff);
  }
  return new Uint8Array(bytes);
}

describe("decodeText", () => {
  it("reads plain UTF-8 with Swedish letters", () => {
    expect(decodeText(utf8("När\tHändelse\n"))).toEqual({ text: "När\tHändelse\n", encoding: "utf-8" });
  });

  it("drops a UTF-8 BOM and reports it", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Åtagande")]);
    expect(decodeText(bytes)).toEqual({ text: "Åtagande", encoding: "utf-8-bom" });
  });

  it.each([
    ["le", true, "utf-16le"],
    ["be", true, "utf-16be"],
    ["le", false, "utf-16le"],
    ["be", false, "utf-16be"],
  ] as const)(
    "reads UTF-16 %s (BOM: %s), as Excel's Unicode text export writes it",
    (order, bom, encoding) => {
      const text = "När\tHändelse\r\n5 februari\tMBL-upplaga\r\n";
      expect(decodeText(utf16(text, order, bom))).toEqual({
        text: "När\tHändelse\n5 februari\tMBL-upplaga\n",
        encoding,
      });
    },
  );

  it("falls back to Windows-1252 for bytes that are not UTF-8", () => {
    // "Förvaltningsgruppen – ansvar" in Windows-1252: ö = 0xF6, en dash = 0x96.
    const bytes = new Uint8Array([0x46, 0xf6, 0x72, 0x20, 0x96, 0x20, 0xe5, 0xe4]);
    expect(decodeText(bytes)).toEqual({ text: "För – åä", encoding: "windows-1252" });
  });

  it("normalises CRLF, CR-only and mixed line endings to \\n and strips NUL bytes", () => {
    expect(decodeText(utf8("a\r\nb\rc\nd\u0000e")).text).toBe("a\nb\nc\nde");
  });

  it("accepts an empty file", () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });
});
