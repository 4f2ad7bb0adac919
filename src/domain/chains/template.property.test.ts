import fc from "fast-check";
import { readChainRules } from "./chainRules";
import { readMark, formatMark, rowChecksum } from "./marker";
import { formatChainStep, parseChainSteps, type ChainStep } from "./template";

const name = fc.constantFrom(
  "ärendestopp",
  "presidium",
  "kallelse",
  "justering",
  "anslag",
  "laga kraft",
  "beredning",
);

/** A chain of distinct steps, each counting from the meeting or an earlier step. */
const chain = fc
  .uniqueArray(
    fc.record({
      name,
      n: fc.integer({ min: 0, max: 60 }),
      workingDays: fc.boolean(),
      before: fc.boolean(),
      mode: fc.constantFrom("due", "follow-up", "earliest"),
      reminder: fc.boolean(),
      fromEarlier: fc.boolean(),
    }),
    { selector: (s) => s.name, minLength: 1, maxLength: 7 },
  )
  .map((specs) =>
    specs.map((s, i): ChainStep => {
      const earlier = i > 0 && s.fromEarlier ? specs[i - 1]?.name : undefined;
      return {
        name: s.name,
        key: s.name,
        offset: (s.before ? -1 : 1) * s.n,
        unit: s.workingDays ? "workingDays" : "days",
        mode: s.before ? "due" : (s.mode as ChainStep["mode"]),
        from: earlier,
        reminder: s.reminder,
      };
    }),
  );

describe("chain templates, for any input", () => {
  it("never throw: any cell text gives steps and problems", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 40 }), (value, flag) => {
        const read = readChainRules([["Kedja: Kommunstyrelsen", flag, value, ""]]);
        expect(Array.isArray(read.templates)).toBe(true);
        expect(Array.isArray(read.problems)).toBe(true);
      }),
    );
  });

  it("read back what they write", () => {
    fc.assert(
      fc.property(chain, (steps) => {
        // (A step "0 dagar före" is written "senast 0 dagar efter": the same day, the same mode.)
        const text = steps.map(formatChainStep).join("; ");
        const read = parseChainSteps(text);
        expect(read.problems).toEqual([]);
        expect(read.steps.map(formatChainStep).join("; ")).toBe(text);
      }),
    );
  });

  it("find their mark again in any notes around it", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 40 }), (notes, event) => {
        const mark = {
          meetingId: "r7k2x9",
          step: "laga kraft",
          date: { year: 2027, month: 12, day: 31 },
          checksum: rowChecksum("senast 31 december", event),
        };
        const found = readMark(`${notes.replace(/\[/gu, "(")} ${formatMark(mark, "sv")}`);
        expect(found).toEqual(mark);
      }),
    );
  });
});
