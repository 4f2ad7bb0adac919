import { readRegler, reglerDefaultRows } from "../governance/reglerTable";
import { chainDefaultRows, readChainRules } from "./chainRules";
import { formatChainStep, parseChainSteps } from "./template";

describe("parseChainSteps", () => {
  it("reads calendar days, working days, weeks, before and after, a reference step and a reminder", () => {
    const read = parseChainSteps(
      "ärendestopp 10 arbetsdagar före (påminnelse); presidium 1 vecka före; justering senast 14 dagar efter; anslag senast 2 dagar efter justering; laga kraft tidigast 21 dagar efter anslag; expediering 3 ad efter",
    );
    expect(read.problems).toEqual([]);
    expect(read.steps.map((s) => [s.key, s.offset, s.unit, s.mode, s.from ?? "", s.reminder])).toEqual([
      ["ärendestopp", -10, "workingDays", "due", "", true],
      ["presidium", -7, "days", "due", "", false],
      ["justering", 14, "days", "due", "", false],
      ["anslag", 2, "days", "due", "justering", false],
      ["laga kraft", 21, "days", "earliest", "anslag", false],
      ["expediering", 3, "workingDays", "follow-up", "", false],
    ]);
  });

  it("writes every step back as it reads it", () => {
    const text =
      "ärendestopp 10 arbetsdagar före (påminnelse); kallelse 5 dagar före; anslag senast 2 dagar efter; laga kraft tidigast 21 dagar efter anslag";
    const steps = parseChainSteps(text).steps;
    expect(steps.map(formatChainStep).join("; ")).toBe(text);
  });

  it("says what is wrong with a step it cannot read and reads the rest, never throwing", () => {
    const read = parseChainSteps(
      "kallelse fem dagar före; justering senast 14 dagar efter; anslag 2 dagar efter beslut",
    );
    expect(read.steps.map((s) => s.key)).toEqual(["justering", "anslag"]);
    expect(read.steps[1]?.from).toBeUndefined();
    expect(read.problems).toHaveLength(2);
    expect(read.problems[0]?.sv).toContain("kallelse fem dagar före");
    expect(read.problems[1]?.en).toContain('no step "beslut"');
  });
});

describe("chain rows of the Regler table", () => {
  it("gives the default chains when the table has no chain row", () => {
    const read = readChainRules([["Regel", "På/Av", "Värde", "Kommentar"]]);
    expect(read.templates.map((t) => [t.organ, t.level])).toEqual([
      ["fullmäktige", "assembly"],
      ["styrelsen", "executive"],
      ["nämnd", "board"],
    ]);
  });

  it("leaves out a chain turned off and reports an unreadable one with its row", () => {
    const read = readChainRules([
      ["Regel", "På/Av", "Värde", "Kommentar"],
      ["Kedja: Kommunstyrelsen", "Av", "kallelse 5 dagar före", ""],
      ["Kedja: Socialnämnden", "På", "kallelse senast i god tid", ""],
      ["Kedja:", "På", "kallelse 5 dagar före", ""],
    ]);
    expect(read.templates).toEqual([]);
    expect(read.problems.map((p) => p.row)).toEqual([3, 4]);
  });

  it("is written by Skapa regeltabell and not reported as an unknown rule by readRegler", () => {
    const rows = reglerDefaultRows("sv");
    expect(rows.slice(-3)).toEqual(chainDefaultRows("sv"));
    expect(readRegler(rows).problems).toEqual([]);
    expect(readChainRules(rows).problems).toEqual([]);
    expect(readChainRules(reglerDefaultRows("en")).templates).toHaveLength(3);
  });
});
