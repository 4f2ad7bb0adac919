/**
 * "Om Tidsplan" at the foot of the pane: after the pane's own ways in (keyboard order), for the
 * administrator who runs the self-test. The panel is loaded on first use.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { aboutMessages } from "../i18n/aboutMessages";
import { useMessages } from "../i18n/MessagesContext";

const AboutPanel = lazy(() =>
  import(/* webpackChunkName: "about" */ "./AboutPanel").then((m) => ({ default: m.AboutPanel })),
);

const useStyles = makeStyles({
  footer: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
  },
});

export function AboutFooter() {
  const styles = useStyles();
  const { language } = useMessages();
  const [open, setOpen] = useState(false);
  return (
    <footer className={styles.footer}>
      <Button appearance="subtle" size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {aboutMessages[language].aboutButton}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <AboutPanel />
        </Suspense>
      ) : null}
    </footer>
  );
}
