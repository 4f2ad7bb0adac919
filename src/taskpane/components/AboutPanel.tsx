/**
 * Om Tidsplan → Självtest (About → Self-test): for the IT administrator who deploys the add-in.
 * Runs the port's self-test (every Excel path on a scratch sheet), shows host, platform,
 * version, requirement sets and each path as ok / failed (with Excel's error code) / skipped, and
 * copies the whole report as text in one click.
 */
import { Button, Caption1, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { selfTestText, type SelfTestReport } from "../../excel/selfTest";
import { aboutMessages } from "../i18n/aboutMessages";
import { useMessages } from "../i18n/MessagesContext";
import { usePane } from "../state/PaneContext";
import { copyText } from "./export/paneDelivery";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  failed: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  text: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: "pre-wrap", fontSize: tokens.fontSizeBase200 },
});

export function AboutPanel() {
  const styles = useStyles();
  const { language } = useMessages();
  const { port } = usePane();
  const t = aboutMessages[language];
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const selfTest = port.selfTest;

  const run = async () => {
    if (selfTest === undefined) return;
    setRunning(true);
    setNote(null);
    setReport(await selfTest.call(port));
    setRunning(false);
  };
  const copy = async () => {
    if (report === null) return;
    setNote((await copyText(selfTestText(report, t.selfTestTitle))) ? t.copied : t.copyFailed);
  };
  const count = (outcome: "ok" | "failed" | "skipped") =>
    report?.steps.filter((step) => step.outcome === outcome).length ?? 0;

  return (
    <section className={styles.panel} aria-labelledby="about-heading" data-testid="about">
      <h2 id="about-heading" className={styles.heading}>
        {t.aboutHeading}
      </h2>
      <Text>{t.aboutText}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={running || selfTest === undefined} onClick={() => void run()}>
          {t.selfTestButton}
        </Button>
        {report !== null ? <Button onClick={() => void copy()}>{t.copyResult}</Button> : null}
      </div>
      {running ? <Spinner size="tiny" label={t.selfTestRunning} /> : null}
      {note !== null ? <Text role="status">{note}</Text> : null}
      {report !== null ? (
        <div data-testid="self-test-report">
          <Text role="status" weight="semibold">
            {t.summary(count("ok"), count("failed"), count("skipped"))}
          </Text>
          <ul className={styles.list}>
            <li>
              {t.host}: {report.host}
            </li>
            <li>
              {t.platform}: {report.platform}
            </li>
            <li>
              {t.version}: {report.version}
            </li>
            <li>
              {t.requirementSets}:{" "}
              {report.requirementSets
                .map((set) => `${set.name} ${set.supported ? t.supported : t.notSupported}`)
                .join(", ")}
            </li>
          </ul>
          <ul className={styles.list} data-testid="self-test-steps">
            {report.steps.map((step) => (
              <li
                key={step.path}
                data-path={step.path}
                data-outcome={step.outcome}
                className={step.outcome === "failed" ? styles.failed : undefined}
              >
                {t.paths[step.path]}: {t[step.outcome]}
                {step.detail === undefined ? "" : ` (${step.detail})`}
              </li>
            ))}
          </ul>
          <Caption1 className={styles.text}>{selfTestText(report, t.selfTestTitle)}</Caption1>
        </div>
      ) : null}
    </section>
  );
}
