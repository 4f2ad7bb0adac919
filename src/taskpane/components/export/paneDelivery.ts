/**
 * The pane's side of handing a calendar file over: a Blob download, the system browser on Mac
 * (Office.context.ui.openBrowserWindow), and the clipboard. The decision itself is made in
 * src/workflows/exportCalendar.ts; this file only knows the browser and Office surfaces.
 */
import type { IcsDeliverySurface, IcsFile } from "../../../workflows/exportCalendar";

/** The event the harness's simulated Mac fires instead of opening a browser window. */
export const SIMULATED_BROWSER_WINDOW_EVENT = "tidsplan:openBrowserWindow";

let simulatedMac = false;

/** Harness only: behave as Excel on Mac, reporting openBrowserWindow as a window event. */
export function simulateMacHost(): void {
  simulatedMac = true;
}

/** Save a file through a Blob and an `<a download>` (Excel on the web and on Windows). */
export function downloadFile(file: IcsFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: "text/calendar;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function officeContext(): Office.Context | undefined {
  return typeof Office === "undefined" ? undefined : (Office.context as Office.Context | undefined);
}

/**
 * True where the pane's web view cannot save a download: Excel on Mac (WKWebView, office-js
 * #2700, #3385) and Excel on iPad (platform "iOS", the same WKWebView). There the file goes to the
 * system browser through openBrowserWindow, which OpenBrowserWindowApi 1.1 provides on Mac and
 * iPad (https://learn.microsoft.com/javascript/api/requirement-sets/common/open-browser-window-api-requirement-sets);
 * without it the pane offers Copy and says what to do.
 *
 * @example cannotDownloadOn("iOS") // true
 */
export function cannotDownloadOn(platform: string | undefined): boolean {
  // Office.PlatformType.Mac and Office.PlatformType.iOS, as strings so this runs without Office.
  return platform === "Mac" || platform === "iOS";
}

function isMacHost(): boolean {
  const platform = officeContext()?.platform;
  return cannotDownloadOn(platform === undefined ? undefined : String(platform));
}

function officeOpenBrowserWindow(): ((url: string) => void) | undefined {
  const ui = officeContext()?.ui;
  if (ui === undefined || typeof ui.openBrowserWindow !== "function") return undefined;
  return (url) => ui.openBrowserWindow(url);
}

/** The surface the export view hands files to, on this host. */
export function paneDeliverySurface(): IcsDeliverySurface {
  const downloadPageUrl = new URL("download.html", window.location.href).href;
  if (simulatedMac) {
    return {
      isMac: true,
      download: downloadFile,
      openBrowserWindow: (url) =>
        window.dispatchEvent(new CustomEvent(SIMULATED_BROWSER_WINDOW_EVENT, { detail: url })),
      downloadPageUrl,
    };
  }
  const open = officeOpenBrowserWindow();
  return {
    isMac: isMacHost(),
    download: downloadFile,
    ...(open === undefined ? {} : { openBrowserWindow: open }),
    downloadPageUrl,
  };
}

/** Put text on the clipboard; falls back to a hidden textarea and execCommand("copy"). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard !== undefined) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Clipboard permission denied (common in Office web views): try the older way below.
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  try {
    // execCommand is deprecated but is the only copy path where the async clipboard is blocked.
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
