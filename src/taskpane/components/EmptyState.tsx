import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  Subtitle1,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { useMessages } from "../i18n/MessagesContext";
import type { MessageKey } from "../i18n/messages";

/** What the pane can do today; a way whose handler is missing is shown but disabled. */
export interface WaysIn {
  readonly pasteText?: () => void;
  readonly convertSheet?: () => void;
  readonly useTable?: () => void;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  way: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: { margin: 0 },
  later: { color: tokens.colorNeutralForeground3 },
});

interface WayProps {
  readonly title: MessageKey;
  readonly body: MessageKey;
  readonly button: MessageKey;
  readonly onClick: (() => void) | undefined;
  readonly busy?: boolean;
}

function Way(props: WayProps) {
  const styles = useStyles();
  const { t } = useMessages();
  const titleId = useId();
  const laterId = useId();
  const available = props.onClick !== undefined;
  return (
    <li className={styles.way} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId} className={styles.heading}>
        {t[props.title]}
      </Subtitle2>
      <Body1>{t[props.body]}</Body1>
      <Button
        appearance={available ? "primary" : "secondary"}
        disabledFocusable={!available || props.busy === true}
        aria-describedby={available ? undefined : laterId}
        onClick={props.onClick}
      >
        {t[props.button]}
      </Button>
      {available ? null : (
        <Caption1 id={laterId} className={styles.later}>
          {t.notYetAvailable}
        </Caption1>
      )}
    </li>
  );
}

/** No timeline yet: the three ways in. */
export function EmptyState(props: { ways: WaysIn; busy: boolean }) {
  const styles = useStyles();
  const { t } = useMessages();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="empty-state">
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {t.emptyTitle}
      </Subtitle1>
      <Body1>{t.emptyIntro}</Body1>
      <ul className={styles.list}>
        <Way
          title="wayPasteTitle"
          body="wayPasteBody"
          button="wayPasteButton"
          onClick={props.ways.pasteText}
        />
        <Way
          title="wayConvertTitle"
          body="wayConvertBody"
          button="wayConvertButton"
          onClick={props.ways.convertSheet}
        />
        <Way
          title="wayTableTitle"
          body="wayTableBody"
          button="wayTableButton"
          onClick={props.ways.useTable}
          busy={props.busy}
        />
      </ul>
    </section>
  );
}
