/**
 * "Nästa års plan": choose the year, see the proposal row by row (old and new date and why),
 * accept or edit each row, take or leave the year offers, then write the new plan on a sheet of
 * its own. The old plan is never touched.
 */
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useReducer } from "react";
import { canRollOver, proposeRollover, writeRollover } from "../../../workflows/rollover";
import { useMessages } from "../../i18n/MessagesContext";
import { fill } from "../../i18n/messages";
import { bilingualRollover, rolloverMessages } from "../../i18n/rolloverMessages";
import { usePane } from "../../state/PaneContext";
import { RolloverRow } from "./RolloverRow";
import { initialRolloverState, rolloverViewReducer } from "./rolloverViewState";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "end", columnGap: tokens.spacingHorizontalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function RolloverView() {
  const styles = useStyles();
  const { language, pick } = useMessages();
  const r = rolloverMessages[language];
  const { port, state: pane, dispatch: paneDispatch } = usePane();
  const fromYear = pane.plan?.year ?? new Date().getUTCFullYear();
  const [state, dispatch] = useReducer(rolloverViewReducer, fromYear + 1, initialRolloverState);
  const year = Number(state.year);
  const yearOk = /^\d{4}$/u.test(state.year.trim()) && year !== fromYear;
  const busy = state.busy !== "none";

  if (!canRollOver(port)) return <Body1>{r.unsupported}</Body1>;

  const propose = async () => {
    dispatch({ type: "proposing" });
    const proposal = await proposeRollover(port, year);
    if (!proposal.ok) {
      dispatch({
        type: "failed",
        message: proposal.code === "no-table" ? bilingualRollover("noTable") : proposal.message,
      });
      return;
    }
    dispatch({ type: "proposed", result: proposal.value.result });
    paneDispatch({
      type: "status",
      status: bilingualRollover("reviewTitle", { n: proposal.value.result.review.length }),
    });
  };

  const write = async () => {
    if (state.result === null) return;
    dispatch({ type: "writing" });
    const written = await writeRollover(port, state.result, state.edits, language, state.title);
    if (!written.ok) {
      dispatch({ type: "failed", message: written.message });
      return;
    }
    const note = bilingualRollover("written", {
      sheet: written.value.sheet,
      table: written.value.table,
      n: written.value.rows,
    });
    dispatch({ type: "written", note });
    paneDispatch({ type: "status", status: note });
  };

  const review = state.result?.review ?? [];
  const waiting = review.filter((c) => state.accepted[c.entryId] !== true).length;
  return (
    <section className={styles.section} aria-label={r.title} data-testid="rollover-view">
      <Subtitle1 as="h2" className={styles.heading}>
        {r.title}
      </Subtitle1>
      <Body1>{r.intro}</Body1>
      <div className={styles.row}>
        <Field
          label={r.yearLabel}
          {...(yearOk ? {} : { validationState: "error" as const, validationMessage: r.yearInvalid })}
        >
          <Input
            value={state.year}
            inputMode="numeric"
            disabled={busy}
            onChange={(_, data) => dispatch({ type: "year", year: data.value })}
          />
        </Field>
        <Button
          appearance={state.result === null ? "primary" : "secondary"}
          disabled={busy || !yearOk}
          onClick={() => void propose()}
        >
          {r.propose}
        </Button>
      </div>
      {state.busy === "proposing" ? <Spinner size="tiny" label={r.proposing} /> : null}
      {state.error === null ? null : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{pick(state.error)}</MessageBarBody>
        </MessageBar>
      )}
      {state.result === null ? null : (
        <>
          <Subtitle2 as="h3" className={styles.heading} data-testid="rollover-review-title">
            {fill(r.reviewTitle, { n: review.length })}
          </Subtitle2>
          <Field label={r.titleLabel}>
            <Input
              value={state.title}
              disabled={busy}
              onChange={(_, data) => dispatch({ type: "title", title: data.value })}
            />
          </Field>
          {state.result.titleOffers.map((offer) => (
            <Caption1 key={offer.suggestion} className={styles.muted}>
              {fill(r.titleOffer, { years: offer.years.join(", "), text: offer.suggestion })}
            </Caption1>
          ))}
          <Caption1 className={styles.muted}>{r.reviewIntro}</Caption1>
          <ul className={styles.list} data-testid="rollover-review">
            {review.map((change) => (
              <RolloverRow
                key={change.entryId}
                change={change}
                edit={state.edits[change.entryId]}
                accepted={state.accepted[change.entryId] === true}
                planYear={state.result?.toYear ?? year}
                disabled={busy}
                onWhen={(when) => dispatch({ type: "editWhen", entryId: change.entryId, when })}
                onAccept={(accepted) => dispatch({ type: "accept", entryId: change.entryId, accepted })}
                onOffer={(field, text) => dispatch({ type: "offer", entryId: change.entryId, field, text })}
              />
            ))}
          </ul>
          {waiting > 0 ? (
            <Caption1 data-testid="rollover-waiting">{fill(r.waiting, { n: waiting })}</Caption1>
          ) : null}
          <div className={styles.actions}>
            <Button disabled={busy || waiting === 0} onClick={() => dispatch({ type: "acceptAll" })}>
              {r.acceptAll}
            </Button>
            <Button
              appearance="primary"
              disabled={busy || waiting > 0}
              onClick={() => void write()}
              data-testid="rollover-write"
            >
              {r.write}
            </Button>
          </div>
          {state.busy === "writing" ? <Spinner size="tiny" label={r.writing} /> : null}
          {state.note === null ? null : (
            <MessageBar intent="success" layout="multiline" data-testid="rollover-written">
              <MessageBarBody>{pick(state.note)}</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </section>
  );
}
