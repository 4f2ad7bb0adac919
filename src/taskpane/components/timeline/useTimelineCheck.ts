/**
 * The pane's check: the "Kontrollera" button, fixes, clearing, and the live re-check while the
 * pane is open. Table changes are debounced; a live check waits while the add-in itself writes.
 * The live re-check updates the pane only and never writes to the sheet (undo: checkWorkbook's
 * readOnly); Kontrollera and a fix write, and then only the cells whose values change. Echoes
 * are not dropped by time: a user's edit right after our write must still be checked.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Finding, FindingColumn, Fix } from "../../../domain/types";
import type { TableColumnKey } from "../../../excel/workbookPort";
import { checkWorkbook, type CheckOutcome } from "../../../workflows/checkWorkbook";
import { useMessages } from "../../i18n/MessagesContext";
import { bilingual, bilingualFill } from "../../i18n/messages";
import { usePane } from "../../state/PaneContext";

/** How long the table must be quiet before a live re-check: typing is not a flood of syncs. */
export const LIVE_CHECK_DELAY_MS = 800;

const COLUMN: Readonly<Record<FindingColumn, TableColumnKey>> = {
  when: "when",
  event: "event",
  owner: "owner",
  notes: "notes",
  id: "id",
};

export interface TimelineCheck {
  /** The last check's outcome; null before the first check or after clearing. */
  readonly outcome: CheckOutcome | null;
  readonly busy: boolean;
  readonly check: () => Promise<void>;
  readonly clear: () => Promise<void>;
  readonly applyFix: (fix: Fix) => Promise<void>;
  readonly select: (finding: Finding) => Promise<void>;
}

export function useTimelineCheck(): TimelineCheck {
  const { port, dispatch } = usePane();
  const { language } = useMessages();
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  /** True while the add-in writes to the table: a live check then waits for the write to end. */
  const writing = useRef(false);
  const fingerprint = useRef<string | undefined>(undefined);

  /** Run a port operation that writes, marking its change events as our own. */
  const asOwnWrite = useCallback(async <T>(operation: () => Promise<T>): Promise<T> => {
    writing.current = true;
    try {
      return await operation();
    } finally {
      writing.current = false;
    }
  }, []);

  const run = useCallback(
    async (live: boolean) => {
      setBusy(true);
      if (!live) dispatch({ type: "status", status: bilingual("checking") });
      // Live: the pane only (readOnly), so Ctrl+Z keeps working while the pane is open.
      const options = live
        ? {
            readOnly: true,
            ...(fingerprint.current === undefined ? {} : { unlessUnchangedFrom: fingerprint.current }),
          }
        : {};
      const result = live
        ? await checkWorkbook(port, language, options)
        : await asOwnWrite(() => checkWorkbook(port, language, options));
      setBusy(false);
      if (!result.ok) {
        // The user is typing in a cell: the live re-check says nothing (no error bar) and runs
        // again on the table change that ends the edit.
        if (live && result.code === "cell-edit-mode") return;
        dispatch({ type: "failed", message: result.message });
        return;
      }
      if (result.value === null) {
        setOutcome(null);
        dispatch({ type: "status", status: bilingual("tableNotFound") });
        return;
      }
      const value = result.value;
      fingerprint.current = value.fingerprint;
      setOutcome(value);
      if (live && value.unchanged) return;
      dispatch({ type: "status", status: bilingualFill("findingsSummary", { ...value.summary }) });
    },
    [asOwnWrite, dispatch, language, port],
  );

  const check = useCallback(() => run(false), [run]);

  const clear = useCallback(async () => {
    const result = await asOwnWrite(() => port.clearCheck());
    if (!result.ok) {
      dispatch({ type: "failed", message: result.message });
      return;
    }
    setOutcome(null);
    fingerprint.current = undefined;
    dispatch({ type: "status", status: bilingual("checkCleared") });
  }, [asOwnWrite, dispatch, port]);

  const applyFix = useCallback(
    async (fix: Fix) => {
      const result = await asOwnWrite(() => port.applyFix(fix));
      if (!result.ok) {
        dispatch({ type: "failed", message: result.message });
        return;
      }
      dispatch({ type: "status", status: bilingual("fixApplied") });
      await run(false);
    },
    [asOwnWrite, dispatch, port, run],
  );

  const select = useCallback(
    async (finding: Finding) => {
      if (finding.entryId === "") return;
      const result = await port.selectCell(finding.entryId, COLUMN[finding.column ?? "when"]);
      if (!result.ok) dispatch({ type: "failed", message: result.message });
    },
    [dispatch, port],
  );

  // Live re-check: only once the user has checked (a cleared check stays cleared).
  const checked = outcome !== null;
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    if (!checked) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight = false;
    let unsubscribe: (() => void) | undefined;
    let active = true;
    const schedule = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void fire(), LIVE_CHECK_DELAY_MS);
    };
    const fire = async () => {
      timer = undefined;
      if (!active) return;
      if (inFlight || writing.current) {
        schedule();
        return;
      }
      inFlight = true;
      await runRef.current(true);
      inFlight = false;
    };
    const onChanged = () => schedule();
    void port.onTableChanged(onChanged).then((off) => {
      if (active) unsubscribe = off;
      else off();
    });
    return () => {
      active = false;
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe?.();
    };
  }, [checked, port]);

  return { outcome, busy, check, clear, applyFix, select };
}
