import {
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import type { IcsExportOptions } from "../../../workflows/exportCalendar";
import type { ExportMessages } from "../../i18n/exportMessages";

/** The options the view keeps (the language comes from the pane). */
export type IcsChoices = Omit<IcsExportOptions, "lang">;

const REMINDER_DAYS = [0, 1, 3, 7, 14] as const;

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  hint: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    paddingLeft: "32px",
    marginTop: `calc(-1 * ${tokens.spacingVerticalXS})`,
    marginBottom: tokens.spacingVerticalXS,
  },
});

export interface IcsOptionsFormProps {
  readonly t: ExportMessages;
  readonly choices: IcsChoices;
  readonly owners: readonly string[];
  readonly disabled: boolean;
  readonly onChange: (choices: IcsChoices) => void;
}

/** Profile, owner filter, reminders, free/busy and month/season entries for the calendar file. */
export function IcsOptionsForm({ t, choices, owners, disabled, onChange }: IcsOptionsFormProps) {
  const styles = useStyles();
  const addHint = useId();
  const separateHint = useId();
  const allDayHint = useId();
  return (
    <div className={styles.form}>
      <Field label={t.profileLabel}>
        <RadioGroup
          value={choices.profile}
          disabled={disabled}
          onChange={(_, data) =>
            onChange({ ...choices, profile: data.value === "separate" ? "separate" : "add" })
          }
        >
          <Radio value="add" label={t.profileAdd} aria-describedby={addHint} />
          <Text size={200} id={addHint} className={styles.hint}>
            {t.profileAddHint}
          </Text>
          <Radio value="separate" label={t.profileSeparate} aria-describedby={separateHint} />
          <Text size={200} id={separateHint} className={styles.hint}>
            {t.profileSeparateHint}
          </Text>
        </RadioGroup>
      </Field>
      <Field label={t.ownerLabel}>
        <Select
          value={choices.owner ?? ""}
          disabled={disabled}
          onChange={(_, data) => onChange({ ...choices, owner: data.value })}
        >
          <option value="">{t.ownerAll}</option>
          {owners.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.remindersLabel}>
        <Select
          value={String(choices.reminderDays ?? 0)}
          disabled={disabled}
          onChange={(_, data) => onChange({ ...choices, reminderDays: Number(data.value) })}
        >
          {REMINDER_DAYS.map((days) => (
            <option key={days} value={days}>
              {days === 0 ? t.remindersOff : t.remindersDays(days)}
            </option>
          ))}
        </Select>
      </Field>
      <Switch
        checked={(choices.allDay ?? "free") === "free"}
        disabled={disabled}
        label={t.allDayFreeLabel}
        aria-describedby={allDayHint}
        onChange={(_, data) => onChange({ ...choices, allDay: data.checked ? "free" : "busy" })}
      />
      <Text size={200} id={allDayHint} className={styles.hint}>
        {t.allDayFreeHint}
      </Text>
      <Switch
        checked={choices.includeSpans}
        disabled={disabled}
        label={t.spansLabel}
        onChange={(_, data) => onChange({ ...choices, includeSpans: data.checked })}
      />
    </div>
  );
}
