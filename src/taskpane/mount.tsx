import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import type { Language } from "../domain/types";
import type { WorkbookPort } from "../excel/workbookPort";
import { App } from "./App";
import type { PaneView } from "./initialView";
import type { PaneTheme } from "./theme";

function rootElement(): HTMLElement {
  const root = document.getElementById("root");
  if (root === null) throw new Error("the page has no #root element");
  return root;
}

/**
 * Render the task pane into #root. Used by Excel's entry and by the test harness alike.
 * Returns a function that unmounts it (the harness reopens the pane in another language).
 */
export function mountPane(
  port: WorkbookPort,
  language: Language,
  theme: PaneTheme,
  initialView: PaneView = "timeline",
): () => void {
  document.documentElement.lang = language === "sv" ? "sv-SE" : "en";
  const root = createRoot(rootElement());
  root.render(
    <StrictMode>
      <App port={port} language={language} theme={theme} initialView={initialView} />
    </StrictMode>,
  );
  return () => root.unmount();
}

/** Render the "runs inside Excel" page (loaded only when there is no Office host). */
export async function mountNoHostPage(): Promise<void> {
  const { NoHostPage } = await import(/* webpackChunkName: "no-host" */ "./NoHostPage");
  document.documentElement.lang = "sv-SE";
  createRoot(rootElement()).render(<NoHostPage />);
}
