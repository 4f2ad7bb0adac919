import { FluentProvider, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import type { Language } from "../domain/types";
import type { WorkbookPort } from "../excel/workbookPort";
import { AboutFooter } from "./components/AboutFooter";
import { EmptyState, type WaysIn } from "./components/EmptyState";
import { PaneHeader } from "./components/PaneHeader";
import { PaneTabs } from "./components/PaneTabs";
import { StatusRegion } from "./components/StatusRegion";
import { bilingual, bilingualFill, fill } from "./i18n/messages";
import { MessagesProvider, useMessages } from "./i18n/MessagesContext";
import { PaneProvider, usePane } from "./state/PaneContext";
import { fluentTheme, type PaneTheme } from "./theme";
import { canConvertSheet, readActiveSheetText } from "../workflows/convertSheet";
import type { PaneView } from "./initialView";

// Not needed by the first view of a new workbook: loaded when a table is there.
const TimelineView = lazy(() =>
  import(/* webpackChunkName: "timeline-view" */ "./components/TimelineView").then((m) => ({
    default: m.TimelineView,
  })),
);

// Fluent's MessageBar is needed only once Office fails: fetched when the pane is idle, not before it shows.
const ErrorBar = lazy(() =>
  import(/* webpackChunkName: "error-bar", webpackPrefetch: true */ "./components/ErrorBar").then((m) => ({
    default: m.ErrorBar,
  })),
);

// Shown after "paste text" or "convert sheet": the import parser and its preview load then.
const PastePanel = lazy(() =>
  import(/* webpackChunkName: "paste-panel" */ "./components/timeline/PastePanel").then((m) => ({
    default: m.PastePanel,
  })),
);

const ExportView = lazy(() =>
  import(/* webpackChunkName: "export-view" */ "./components/export/ExportView").then((m) => ({
    default: m.ExportView,
  })),
);

const WheelView = lazy(() =>
  import(/* webpackChunkName: "wheel-view" */ "./components/wheel/WheelView").then((m) => ({
    default: m.WheelView,
  })),
);

// "Nästa års plan": the rollover domain and its review load when the tab is opened.
const RolloverView = lazy(() =>
  import(/* webpackChunkName: "rollover-view" */ "./components/rollover/RolloverView").then((m) => ({
    default: m.RolloverView,
  })),
);

/** The pane's views (initialView.ts), in tab order. */
export type { PaneView };

const VIEWS: readonly {
  readonly view: PaneView;
  readonly label: "navTimeline" | "navCalendar" | "navWheel" | "navRollover";
}[] = [
  { view: "timeline", label: "navTimeline" },
  { view: "calendar", label: "navCalendar" },
  { view: "wheel", label: "navWheel" },
  { view: "rollover", label: "navRollover" },
];

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  nav: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

function Pane(props: { readonly initialView: PaneView }) {
  const styles = useStyles();
  const { t } = useMessages();
  const { state, dispatch, port } = usePane();
  const [view, setView] = useState<PaneView>(props.initialView);
  /**
   * Pasting text (or converting the active sheet, whose cells become the text) replaces the
   * empty state until the table is created or the user cancels.
   */
  const [pasting, setPasting] = useState<{ readonly text: string; readonly sheet?: string } | null>(null);

  const convertSheet = useCallback(async () => {
    dispatch({ type: "status", status: bilingual("readingSheet") });
    const read = await readActiveSheetText(port);
    if (!read.ok) {
      dispatch({ type: "failed", message: read.message });
      return;
    }
    setPasting({ text: read.value.text, sheet: read.value.sheet });
  }, [dispatch, port]);

  const searchTable = useCallback(async () => {
    dispatch({ type: "tableSearchStarted", status: bilingual("searchingTable") });
    const read = await port.readTimelineTable();
    if (!read.ok) {
      dispatch({ type: "failed", message: read.message });
      return;
    }
    if (read.value === null) {
      dispatch({ type: "tableSearched", table: { kind: "none" }, status: bilingual("tableNotFound") });
      return;
    }
    dispatch({
      type: "tableSearched",
      table: { kind: "found", rows: read.value.rows.length },
      status: bilingual("tableFound"),
    });
  }, [dispatch, port]);

  useEffect(() => {
    let active = true;
    void (async () => {
      const plan = await port.getPlanInfo();
      if (!active) return;
      if (!plan.ok) {
        dispatch({ type: "failed", message: plan.message });
        return;
      }
      dispatch({ type: "loaded", plan: plan.value });
      await searchTable();
    })();
    return () => {
      active = false;
    };
  }, [dispatch, port, searchTable]);

  const ways: WaysIn = {
    pasteText: () => setPasting({ text: "" }),
    ...(canConvertSheet(port) ? { convertSheet: () => void convertSheet() } : {}),
    useTable: () => void searchTable(),
  };

  const timeline = state.loading ? (
    <Spinner label={t.loading} />
  ) : state.table.kind === "found" ? (
    <TimelineView rows={state.table.rows} />
  ) : pasting !== null ? (
    <PastePanel
      key={pasting.sheet ?? ""}
      initialText={pasting.text}
      heading={pasting.sheet === undefined ? t.pasteTitle : fill(t.convertTitle, { sheet: pasting.sheet })}
      onCancel={() => setPasting(null)}
      onCreated={(rows) => {
        setPasting(null);
        dispatch({
          type: "tableSearched",
          table: { kind: "found", rows },
          status: bilingualFill("tableCreated", { n: rows }),
        });
      }}
    />
  ) : (
    <EmptyState ways={ways} busy={state.table.kind === "searching"} />
  );

  return (
    <>
      <PaneHeader />
      <nav className={styles.nav} aria-label={t.navLabel}>
        <PaneTabs
          tabs={VIEWS.map((item) => ({
            value: item.view,
            label: t[item.label],
            id: `pane-tab-${item.view}`,
            controls: "pane-view",
          }))}
          selected={view}
          onSelect={setView}
        />
      </nav>
      <main className={styles.main} aria-busy={state.loading}>
        {state.error !== null ? (
          <Suspense fallback={null}>
            <ErrorBar />
          </Suspense>
        ) : null}
        <div id="pane-view" role="tabpanel" aria-labelledby={`pane-tab-${view}`} className={styles.panel}>
          <Suspense fallback={<Spinner label={t.loading} />}>
            {view === "timeline" ? (
              timeline
            ) : view === "calendar" ? (
              <ExportView />
            ) : view === "rollover" ? (
              <RolloverView />
            ) : (
              <WheelView />
            )}
          </Suspense>
        </div>
      </main>
      <AboutFooter />
      <StatusRegion />
    </>
  );
}

export interface AppProps {
  readonly port: WorkbookPort;
  readonly language: Language;
  readonly theme: PaneTheme;
  /** The view to open on (the ribbon's Export button asks for "calendar"); the timeline if absent. */
  readonly initialView?: PaneView;
}

/** The task pane: the same component in Excel (Office.js port) and in the harness (memory port). */
export function App(props: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider
      theme={fluentTheme(props.theme)}
      className={styles.provider}
      lang={props.language === "sv" ? "sv-SE" : "en"}
    >
      <MessagesProvider language={props.language}>
        <PaneProvider port={props.port}>
          <Pane initialView={props.initialView ?? "timeline"} />
        </PaneProvider>
      </MessagesProvider>
    </FluentProvider>
  );
}
