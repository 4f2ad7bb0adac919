import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { fluentTheme, paneThemeFrom } from "./theme";

describe("pane theme follows Office's theme", () => {
  it.each([
    ["Office dark grey", "#262626", "dark"],
    ["Office black", "#000", "dark"],
    ["Office white", "#ffffff", "light"],
    ["Office colorful (light body)", "#F3F3F3", "light"],
  ])("%s body background %s gives %s", (_name, bodyBackgroundColor, expected) => {
    expect(paneThemeFrom({ bodyBackgroundColor })).toBe(expected);
  });

  it("falls back to isDarkTheme, then to light", () => {
    expect(paneThemeFrom({ bodyBackgroundColor: "", isDarkTheme: true })).toBe("dark");
    expect(paneThemeFrom({})).toBe("light");
    expect(paneThemeFrom(undefined)).toBe("light");
  });

  it("maps to Fluent's web themes", () => {
    expect(fluentTheme("dark")).toBe(webDarkTheme);
    expect(fluentTheme("light")).toBe(webLightTheme);
  });
});
