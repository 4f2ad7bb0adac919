import { FluentProvider, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect } from "react";
import type { Language } from "../domain/types";
import type { WorkbookPort } from "../excel/workbookPort";
import { EmptyState, type WaysIn } from "./components/EmptyState";
import { ErrorBar } from "./components/ErrorBar";
import { PaneHeader } from "./components/PaneHeader";
import { StatusRegion } from "./components/StatusRegion";
import { bilingual } from "./i18n/messages";
import { MessagesProvider, useMessages } from "./i18n/MessagesContext";
import { PaneProvider, usePane } from "./state/PaneContext";
import { fluentTheme, type PaneTheme } from "./theme";

// Not needed by the first view of a new workbook: loaded when a table is there.
const TimelineView = lazy(() =>
  import(/* webpackChunkName: "timeline-view" */ "./components/TimelineView").then((m) => ({
    default: m.TimelineView,
  })),
);

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
});

function Pane() {
  const styles = useStyles();
  const { t } = useMessages();
  const { state, dispatch, port } = usePane();

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

  // Paste and convert arrive with the import and Excel work; until then they are shown disabled.
  const ways: WaysIn = { useTable: () => void searchTable() };

  return (
    <>
      <PaneHeader />
      <main className={styles.main} aria-busy={state.loading}>
        <ErrorBar />
        {state.loading ? (
          <Spinner label={t.loading} />
        ) : state.table.kind === "found" ? (
          <Suspense fallback={<Spinner label={t.loading} />}>
            <TimelineView rows={state.table.rows} />
          </Suspense>
        ) : (
          <EmptyState ways={ways} busy={state.table.kind === "searching"} />
        )}
      </main>
      <StatusRegion />
    </>
  );
}

export interface AppProps {
  readonly port: WorkbookPort;
  readonly language: Language;
  readonly theme: PaneTheme;
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
          <Pane />
        </PaneProvider>
      </MessagesProvider>
    </FluentProvider>
  );
}
