/**
 * The årshjul view: the wheel drawn from the current Tidsplan table (read when the view opens
 * and on Uppdatera), per owner or per kind, from a chosen first month; click an event to select
 * its row; "Infoga årshjul" puts it as a picture on the sheet `Årshjul <år>`.
 */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle1,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useReducer } from "react";
import { drawWheel, insertWheelPicture, plainToday, readWheelData } from "../../../workflows/wheel";
import { useMessages } from "../../i18n/MessagesContext";
import { bilingualWheel, wheelMessages } from "../../i18n/wheelMessages";
import { usePane } from "../../state/PaneContext";
import { pictureInsertSupported } from "./pictureSupport";
import { svgToPngBase64 } from "./svgToPng";
import { WheelCanvas } from "./WheelCanvas";
import { WheelControls } from "./WheelControls";
import { initialWheelViewState, wheelViewReducer } from "./wheelViewState";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

export function WheelView() {
  const styles = useStyles();
  const { language, t, pick } = useMessages();
  const w = wheelMessages[language];
  const { port } = usePane();
  const [state, dispatch] = useReducer(wheelViewReducer, initialWheelViewState);
  const canInsert = useMemo(() => pictureInsertSupported(port), [port]);

  const refresh = useCallback(async () => {
    dispatch({ type: "readStarted" });
    const read = await readWheelData(port);
    if (read.ok) dispatch({ type: "read", data: read.value });
    else dispatch({ type: "failed", message: read.message });
  }, [port]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const svg = useMemo(
    () =>
      state.data === null
        ? ""
        : drawWheel(state.data, {
            lang: language,
            rings: state.rings,
            startMonth: state.startMonth,
            today: plainToday(new Date()),
          }),
    [state.data, state.rings, state.startMonth, language],
  );

  const select = useCallback(
    (entryId: string) => {
      void port.selectCell(entryId, "event").then((result) => {
        if (!result.ok) dispatch({ type: "failed", message: result.message });
      });
    },
    [port],
  );

  const insert = useCallback(async () => {
    if (state.data === null || svg === "") return;
    dispatch({ type: "insertStarted" });
    const png = await svgToPngBase64(svg, 2);
    if (png === null) {
      dispatch({ type: "failed", message: bilingualWheel("renderFailed") });
      return;
    }
    const result = await insertWheelPicture(port, state.data.timeline.plan.year, language, png);
    if (result.ok) dispatch({ type: "inserted", sheet: result.sheet });
    else dispatch({ type: "failed", message: result.message });
  }, [port, svg, state.data, language]);

  const status =
    state.status === null
      ? ""
      : `${w[state.status]}${state.statusDetail === "" ? "" : ` ${state.statusDetail}.`}`;

  return (
    <section className={styles.section} aria-label={w.wheelTitle} data-testid="wheel-view">
      <Subtitle1 as="h2" className={styles.heading}>
        {w.wheelTitle}
      </Subtitle1>
      <WheelControls
        rings={state.rings}
        startMonth={state.startMonth}
        busy={state.busy !== null}
        canInsert={canInsert}
        onRings={(rings) => dispatch({ type: "rings", rings })}
        onStartMonth={(startMonth) => dispatch({ type: "startMonth", startMonth })}
        onRefresh={() => void refresh()}
        onInsert={() => void insert()}
      />
      {canInsert ? null : <Caption1>{w.insertUnavailable}</Caption1>}
      {state.error === null ? null : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{pick(state.error)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => dispatch({ type: "dismissError" })}>
              {t.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Body1 role="status" data-testid="wheel-status">
        {status}
      </Body1>
      {state.busy === "reading" && state.data === null ? <Spinner label={w.reading} /> : null}
      {svg === "" ? null : (
        <>
          <Caption1>{w.selectHint}</Caption1>
          <WheelCanvas svg={svg} label={w.wheelLabel} onSelect={select} />
        </>
      )}
    </section>
  );
}
