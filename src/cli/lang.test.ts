import { cliLanguage, langFromArgv } from "./lang";

describe("cliLanguage", () => {
  it.each([
    [undefined, { LANG: "sv_SE.UTF-8" }, "sv"],
    [undefined, { LC_ALL: "sv_FI" }, "sv"],
    [undefined, { LC_MESSAGES: "sv_SE", LANG: "en_US" }, "sv"],
    [undefined, { LC_ALL: "en_GB.UTF-8", LANG: "sv_SE.UTF-8" }, "en"],
    [undefined, {}, "en"],
    ["en", { LANG: "sv_SE.UTF-8" }, "en"],
    ["sv", { LANG: "C" }, "sv"],
  ] as const)("--lang %s with %j → %s", (flag, env, expected) => {
    expect(cliLanguage(flag, env)).toBe(expected);
  });

  it("finds --lang before the arguments are parsed", () => {
    expect(langFromArgv(["import", "--lang", "sv"])).toBe("sv");
    expect(langFromArgv(["import", "--lang=en"])).toBe("en");
    expect(langFromArgv(["import"])).toBeUndefined();
  });
});
