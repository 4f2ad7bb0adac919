/**
 * The view the pane opens on. The ribbon's "Exportera .ics" is a ShowTaskpane action whose
 * SourceLocation is taskpane.html?view=calendar (manifest.xml, resid Taskpane.Export.Url): a
 * button that needs UI opens the pane on the right view instead of a dialog from a function
 * command (docs/ARCHITECTURE.md, "Ribbon buttons").
 */
export type PaneView = "timeline" | "calendar" | "wheel" | "rollover";

const VIEWS: readonly PaneView[] = ["timeline", "calendar", "wheel", "rollover"];

/**
 * The view named by `?view=` in a page's query string; the timeline for anything else.
 *
 * @example initialViewFrom("?view=calendar") // "calendar"
 */
export function initialViewFrom(search: string): PaneView {
  const named = new URLSearchParams(search).get("view");
  return VIEWS.find((view) => view === named) ?? "timeline";
}
