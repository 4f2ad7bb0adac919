import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  deriveChains,
  markedMeetings,
  readChainRules,
  templateProblem,
  type DeriveResult,
} from "../../../domain/chains";
import { readRegler } from "../../../domain/governance";
import { formatDate } from "../../../domain/validate/describe";
import type { Finding } from "../../../domain/types";
import { readWorkbookTimelineWithRows } from "../../../workflows/workbookTimeline";
import { bilingualDerive, deriveMessages } from "../../i18n/deriveMessages";
import { fill } from "../../i18n/messages";
import { useMessages } from "../../i18n/MessagesContext";
import { usePane } from "../../state/PaneContext";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  result: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** What the last Härled datum did, for the message under the button. */
interface Derived {
  readonly result: DeriveResult;
  readonly findings: readonly Finding[];
}

/**
 * "Härled datum": every meeting's chain (docs/GOVERNANCE-RULES.md, "Meeting chains") derived from
 * the Tidsplan table and the Regler table's "Kedja:" rows, written back as ordinary rows of the
 * table (new rows added, moved meetings' derived rows rewritten, hand edits left); then the check
 * runs. Hidden when the workbook port cannot write derived rows.
 */
export function DeriveControl(props: {
  readonly busy: boolean;
  /** The check: run after the rows are written (and before, when rows have no ID yet). */
  readonly onDerived: () => Promise<void>;
}) {
  const styles = useStyles();
  const { language, pick } = useMessages();
  const d = deriveMessages[language];
  const { port, dispatch } = usePane();
  const [working, setWorking] = useState(false);
  const [derived, setDerived] = useState<Derived | null>(null);
  if (port.applyDerivedRows === undefined) return null;
  const apply = port.applyDerivedRows.bind(port);

  const run = async () => {
    setWorking(true);
    dispatch({ type: "status", status: bilingualDerive("deriving") });
    try {
      let read = await readWorkbookTimelineWithRows(port);
      // A derived row names its meeting by the ID column: rows without an ID get one first (the
      // check writes them), or a moved meeting would not be known again.
      if (read.ok && read.value !== null && read.value.read.rows.some((row) => row.id === undefined)) {
        await props.onDerived();
        read = await readWorkbookTimelineWithRows(port);
      }
      if (!read.ok) {
        dispatch({ type: "failed", message: read.message });
        return;
      }
      if (read.value === null) return;
      const rules = port.readRules === undefined ? undefined : await port.readRules();
      if (rules !== undefined && !rules.ok) {
        dispatch({ type: "failed", message: rules.message });
        return;
      }
      const cells = rules?.value ?? [];
      const chains = readChainRules(cells);
      const result = deriveChains(read.value.timeline, chains.templates, {
        workingDays: { extraDaysOff: readRegler(cells).settings.extraDaysOff },
        lang: language,
        markedMeetings: markedMeetings(read.value.read.rows),
      });
      const written = await apply(result.adds, result.updates);
      if (!written.ok) {
        dispatch({ type: "failed", message: written.message });
        return;
      }
      const findings = [...chains.problems.map((p) => templateProblem(p.row, p.message)), ...result.findings];
      setDerived({ result, findings });
      const values = {
        meetings: result.meetings,
        added: result.adds.length,
        updated: result.updates.length,
        unchanged: result.unchanged,
        kept: result.handEdited.length,
      };
      // The table's row count in the view follows the rows added; the summary is announced.
      dispatch({
        type: "tableSearched",
        table: { kind: "found", rows: read.value.timeline.entries.length + result.adds.length },
        status: {
          sv: fill(deriveMessages.sv.deriveSummary, values),
          en: fill(deriveMessages.en.deriveSummary, values),
        },
      });
      if (result.adds.length + result.updates.length > 0) await props.onDerived();
    } finally {
      setWorking(false);
    }
  };

  const result = derived?.result;
  const moved = [...(result?.adds ?? []), ...(result?.updates ?? [])].filter(
    (row) => row.movedFrom !== undefined,
  );
  return (
    <section className={styles.section} aria-label={d.deriveTitle} data-testid="derive">
      <Subtitle2 as="h3" className={styles.heading}>
        {d.deriveTitle}
      </Subtitle2>
      <Caption1 className={styles.muted}>{d.deriveHint}</Caption1>
      <div>
        <Button disabled={props.busy || working} onClick={() => void run()}>
          {working ? d.deriving : d.deriveButton}
        </Button>
      </div>
      {result === undefined || derived === null ? null : (
        <MessageBar
          intent={derived.findings.some((f) => f.severity !== "info") ? "warning" : "info"}
          layout="multiline"
          data-testid="derive-result"
        >
          <MessageBarBody className={styles.result}>
            <Body1 data-testid="derive-summary">
              {result.meetings === 0
                ? d.deriveNone
                : fill(d.deriveSummary, {
                    meetings: result.meetings,
                    added: result.adds.length,
                    updated: result.updates.length,
                    unchanged: result.unchanged,
                    kept: result.handEdited.length,
                  })}
            </Body1>
            {moved.length === 0 ? null : (
              <>
                <Caption1>{d.deriveMovedTitle}</Caption1>
                <ul className={styles.list} data-testid="derive-moved">
                  {moved.slice(0, 8).map((row) => (
                    <li key={row.id}>
                      {fill(d.deriveMoved, {
                        event: row.event,
                        from: formatDate(row.movedFrom?.date ?? row.date, false)[language],
                        reason: row.movedFrom === undefined ? "" : pick(row.movedFrom.reason),
                        to: formatDate(row.date, false)[language],
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {derived.findings.length === 0 ? null : (
              <>
                <Caption1>{d.deriveFindingsTitle}</Caption1>
                <ul className={styles.list} data-testid="derive-findings">
                  {derived.findings.slice(0, 20).map((finding, i) => (
                    <li key={`${finding.code}-${finding.entryId}-${i}`}>{pick(finding.message)}</li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
