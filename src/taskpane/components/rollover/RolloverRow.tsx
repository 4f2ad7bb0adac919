import {
  Body1Strong,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { parseWhen } from "../../../domain/dates/parseWhen";
import type { RolloverChange, RolloverEdit } from "../../../domain/rollover";
import { formatDate } from "../../../domain/validate/describe";
import type { PlainDate } from "../../../domain/types";
import { useMessages } from "../../i18n/MessagesContext";
import { fill } from "../../i18n/messages";
import { rolloverMessages } from "../../i18n/rolloverMessages";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  warning: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder2}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  warningText: { color: tokens.colorPaletteDarkOrangeForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

function dates(start: PlainDate | undefined, end: PlainDate | undefined, lang: "sv" | "en"): string {
  if (start === undefined || end === undefined) return "–";
  const a = formatDate(start)[lang];
  return a === formatDate(end)[lang] ? a : `${a} – ${formatDate(end)[lang]}`;
}

/** One row of the review: old → new, why, the När to write (editable), accepted, year offers. */
export function RolloverRow(props: {
  readonly change: RolloverChange;
  readonly edit: RolloverEdit | undefined;
  readonly accepted: boolean;
  readonly planYear: number;
  readonly disabled: boolean;
  readonly onWhen: (when: string) => void;
  readonly onAccept: (accepted: boolean) => void;
  readonly onOffer: (field: "event" | "notes", text: string | undefined) => void;
}) {
  const styles = useStyles();
  const { language, pick } = useMessages();
  const r = rolloverMessages[language];
  const { change, edit } = props;
  const warning = change.reasons.some((reason) => reason.severity === "warning");
  const when = edit?.when ?? change.newWhen;
  const parsed = edit?.when === undefined ? undefined : parseWhen(when, { planYear: props.planYear });
  return (
    <li
      className={mergeClasses(styles.row, warning && styles.warning)}
      data-testid={`rollover-row-${change.entryId}`}
    >
      <Body1Strong>
        {fill(r.rowHeading, { line: change.line })} · {change.newEvent ?? change.event}
      </Body1Strong>
      {change.newEvent !== undefined && change.newEvent !== change.event ? (
        <Caption1 className={styles.muted} data-testid="rollover-old-event">
          {fill(r.oldEvent, { event: change.event })}
        </Caption1>
      ) : null}
      <Caption1 data-testid="rollover-dates">
        {fill(r.oldToNew, {
          old: dates(change.oldStart, change.oldEnd, language),
          new: dates(change.newStart, change.newEnd, language),
        })}
      </Caption1>
      <ul className={styles.reasons}>
        {change.reasons.map((reason) => (
          <li
            key={`${reason.code}-${reason.message.en}`}
            className={reason.severity === "warning" ? styles.warningText : undefined}
          >
            <Caption1>
              {reason.severity === "warning" ? "⚠ " : ""}
              {pick(reason.message)}
            </Caption1>
          </li>
        ))}
      </ul>
      <Field
        label={r.whenLabel}
        size="small"
        {...(parsed !== undefined && !parsed.ok
          ? {
              validationState: "error" as const,
              validationMessage: fill(r.unreadableEdit, { message: pick(parsed.message) }),
            }
          : {})}
      >
        <Input
          size="small"
          value={when}
          disabled={props.disabled}
          onChange={(_, data) => props.onWhen(data.value)}
        />
      </Field>
      {change.offers.map((offer) => {
        const taken =
          offer.field === "event" ? edit?.event === offer.suggestion : edit?.notes === offer.suggestion;
        return (
          <div key={`${offer.field}-${offer.suggestion}`}>
            <Checkbox
              size="medium"
              checked={taken}
              disabled={props.disabled}
              label={fill(r.offer, { text: offer.suggestion })}
              onChange={(_, data) =>
                offer.field !== "title" &&
                props.onOffer(offer.field, data.checked === true ? offer.suggestion : undefined)
              }
            />
            <Caption1 className={styles.muted}>
              {fill(r.offerNote, { years: offer.years.join(", ") })}
            </Caption1>
          </div>
        );
      })}
      <Checkbox
        checked={props.accepted}
        disabled={props.disabled}
        label={r.accepted}
        onChange={(_, data) => props.onAccept(data.checked === true)}
      />
    </li>
  );
}
