import { wrappedLines } from "./textLines";

describe("wrappedLines", () => {
  it("counts one line for short text and for empty text", () => {
    expect(wrappedLines("Beslut", 20)).toBe(1);
    expect(wrappedLines("", 20)).toBe(1);
  });

  it("wraps at word boundaries and counts line breaks", () => {
    expect(wrappedLines("Beslut om tertialrapport 1 i stadsdelsnämnden", 20)).toBe(3);
    expect(wrappedLines("Förvaltningsgruppen\nBilaga 2", 40)).toBe(2);
  });

  it("breaks a word longer than the line", () => {
    expect(wrappedLines("x".repeat(50), 18)).toBe(3);
  });
});
