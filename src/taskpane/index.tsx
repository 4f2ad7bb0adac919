/**
 * The task pane's entry. In Excel: the pane on the Office.js workbook, in Office's display
 * language and theme. In a plain browser (no host, or office.js not loaded): the page that says
 * Tidsplan runs inside Excel. Never a blank page or an uncaught exception.
 */
import { languageFrom } from "./i18n/messages";
import { initialViewFrom } from "./initialView";

async function start(): Promise<void> {
  // Fetch the pane while Office initialises, rather than after.
  const mountLoading = Promise.all([
    import(/* webpackChunkName: "pane" */ "./mount"),
    import(/* webpackChunkName: "pane" */ "./theme"),
  ]);
  const info = typeof Office === "undefined" ? { host: null } : await Office.onReady();
  const [mount, { paneThemeFrom }] = await mountLoading;
  if (info.host === null || info.host === undefined || typeof Excel === "undefined") {
    await mount.mountNoHostPage();
    return;
  }
  const { createOfficeWorkbook } = await import(
    /* webpackChunkName: "office-workbook" */ "../excel/officeWorkbook"
  );
  mount.mountPane(
    createOfficeWorkbook(),
    languageFrom(Office.context.displayLanguage),
    paneThemeFrom(Office.context.officeTheme),
    initialViewFrom(window.location.search),
  );
}

start().catch((error: unknown) => {
  // A last resort so the user never faces a blank pane.
  const root = document.getElementById("root");
  if (root !== null) {
    root.textContent =
      "Tidsplan kunde inte starta. Stäng och öppna fönstret igen. / Tidsplan could not start. Close and reopen the pane.";
  }
  console.error(error);
});
