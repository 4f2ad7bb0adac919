/** The wheel's choices (rings, first month) and its two actions (refresh, insert as picture). */
import { Button, Field, makeStyles, Radio, RadioGroup, Select, tokens } from "@fluentui/react-components";
import type { RingMode } from "../../../domain/wheel";
import { useMessages } from "../../i18n/MessagesContext";
import { MONTH_NAMES, wheelMessages } from "../../i18n/wheelMessages";

const useStyles = makeStyles({
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

export interface WheelControlsProps {
  readonly rings: RingMode;
  readonly startMonth: number;
  readonly busy: boolean;
  /** False when this Excel cannot insert pictures: the button is disabled and says why. */
  readonly canInsert: boolean;
  readonly onRings: (rings: RingMode) => void;
  readonly onStartMonth: (month: number) => void;
  readonly onRefresh: () => void;
  readonly onInsert: () => void;
}

export function WheelControls(props: WheelControlsProps) {
  const styles = useStyles();
  const { language } = useMessages();
  const w = wheelMessages[language];
  return (
    <div className={styles.controls}>
      <Field label={w.ringsLabel}>
        <RadioGroup
          layout="horizontal"
          value={props.rings}
          onChange={(_, data) => props.onRings(data.value === "kind" ? "kind" : "owner")}
        >
          <Radio value="owner" label={w.ringsOwner} />
          <Radio value="kind" label={w.ringsKind} />
        </RadioGroup>
      </Field>
      <Field label={w.startMonthLabel}>
        <Select
          value={String(props.startMonth)}
          onChange={(_, data) => props.onStartMonth(Number(data.value))}
        >
          {MONTH_NAMES[language].map((name, index) => (
            <option key={name} value={String(index + 1)}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button onClick={props.onRefresh} disabled={props.busy}>
          {w.refresh}
        </Button>
        <Button
          appearance="primary"
          onClick={props.onInsert}
          disabled={props.busy || !props.canInsert}
          title={props.canInsert ? undefined : w.insertUnavailable}
        >
          {w.insert}
        </Button>
      </div>
    </div>
  );
}
