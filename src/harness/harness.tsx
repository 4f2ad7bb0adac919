/**
 * The browser-test harness: the same task pane as in Excel, on an in-memory workbook.
 * There is no Office host here (Office.onReady gives host null), so the language and theme
 * come from the URL: ?lang=sv-SE|en-US, ?theme=light|dark, ?plan=<title>&year=<year>, and
 * ?fail=<port error code> to make the workbook reads fail as Excel would.
 */
import { createMemoryWorkbook } from "../excel/memoryWorkbook";
import { failingReads, isPortErrorCode } from "./failingPort";
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
  const memory = createMemoryWorkbook(plan === undefined ? undefined : { plan });
  const fail = params.get("fail");
  const port = isPortErrorCode(fail) ? failingReads(memory, fail) : memory;
  mountPane(port, languageFrom(params.get("lang") ?? undefined), theme);
}

void start();
