/**
 * Issue 7, properties: importTimeline and decodeText never throw on the hostile character
 * classes (NUL, right-to-left marks and overrides, combining marks, emoji, lone surrogates),
 * and whatever they read keeps those characters rather than losing the row.
 */
import fc from "fast-check";
import { decodeText } from "./decodeText";
import { importTimeline } from "./importTimeline";

const HOSTILE = [
  "\u0000",
  "\u200f", // RIGHT-TO-LEFT MARK
  "\u202e", // RIGHT-TO-LEFT OVERRIDE
  "\u202c",
  "\u0301", // COMBINING ACUTE ACCENT
  "\u030a", // COMBINING RING ABOVE
  "🎉",
  "👩‍👩‍👧",
  "🇸🇪",
  "\ud800", // lone high surrogate
  "\udc00", // lone low surrogate
  "\ufeff",
  "مراجعة",
  "סקירה",
];
const TIMELINE = ["\t", "\n", "\r", ";", '"', "När", "Händelse", "Ansvarig", "5 mars", "MARS", "KS", " "];

const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.constantFrom(...TIMELINE), fc.string({ maxLength: 5 })), {
    maxLength: 80,
  })
  .map((parts) => parts.join(""));

describe("importTimeline on hostile characters", () => {
  it("never throws, with or without a header row around them", () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (text, withHeader) => {
        const input = withHeader ? `När\tHändelse\tAnsvarig\n${text}` : text;
        expect(() => importTimeline({ text: input, planYear: 2026 })).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on the bytes of such text in any encoding decodeText reads", () => {
    fc.assert(
      fc.property(
        hostileText,
        fc.constantFrom("utf8", "utf16le", "latin1") as fc.Arbitrary<BufferEncoding>,
        (text, enc) => {
          const decoded = decodeText(new Uint8Array(Buffer.from(text, enc)));
          expect(decoded.text).not.toContain("\u0000");
          expect(() => importTimeline({ text: decoded.text, planYear: 2026 })).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps an event of hostile characters on its dated row", () => {
    const event = fc
      .array(fc.constantFrom(...HOSTILE.filter((c) => c !== "\u0000" && c !== "\ufeff"), "a", "Ö"), {
        minLength: 1,
        maxLength: 12,
      })
      .map((parts) => `x${parts.join("")}`);
    fc.assert(
      fc.property(event, (text) => {
        const result = importTimeline({
          text: `När\tHändelse\tAnsvarig\n5 mars\t${text}\tKS\n`,
          planYear: 2026,
        });
        expect(result.ok && result.timeline.entries.map((e) => e.event)).toEqual([text]);
      }),
      { numRuns: 300 },
    );
  });
});
