import { languageFrom, messages } from "./messages";

describe("pane language from Office's display language", () => {
  it.each(["sv", "sv-SE", "sv-FI", "SV-se", "sv_SE"])("%p gives Swedish", (tag) => {
    expect(languageFrom(tag)).toBe("sv");
  });
  it.each(["en-US", "en-GB", "fi-FI", "nb-NO", "", undefined])("%p gives English", (tag) => {
    expect(languageFrom(tag)).toBe("en");
  });
});

describe("message catalogue", () => {
  it("has the same keys in Swedish and English, none empty", () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.sv).sort());
    for (const text of [...Object.values(messages.sv), ...Object.values(messages.en)]) {
      expect(text.trim()).not.toBe("");
    }
  });
  it("is actually translated: the empty state differs between the languages", () => {
    expect(messages.sv.emptyTitle).not.toBe(messages.en.emptyTitle);
  });
});
