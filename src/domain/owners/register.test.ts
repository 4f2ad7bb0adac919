import { matchOwner, nearestOwners, parseOwnerRegister } from "./register";

describe("parseOwnerRegister", () => {
  it("reads one name per line with aliases after ; or |", () => {
    const { owners, problems } = parseOwnerRegister(
      "Förvaltningsgruppen; FG\nStadsdelsnämnden | SDN | Nämnden\n\n# kommentar\n",
    );
    expect(owners).toEqual([
      { name: "Förvaltningsgruppen", aliases: ["FG"], color: "", email: "" },
      { name: "Stadsdelsnämnden", aliases: ["SDN", "Nämnden"], color: "", email: "" },
    ]);
    expect(problems).toEqual([]);
  });

  it("reads a CSV with a Swedish header, quoted aliases, colour and e-mail", () => {
    const csv =
      '\uFEFFNamn,Alias,Färg,E-post\r\nFörvaltningsgruppen,"FG; Ledningsgruppen",#1f77b4,fg@example.se\r\nPensionärsrådet,,,\r\n';
    const { owners, problems } = parseOwnerRegister(csv);
    expect(owners).toEqual([
      {
        name: "Förvaltningsgruppen",
        aliases: ["FG", "Ledningsgruppen"],
        color: "#1F77B4",
        email: "fg@example.se",
      },
      { name: "Pensionärsrådet", aliases: [], color: "", email: "" },
    ]);
    expect(problems).toEqual([]);
  });

  it("reads a TSV with an English header and reports bad lines without stopping", () => {
    const tsv =
      "Name\tColor\tEmail\nBudgetberedningen\tred\tb@example.se\n\t\tx@example.se\nbudgetberedningen\t\t\nKommunstyrelsen\t\t\n";
    const { owners, problems } = parseOwnerRegister(tsv);
    expect(owners.map((o) => o.name)).toEqual(["Budgetberedningen", "Kommunstyrelsen"]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('"red"');
    expect(problems[2]).toContain("listed twice");
  });
});

describe("matchOwner and nearestOwners", () => {
  const { owners } = parseOwnerRegister(
    "Förvaltningsgruppen; FG\nAvdelningschefer\nStadsdelsnämnden\nStadsdelsdirektören",
  );

  it("matches by name, alias, case and definite form", () => {
    expect(matchOwner("fg", owners)?.name).toBe("Förvaltningsgruppen");
    expect(matchOwner("  förvaltningsgruppen ", owners)?.name).toBe("Förvaltningsgruppen");
    expect(matchOwner("Avdelningscheferna", owners)?.name).toBe("Avdelningschefer");
    expect(matchOwner("Förvaltningsgrupen", owners)).toBeUndefined();
    expect(matchOwner("", owners)).toBeUndefined();
  });

  it("ranks the nearest names by edit distance", () => {
    expect(nearestOwners("Förvaltningsgrupen", owners, 2).map((n) => n.owner.name)).toEqual([
      "Förvaltningsgruppen",
      expect.any(String),
    ]);
    expect(nearestOwners("Stadsdelsnämden", owners, 1)[0]).toMatchObject({
      owner: { name: "Stadsdelsnämnden" },
      distance: 1,
    });
  });
});
