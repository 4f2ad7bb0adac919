/**
 * The browser-test harness: the same task pane as in Excel, on an in-memory workbook.
 * There is no Office host here (Office.onReady gives host null), so the language and theme
 * come from the URL: ?lang=sv-SE|en-US, ?theme=light|dark, ?plan=<title>&year=<year>, and
 * ?fail=<port error code> to make the workbook reads fail as Excel would.
 * ?seed=1 imports the seed timeline (fetched from {@link SEED_PATH}: a browser test routes it
 * to examples/) into the workbook first. `window.tidsplanHarness.workbook` is the in-memory
 * workbook, for tests to look at what the pane did (selection, sheets, pictures).
 * ?platform=mac behaves as Excel on Mac for the export view: openBrowserWindow is reported as a
 * window event (see simulateMacHost) instead of downloading.
 * `window.__tidsplanHarness.reopenPane("en-US")` closes the pane and opens it again in another
 * language on the same workbook: Office fixes the display language per session, so this is what
 * a user switching language sees (the workbook itself would not survive a page reload here).
 * The marks "harness:office-ready" and "harness:mount" time the start for the browser tests.
 */
import { createMemoryWorkbook } from "../excel/memoryWorkbook";
import { exposeHarnessHooks } from "./harnessHooks";
import { failingReads, isPortErrorCode } from "./failingPort";
import { importTimeline } from "../domain/import";
import type { Language, PlanInfo } from "../domain/types";
import type { MemoryWorkbook } from "../excel/memoryWorkbook";
import { languageFrom } from "../taskpane/i18n/messages";
import { mountPane } from "../taskpane/mount";
import { initialViewFrom } from "../taskpane/initialView";
import { paneThemeFrom } from "../taskpane/theme";
import { simulateMacHost } from "../taskpane/components/export/paneDelivery";

function planFrom(params: URLSearchParams): PlanInfo | undefined {
  const title = params.get("plan");
  const year = Number(params.get("year"));
  return title === null || !Number.isInteger(year) || year === 0 ? undefined : { title, year };
}

/** Where ?seed=1 fetches the seed timeline text from (relative to the harness page). */
export const SEED_PATH = "seed/tidsplan-verksamhetsledning-2007.txt";

async function seedWorkbook(memory: MemoryWorkbook, lang: Language, keepPlan: boolean): Promise<void> {
  const response = await fetch(SEED_PATH);
  if (!response.ok) throw new Error(`?seed=1: ${SEED_PATH} gave HTTP ${response.status}`);
  const imported = importTimeline({ text: await response.text() });
  if (!imported.ok) throw new Error(`?seed=1: ${imported.message.en}`);
  if (!keepPlan) await memory.setPlanInfo(imported.timeline.plan);
  await memory.createTimelineTable(imported.timeline, lang);
}

async function start(): Promise<void> {
  await Office.onReady();
  performance.mark("harness:office-ready");
  const params = new URLSearchParams(window.location.search);
  const theme = params.get("theme") === "dark" ? paneThemeFrom({ bodyBackgroundColor: "#262626" }) : "light";
  const plan = planFrom(params);
  const memory = createMemoryWorkbook(plan === undefined ? undefined : { plan });
  const fail = params.get("fail");
  const port = isPortErrorCode(fail) ? failingReads(memory, fail) : memory;
  const language = languageFrom(params.get("lang") ?? undefined);
  if (params.get("seed") === "1") await seedWorkbook(memory, language, plan !== undefined);
  if (params.get("platform") === "mac") simulateMacHost();
  Object.assign(window, { tidsplanHarness: { workbook: memory } });
  performance.mark("harness:mount");
  // ?view=calendar, as the ribbon's Export button opens the pane in Excel (manifest.xml).
  let unmount = mountPane(port, language, theme, initialViewFrom(window.location.search));
  exposeHarnessHooks(memory, (lang) => {
    unmount();
    unmount = mountPane(port, languageFrom(lang), theme);
  });
}

void start();
