/**
 * The Fluent theme that follows Office's: dark when Office's body background is dark,
 * light for the light, colorful and white themes, and light when Office tells us nothing.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type PaneTheme = "light" | "dark";

/** The part of Office.context.officeTheme the pane reads. */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
  readonly isDarkTheme?: boolean;
}

/** Relative luminance (0 black … 1 white) of "#rrggbb" or "#rgb"; null when unreadable. */
function luminance(color: string): number | null {
  const hex = color.trim().replace(/^#/, "");
  const full = hex.length === 3 ? hex.replace(/./g, (c) => c + c) : hex;
  if (!/^[0-9a-fA-F]{6}$/.test(full)) return null;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Light or dark, from Office's theme colours. */
export function paneThemeFrom(officeTheme: OfficeThemeColors | undefined): PaneTheme {
  if (officeTheme === undefined) return "light";
  const light = luminance(officeTheme.bodyBackgroundColor ?? "");
  if (light !== null) return light < 0.5 ? "dark" : "light";
  return officeTheme.isDarkTheme === true ? "dark" : "light";
}

/** The Fluent theme for a pane theme. */
export function fluentTheme(theme: PaneTheme): Theme {
  return theme === "dark" ? webDarkTheme : webLightTheme;
}
