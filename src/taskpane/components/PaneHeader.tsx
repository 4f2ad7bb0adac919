import { Button, makeStyles, Subtitle2, Text, Title2, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { aboutMessages } from "../i18n/aboutMessages";
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
  top: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  plan: { margin: 0, color: tokens.colorNeutralForeground2 },
});

// Only the administrator opens it: loaded on first use.
const AboutPanel = lazy(() =>
  import(/* webpackChunkName: "about" */ "./AboutPanel").then((m) => ({ default: m.AboutPanel })),
);

/** "Tidsplan", the plan's name (title and year stored in the workbook) and Om Tidsplan. */
export function PaneHeader() {
  const styles = useStyles();
  const { t, language } = useMessages();
  const [about, setAbout] = useState(false);
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
    <>
      <header className={styles.header}>
        <div className={styles.top}>
          <Title2 as="h1" className={styles.title}>
            {t.appName}
          </Title2>
          <Button appearance="subtle" size="small" aria-expanded={about} onClick={() => setAbout(!about)}>
            {aboutMessages[language].aboutButton}
          </Button>
        </div>
        {state.loading ? (
          <Text className={styles.plan}>{t.loading}</Text>
        ) : (
          <Subtitle2 as="p" className={styles.plan} data-testid="plan-name">
            {planText}
          </Subtitle2>
        )}
      </header>
      {about ? (
        <Suspense fallback={null}>
          <AboutPanel />
        </Suspense>
      ) : null}
    </>
  );
}
