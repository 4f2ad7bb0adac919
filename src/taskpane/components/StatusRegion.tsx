import { makeStyles } from "@fluentui/react-components";
import { useMessages } from "../i18n/MessagesContext";
import { usePane } from "../state/PaneContext";

const useStyles = makeStyles({
  // Visually hidden but read by screen readers.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/** Announces the pane's status (search results, failures) to screen readers. */
export function StatusRegion() {
  const styles = useStyles();
  const { pick } = useMessages();
  const { state } = usePane();
  return (
    <div role="status" aria-live="polite" className={styles.hidden} data-testid="status">
      {state.status === null ? "" : pick(state.status)}
    </div>
  );
}
