import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Bilingual } from "../../domain/types";
import { useMessages } from "../i18n/MessagesContext";
import { bilingualFill, fill } from "../i18n/messages";
import { usePane } from "../state/PaneContext";
import { readWorkbookTimeline } from "../../workflows/workbookTimeline";
import { FindingsList } from "./timeline/FindingsList";
import { DeriveControl } from "./timeline/DeriveControl";
import { RulesTableControl } from "./timeline/RulesTableControl";
import { useTimelineCheck } from "./timeline/useTimelineCheck";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The view of a workbook that has a Tidsplan table: check it, see the findings grouped by
 * severity, select a finding's cell, apply a fix, clear the check, create the owner list and the
 * rules table.
 */
export function TimelineView(props: { rows: number }) {
  const styles = useStyles();
  const { t, pick } = useMessages();
  const { port, dispatch } = usePane();
  const { outcome, busy, check, clear, applyFix, select } = useTimelineCheck();
  const [ownersNote, setOwnersNote] = useState<Bilingual | null>(null);

  const createOwners = async () => {
    const owners = new Map<string, string>();
    let source = outcome?.timeline.entries;
    if (source === undefined) {
      const read = await readWorkbookTimeline(port);
      if (!read.ok) {
        dispatch({ type: "failed", message: read.message });
        return;
      }
      source = read.value?.timeline.entries ?? [];
    }
    for (const entry of source) if (entry.owner !== "") owners.set(entry.owner.toLowerCase(), entry.owner);
    if (owners.size === 0) {
      setOwnersNote(bilingualFill("noOwnersFound", {}));
      return;
    }
    const records = [...owners.values()]
      .sort((a, b) => a.localeCompare(b, "sv"))
      .map((name) => ({
        name,
        aliases: [],
        color: "",
        email: "",
      }));
    const result = await port.createOwnersTable(records);
    if (!result.ok) {
      dispatch({ type: "failed", message: result.message });
      return;
    }
    const created = bilingualFill("ownersCreated", { n: records.length });
    dispatch({ type: "status", status: created });
    setOwnersNote(
      result.value.dropdown || result.value.dropdownMessage === undefined
        ? created
        : {
            sv: `${created.sv} ${result.value.dropdownMessage.sv}`,
            en: `${created.en} ${result.value.dropdownMessage.en}`,
          },
    );
    await check();
  };

  return (
    <section className={styles.section} aria-label={t.tableTitle} data-testid="timeline-view">
      <Subtitle1 as="h2" className={styles.heading}>
        {t.tableTitle}
      </Subtitle1>
      <Body1>
        {t.tableFound} {props.rows} {t.tableFoundRows}.
      </Body1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void check()}>
          {t.check}
        </Button>
        <Button disabled={busy || outcome === null} onClick={() => void clear()}>
          {t.clearCheck}
        </Button>
        <Button disabled={busy} onClick={() => void createOwners()}>
          {t.createOwners}
        </Button>
      </div>
      {ownersNote === null ? null : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{pick(ownersNote)}</MessageBarBody>
        </MessageBar>
      )}
      <RulesTableControl busy={busy} rules={outcome?.rules ?? null} onCreated={check} />
      <DeriveControl busy={busy} onDerived={check} />
      {busy ? <Spinner size="tiny" label={t.checking} /> : null}
      {outcome === null ? (
        <Caption1 className={styles.muted}>{t.notChecked}</Caption1>
      ) : (
        <>
          <Subtitle2 as="h3" className={styles.heading} data-testid="findings-summary">
            {fill(t.findingsSummary, { ...outcome.summary })}
          </Subtitle2>
          {outcome.findings.length === 0 ? (
            <Body1>{t.noFindings}</Body1>
          ) : (
            <FindingsList
              findings={outcome.findings}
              busy={busy}
              onSelect={(finding) => void select(finding)}
              onFix={(fix) => void applyFix(fix)}
            />
          )}
          <Caption1 className={styles.muted}>{t.liveCheckOn}</Caption1>
        </>
      )}
    </section>
  );
}
