import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useMessages } from "../i18n/MessagesContext";
import { usePane } from "../state/PaneContext";

/** The last Office failure: what happened and what to do, until the user dismisses it. */
export function ErrorBar() {
  const { t, pick } = useMessages();
  const { state, dispatch } = usePane();
  if (state.error === null) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {pick(state.error)}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => dispatch({ type: "dismissError" })}>
          {t.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
