/**
 * The browser-test harness: the same task pane as in Excel, on an in-memory workbook.
 * There is no Office host here (Office.onReady gives host null), so the language and theme
 * come from the URL: ?lang=sv-SE|en-US, ?theme=light|dark, ?plan=<title>&year=<year>.
 */
import { createMemoryWorkbook } from "../excel/memoryWorkbook";
import type { PlanInfo } from "../domain/types";
import { languageFrom } from "../taskpane/i18n/messages";
import { mountPane } from "../taskpane/mount";
import { paneThemeFrom } from "../taskpane/theme";

function planFrom(params: URLSearchParams): PlanInfo | undefined {
  const title = params.get("plan");
  const year = Number(params.get("year"));
  return title === null || !Number.isInteger(year) || year === 0 ? undefined : { title, year };
}

async function start(): Promise<void> {
  await Office.onReady();
  const params = new URLSearchParams(window.location.search);
  const theme = params.get("theme") === "dark" ? paneThemeFrom({ bodyBackgroundColor: "#262626" }) : "light";
  const plan = planFrom(params);
  mountPane(
    createMemoryWorkbook(plan === undefined ? undefined : { plan }),
    languageFrom(params.get("lang") ?? undefined),
    theme,
  );
}

void start();
