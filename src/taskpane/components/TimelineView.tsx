import { Body1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { useMessages } from "../i18n/MessagesContext";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/**
 * The view of a workbook that has a Tidsplan table. Loaded lazily: the first view of a new
 * workbook is the empty state. Findings, check and export arrive here in later versions.
 */
export function TimelineView(props: { rows: number }) {
  const styles = useStyles();
  const { t } = useMessages();
  return (
    <section className={styles.section} aria-label={t.tableTitle} data-testid="timeline-view">
      <Subtitle1 as="h2" className={styles.heading}>
        {t.tableTitle}
      </Subtitle1>
      <Body1>
        {t.tableFound} {props.rows} {t.tableFoundRows}.
      </Body1>
    </section>
  );
}
