import fc from "fast-check";
import { HEADER_MAX_CHARS, headerText } from "./headerText";

/** What Excel prints for a header section: "&&" is one "&" (the only code headerText emits). */
const printed = (code: string) => code.replace(/&&/g, "&");

describe("headerText", () => {
  it("writes an ampersand in a plan title as && so Excel prints it and reads no code", () => {
    expect(headerText("Vård & omsorg &P")).toBe("Vård && omsorg &&P");
    expect(printed(headerText("Vård & omsorg &P"))).toBe("Vård & omsorg &P");
  });

  it("keeps a long title within Excel's 255 characters, codes around it included", () => {
    const title = "Tidsplan för verksamhetsledning & uppföljning ".repeat(10);
    const code = headerText(title, 2);
    expect(code.length + 2).toBeLessThanOrEqual(HEADER_MAX_CHARS);
    expect(code.endsWith("…")).toBe(true);
  });

  it("never leaves a lone & (a half code) and never exceeds the limit, for any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 0, max: 10 }), (text, reserved) => {
        const code = headerText(text, reserved);
        expect(code.length + reserved).toBeLessThanOrEqual(HEADER_MAX_CHARS);
        expect(code.replace(/&&/g, "")).not.toContain("&");
        const shown = printed(code);
        expect(shown === text || (shown.endsWith("…") && text.startsWith(shown.slice(0, -1)))).toBe(true);
      }),
    );
  });
});
