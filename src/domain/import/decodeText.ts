/**
 * Turns the bytes of a text file into a string, whatever Word, Excel or a web browser wrote:
 * UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text") and Windows-1252.
 */

/** The encodings {@link decodeText} recognises. */
export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

/** A decoded text with \n line endings and the encoding it was read as. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/**
 * Windows-1252 bytes 0x80–0x9F. Node's TextDecoder("windows-1252") decodes them as Latin-1 C1
 * controls (unlike browsers), so they are mapped here; 0 marks the five unassigned bytes.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  return decodeWith("windows-1252", bytes, false).replace(/[\u0080-\u009f]/g, (c) => {
    const mapped = CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? 0;
    return mapped === 0 ? c : String.fromCharCode(mapped);
  });
}

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string {
  return new TextDecoder(label, { fatal }).decode(bytes);
}

/** UTF-16 without BOM: in Latin text every other byte is NUL. Returns the byte order, if any. */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const sample = Math.min(bytes.length, 2000) & ~1;
  if (sample < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul += 1;
    if (bytes[i + 1] === 0) oddNul += 1;
  }
  const pairs = sample / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return "utf-16le";
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return "utf-16be";
  return undefined;
}

function detect(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeWith("utf-8", bytes.subarray(3), false), encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeWith("utf-16le", bytes.subarray(2), false), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeWith("utf-16be", bytes.subarray(2), false), encoding: "utf-16be" };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== undefined) return { text: decodeWith(utf16, bytes, false), encoding: utf16 };
  try {
    return { text: decodeWith("utf-8", bytes, true), encoding: "utf-8" };
  } catch {
    // Invalid UTF-8: an older Windows program wrote it. Every byte is valid Windows-1252.
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

/**
 * Decode a text file's bytes. Line endings (CRLF, CR only or mixed) become "\n" and NUL
 * characters are removed. Never throws.
 *
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x4e, 0xc3, 0xa4, 0x72, 0x0d, 0x0a]));
 * // → { text: "När\n", encoding: "utf-8-bom" }
 * decodeText(new Uint8Array([0x4e, 0xe4, 0x72])); // → { text: "När", encoding: "windows-1252" }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const { text, encoding } = detect(bytes);
  return {
    // A BOM can survive inside the text when a file was concatenated; it is never content.
    text: text
      .replace(/\r\n?/g, "\n")
      .split("\u0000")
      .join("")
      .replace(/\ufeff/g, ""),
    encoding,
  };
}
