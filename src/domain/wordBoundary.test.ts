import fc from "fast-check";
import { inferKind } from "./import/inferKind";
import { matterStep } from "./validate/matters";
import { asciiWords, WORD_END, WORD_START } from "./wordBoundary";

/**
 * The spellings in wordBoundary.ts must mean exactly what `\b` means under /iu. Strings are
 * drawn from the characters where they could differ: letters and digits, `_`, å/ä/ö, ſ (folds to
 * s), the Kelvin sign (folds to k), spaces and punctuation, and the words the patterns look for.
 */
const PIECES = [
  "a",
  "k",
  "s",
  "m",
  "b",
  "l",
  "_",
  "1",
  "å",
  "ä",
  "ö",
  "ſ",
  "\u212a",
  " ",
  "-",
  ".",
  "(",
  "é",
  "mbl",
  "MBL",
  "draft",
  "report",
  "meeting",
  "informed",
  "completed",
  "is presented",
  "utkast",
  "beslutar",
  "beslut",
  "färdigställs",
  "fullmäktige",
  "i fullmäktige",
  "tertialrapport 1",
  "verksamhetsplan 2008",
  "budget",
  "dialog",
  "pensionärsråd",
  "informeras",
  "rapport",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(""));

describe("wordBoundary", () => {
  it.each(["mbl", "draft|is presented|are presented", "report|completed", "meeting", "beslutar"])(
    "asciiWords(%p) matches where \\b…\\b does under /iu, at the same place",
    (list) => {
      const fast = new RegExp(asciiWords(list), "iu");
      const plain = new RegExp(`\\b(?:${list})\\b`, "iu");
      fc.assert(fc.property(text, (s) => expect(fast.exec(s)?.index).toBe(plain.exec(s)?.index)));
    },
  );

  it("WORD_START and WORD_END are \\b next to an ASCII letter, also for ſ and the Kelvin sign", () => {
    const start = new RegExp(`${WORD_START}s`, "iu");
    const end = new RegExp(`k${WORD_END}`, "iu");
    fc.assert(
      fc.property(text, (s) => {
        expect(start.exec(s)?.index).toBe(/\bs/iu.exec(s)?.index);
        expect(end.exec(s)?.index).toBe(/k\b/iu.exec(s)?.index);
      }),
    );
    expect(start.test("ſ")).toBe(true); // ſ folds to s under /iu
    expect(start.test("kſ")).toBe(false); // …and is a word character before it
  });

  it("gives the kinds and matter steps a reader expects at word edges", () => {
    expect(inferKind("Draft plan sent out")).toBe("draft");
    expect(inferKind("Redrafting of the plan")).toBe("other");
    expect(inferKind("Report_2 completed")).toBe("report");
    expect(matterStep("Utkast till verksamhetsplan 2008")).toEqual({
      matter: "verksamhetsplan 2008",
      step: "draft",
    });
    expect(matterStep("Förutkast till verksamhetsplan 2008")).toBeUndefined();
    expect(matterStep("Beslutar om budget 2008 i nämnden")).toEqual({
      matter: "budget 2008",
      step: "decision",
    });
  });
});
