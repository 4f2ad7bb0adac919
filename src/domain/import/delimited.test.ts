import fc from "fast-check";
import { guessSeparator, parseDelimited, type Separator } from "./delimited";

describe("parseDelimited", () => {
  it("reads quoted fields with separators, doubled quotes and line breaks, keeping start lines", () => {
    const text = 'När;Händelse\n"5 feb";"Beslut; ""stort""\nrad 2"\n6 feb;Nästa';
    expect(parseDelimited(text, ";")).toEqual([
      { line: 1, cells: ["När", "Händelse"] },
      { line: 2, cells: ["5 feb", 'Beslut; "stort"\nrad 2'] },
      { line: 4, cells: ["6 feb", "Nästa"] },
    ]);
  });

  it("reads an unbalanced quote as an ordinary character instead of swallowing the file", () => {
    const text = 'När,Händelse\n5 feb,"Beslut om budget\n6 feb,Nästa';
    expect(parseDelimited(text, ",")).toEqual([
      { line: 1, cells: ["När", "Händelse"] },
      { line: 2, cells: ["5 feb", '"Beslut om budget'] },
      { line: 3, cells: ["6 feb", "Nästa"] },
    ]);
  });

  it("keeps empty cells of TSV rows", () => {
    expect(parseDelimited("\tBokslut\t\n", "\t")).toEqual([{ line: 1, cells: ["", "Bokslut", ""] }]);
  });
});

describe("guessSeparator", () => {
  it.each([
    ["När\tHändelse\n5 feb\tBeslut, stort", "\t"],
    ["När;Händelse;Ansvar\n5 feb;Beslut, stort, viktigt;KS", ";"],
    ["When,Event,Owner\n5 Feb,Decision; final,Board", ","],
  ])("%j → %j", (text, separator) => {
    expect(guessSeparator(text)).toBe(separator);
  });
});

describe("bug: an unbalanced quote in a CSV swallowed the following rows into one cell", () => {
  it("reads the opening quote as a character when the quoted field would span rows and end mid-field", () => {
    const text = 'När,Händelse,Ansvarig\n5 mars,"Budget,KS\n6 mars,MBL,KF\n7 mars,Beslut "om" skatt,KS';
    const records = parseDelimited(text, ",");
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    expect(records[1]?.cells).toEqual(["5 mars", '"Budget', "KS"]);
    expect(records[2]?.cells).toEqual(["6 mars", "MBL", "KF"]);
    expect(records[3]?.cells).toEqual(["7 mars", 'Beslut "om" skatt', "KS"]);
  });

  it("still reads a well-formed quoted field with a line break", () => {
    const records = parseDelimited('5 mars,"rad 1\nrad 2",KS\n6 mars,MBL,KF', ",");
    expect(records.map((r) => r.cells)).toEqual([
      ["5 mars", "rad 1\nrad 2", "KS"],
      ["6 mars", "MBL", "KF"],
    ]);
  });
});

describe("a text without quotes (read with the engine's split) gives the same records as the general reader", () => {
  it("matches the general reader, which a quote at the very end forces, for any unquoted text", () => {
    const unit = fc.constantFrom("a", "å", "É", " ", "  ", "\t", ";", ",", "\n", "\n\n", "5 feb");
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 30 }),
        fc.constantFrom("\t", ";", ",") as fc.Arbitrary<Separator>,
        (text, sep) => {
          // A lone quote at the end cannot close, so it is read as an ordinary last character.
          const general = parseDelimited(`${text}"`, sep);
          const last = general.pop();
          if (last !== undefined) {
            const cells = [...last.cells];
            cells[cells.length - 1] = (cells[cells.length - 1] ?? "").slice(0, -1);
            if (cells.length > 1 || cells[0] !== "") general.push({ line: last.line, cells });
          }
          expect(parseDelimited(text, sep)).toEqual(general);
        },
      ),
    );
  });

  it("keeps empty lines as records with their line numbers and drops the empty text after the last line break", () => {
    expect(parseDelimited("När\tHändelse\n\n5 feb\tMBL\n", "\t")).toEqual([
      { line: 1, cells: ["När", "Händelse"] },
      { line: 2, cells: [""] },
      { line: 3, cells: ["5 feb", "MBL"] },
    ]);
  });
});
