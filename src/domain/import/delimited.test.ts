import { guessSeparator, parseDelimited } from "./delimited";

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
