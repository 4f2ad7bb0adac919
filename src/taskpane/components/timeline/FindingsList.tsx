import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Finding, Fix, Severity } from "../../../domain/types";
import { useMessages } from "../../i18n/MessagesContext";
import { fill, type MessageKey } from "../../i18n/messages";
import { fixLabel } from "./labels";

const SEVERITIES: readonly {
  severity: Severity;
  label: MessageKey;
  color: "danger" | "warning" | "informative";
}[] = [
  { severity: "error", label: "severityError", color: "danger" },
  { severity: "warning", label: "severityWarning", color: "warning" },
  { severity: "info", label: "severityInfo", color: "informative" },
];

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  select: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    textAlign: "left",
    width: "100%",
    minWidth: 0,
    height: "auto",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "normal",
    overflowWrap: "anywhere",
  },
  row: { color: tokens.colorNeutralForeground3 },
  fix: { marginLeft: tokens.spacingHorizontalXS, maxWidth: "100%", whiteSpace: "normal", textAlign: "left" },
});

/**
 * More findings than this per severity are summarised ("… och 9 900 till"): a 10,000-row plan
 * can have a finding per row, and rendering them all froze the pane for seconds. The Kontroll
 * column in the table has every one; the badge counts them all.
 */
export const MAX_FINDINGS_SHOWN = 100;

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  readonly onSelect: (finding: Finding) => void;
  readonly onFix: (fix: Fix) => void;
  readonly busy: boolean;
}

/** The findings grouped by severity, with counts; a finding selects its cell, a fix button applies it. */
export function FindingsList(props: FindingsListProps) {
  const styles = useStyles();
  const { t, pick } = useMessages();
  const groups = SEVERITIES.map((group) => ({
    ...group,
    findings: props.findings.filter((finding) => finding.severity === group.severity),
  })).filter((group) => group.findings.length > 0);
  const present = groups.map((group) => group.severity);
  const [openItems, setOpenItems] = useState<readonly Severity[]>(() => present.filter((s) => s !== "info"));
  const [shown, setShown] = useState<readonly Severity[]>(present);
  // A group that appears later (the first error after a live re-check) opens by itself, as the
  // groups did at the start; groups the user closed stay closed. Adjusted while rendering, as
  // React recommends for state that follows props.
  const appeared = present.filter((severity) => !shown.includes(severity));
  if (appeared.length > 0 || shown.length !== present.length) {
    setShown(present);
    const opening = appeared.filter((severity) => severity !== "info" && !openItems.includes(severity));
    if (opening.length > 0) setOpenItems([...openItems, ...opening]);
  }
  return (
    <Accordion
      multiple
      collapsible
      openItems={[...openItems]}
      onToggle={(_event, data) => setOpenItems(data.openItems as Severity[])}
      data-testid="findings"
    >
      {groups.map((group) => (
        <AccordionItem key={group.severity} value={group.severity} data-testid={`findings-${group.severity}`}>
          <AccordionHeader>
            <span className={styles.header}>
              {t[group.label]}
              <Badge appearance="filled" color={group.color} data-testid={`count-${group.severity}`}>
                {group.findings.length}
              </Badge>
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {group.findings.slice(0, MAX_FINDINGS_SHOWN).map((finding, index) => (
                <li
                  key={`${finding.code}-${finding.entryId}-${index}`}
                  className={styles.item}
                  data-testid="finding"
                >
                  <Button
                    appearance="subtle"
                    className={styles.select}
                    disabled={finding.entryId === ""}
                    onClick={() => props.onSelect(finding)}
                  >
                    <Caption1 className={styles.row}>
                      {finding.entryId === "" ? t.planWide : fill(t.rowLabel, { line: finding.line })}
                    </Caption1>
                    <Body1>{pick(finding.message)}</Body1>
                  </Button>
                  {finding.fix === undefined ? null : (
                    <Button
                      size="small"
                      appearance="primary"
                      className={mergeClasses(styles.fix)}
                      disabled={props.busy}
                      onClick={() => {
                        if (finding.fix !== undefined) props.onFix(finding.fix);
                      }}
                    >
                      {fixLabel(finding.fix, t)}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
            {group.findings.length > MAX_FINDINGS_SHOWN ? (
              <Caption1 className={styles.row} data-testid="findings-more">
                {fill(t.previewMore, { n: group.findings.length - MAX_FINDINGS_SHOWN })}
              </Caption1>
            ) : null}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
