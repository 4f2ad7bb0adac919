import { makeStyles, Subtitle2, Text, Title2, tokens } from "@fluentui/react-components";
import { useMessages } from "../i18n/MessagesContext";
import { usePane } from "../state/PaneContext";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { margin: 0 },
  plan: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** "Tidsplan" and the plan's name (title and year stored in the workbook). */
export function PaneHeader() {
  const styles = useStyles();
  const { t } = useMessages();
  const { state } = usePane();
  const plan = state.plan;
  // "Tidsplan för verksamhetsledning 2007" already names its year: do not repeat it.
  const title = plan?.title.trim() ?? "";
  const planText =
    plan === null
      ? t.noPlan
      : [title, title.includes(String(plan.year)) ? "" : String(plan.year)]
          .filter((part) => part !== "")
          .join(" ");
  return (
    <header className={styles.header}>
      <Title2 as="h1" className={styles.title}>
        {t.appName}
      </Title2>
      {state.loading ? (
        <Text className={styles.plan}>{t.loading}</Text>
      ) : (
        <Subtitle2 as="p" className={styles.plan} data-testid="plan-name">
          {planText}
        </Subtitle2>
      )}
    </header>
  );
}
