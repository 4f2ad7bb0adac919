import { normalizeOwnerName, splitOwnerCell } from "./ownerSplit";

describe("splitOwnerCell", () => {
  it.each([
    ["Avdelningscheferna ansvarar", "Avdelningscheferna", ""],
    ["Enhetscheferna ansvarar", "Enhetscheferna", ""],
    [
      "Dialoger över avdelningsgränser uppmuntras. Avdelningschefer ansvarar",
      "Avdelningscheferna",
      "Dialoger över avdelningsgränser uppmuntras.",
    ],
    ["Förvaltningsgruppen", "Förvaltningsgruppen", ""],
    [
      "Avdelningscheferna ansvarar för att planera denna information och dialog.",
      "Avdelningscheferna",
      "Avdelningscheferna ansvarar för att planera denna information och dialog.",
    ],
    ["Enligt anvisningar", "", "Enligt anvisningar"],
    [
      "Muntlig information och en första dialog om principer, prioriteringar och mål",
      "",
      "Muntlig information och en första dialog om principer, prioriteringar och mål",
    ],
    [
      "Planering inför arbetet med verksamhetsplan 2008",
      "",
      "Planering inför arbetet med verksamhetsplan 2008",
    ],
    [
      "Diskussion mellan ledningen och representanter för avdelningarna",
      "",
      "Diskussion mellan ledningen och representanter för avdelningarna",
    ],
    // A council's meeting names the council as owner.
    ["Pensionärsrådets sammanträde", "Pensionärsrådet", ""],
    ["Handikapprådets sammanträde", "Handikapprådet", ""],
    ["Extra nämnd", "Extra nämnd", ""],
    ["Pensionärsrådet", "Pensionärsrådet", ""],
    ["Ansvarig: Ekonomichefen", "Ekonomichefen", ""],
    ["", "", ""],
  ])("%j → owner %j, notes %j", (cell, owner, notes) => {
    expect(splitOwnerCell(cell)).toEqual({ owner, notes });
  });
});

describe("normalizeOwnerName", () => {
  it.each([
    ["Avdelningschefer", "Avdelningscheferna"],
    ["Avdelningscheferna", "Avdelningscheferna"],
    ["enhetschefer", "Enhetscheferna"],
    ["Enhetscheferna", "Enhetscheferna"],
    ["FÖRVALTNINGSGRUPPEN", "Förvaltningsgruppen"],
    ["  Förvaltningsgruppen. ", "Förvaltningsgruppen"],
    ["KS", "KS"],
    ["", ""],
  ])("%j → %j", (name, expected) => {
    expect(normalizeOwnerName(name)).toBe(expected);
  });
});
