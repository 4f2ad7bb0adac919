import { parseArgs } from "./args";

describe("parseArgs", () => {
  it("reads positionals and every flag the CLI documents", () => {
    expect(
      parseArgs([
        "plan.txt",
        "--year",
        "2007",
        "--json",
        "--owners",
        "o.csv",
        "--ics=out.ics",
        "--xlsx",
        "out.xlsx",
        "--owner",
        "KS",
        "--profile",
        "separate",
        "--lang",
        "sv",
        "--svg",
        "w.svg",
      ]),
    ).toEqual({
      ok: true,
      positionals: ["plan.txt"],
      options: {
        year: 2007,
        json: true,
        owners: "o.csv",
        ics: "out.ics",
        xlsx: "out.xlsx",
        owner: "KS",
        profile: "separate",
        lang: "sv",
        svg: "w.svg",
      },
    });
  });

  it.each([
    [["--colour"], "Unknown flag --colour."],
    [["--year"], "--year needs a value."],
    [["--year", "07"], '--year needs a year (YYYY), not "07".'],
    [["--profile", "merge"], '--profile is add or separate, not "merge".'],
    [["--lang", "de"], '--lang is sv or en, not "de".'],
    [["--json=yes"], "--json takes no value."],
  ])("refuses %j", (argv, en) => {
    expect(parseArgs(argv)).toMatchObject({ ok: false, message: { en } });
  });

  it("refuses a flag the command does not take, but always accepts --help", () => {
    expect(parseArgs(["--ics", "x.ics"], ["year", "json"])).toMatchObject({
      ok: false,
      message: { en: "Unknown flag --ics." },
    });
    expect(parseArgs(["-h"], ["year"])).toEqual({ ok: true, positionals: [], options: { help: true } });
  });

  it("treats everything after -- as positionals", () => {
    expect(parseArgs(["--", "--json"])).toEqual({ ok: true, positionals: ["--json"], options: {} });
  });
});
