import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { SheetOutput } from "../../../workflows/sheetOutputs";
import type { ExportMessages } from "../../i18n/exportMessages";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface SheetButtonsProps {
  readonly t: ExportMessages;
  readonly busy: boolean;
  readonly onGenerate: (output: SheetOutput) => void;
}

/** "Kalenderblad" and "Utskrift", each with a sentence saying what it makes. */
export function SheetButtons({ t, busy, onGenerate }: SheetButtonsProps) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.item}>
        <Button disabled={busy} onClick={() => onGenerate("calendar")}>
          {t.calendarSheetButton}
        </Button>
        <Text size={200} className={styles.hint}>
          {t.calendarSheetHint}
        </Text>
      </div>
      <div className={styles.item}>
        <Button disabled={busy} onClick={() => onGenerate("print")}>
          {t.printButton}
        </Button>
        <Text size={200} className={styles.hint}>
          {t.printHint}
        </Text>
      </div>
    </>
  );
}
