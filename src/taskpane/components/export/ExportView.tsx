import { Button, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { Bilingual } from "../../../domain/types";
import {
  deliverIcs,
  exportOwners,
  prepareIcsExport,
  rememberExport,
  type IcsFile,
} from "../../../workflows/exportCalendar";
import { generateSheet, type SheetOutput } from "../../../workflows/sheetOutputs";
import { readWorkbookTimeline } from "../../../workflows/workbookTimeline";
import { exportMessages } from "../../i18n/exportMessages";
import { useMessages } from "../../i18n/MessagesContext";
import { usePane } from "../../state/PaneContext";
import { CalendarClients } from "./CalendarClients";
import { ErrorsFirst } from "./ErrorsFirst";
import { IcsOptionsForm, type IcsChoices } from "./IcsOptionsForm";
import { copyText, paneDeliverySurface } from "./paneDelivery";
import { SheetButtons } from "./SheetButtons";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  status: { fontWeight: tokens.fontWeightSemibold },
});

type Action = "export" | "copy";
type Busy = Action | SheetOutput | null;
/** A status message and the section it is shown under (the one whose button was pressed). */
interface Status {
  readonly section: "ics" | "sheets";
  readonly text: string;
}
interface Pending {
  readonly action: Action;
  readonly file: IcsFile;
  readonly errorCount: number;
}

const INITIAL_CHOICES: IcsChoices = {
  profile: "add",
  owner: "",
  reminderDays: 0,
  includeSpans: true,
  allDay: "free",
};

/** The Calendar tab: "Exportera .ics" (with Copy), "Kalenderblad" and "Utskrift". */
export function ExportView() {
  const styles = useStyles();
  const { language, pick } = useMessages();
  const t = exportMessages[language];
  const { dispatch, port } = usePane();
  const [choices, setChoices] = useState<IcsChoices>(INITIAL_CHOICES);
  const [owners, setOwners] = useState<string[]>([]);
  const [busy, setBusy] = useState<Busy>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatusState] = useState<Status>({ section: "ics", text: "" });

  useEffect(() => {
    let active = true;
    void readWorkbookTimeline(port).then((read) => {
      if (active && read.ok && read.value !== null)
        setOwners(exportOwners(read.value.timeline, read.value.owners));
    });
    return () => {
      active = false;
    };
  }, [port]);

  const setStatus = useCallback(
    (text: string, where?: Status["section"]) =>
      setStatusState((previous) => ({ section: where ?? previous.section, text })),
    [],
  );

  const fail = useCallback(
    (message: Bilingual) => {
      setStatus(message[language]);
      dispatch({ type: "failed", message });
    },
    [dispatch, language, setStatus],
  );

  const handOver = useCallback(
    async (action: Action, file: IcsFile) => {
      const unreadable = file.unreadableCount > 0 ? ` ${t.unreadable(file.unreadableCount)}` : "";
      const cancelled = file.cancelledCount > 0 ? t.cancelledNote(file.cancelledCount) : "";
      // What was handed over is what the next export compares with (SEQUENCE, cancellations).
      const remember = async () => ((await rememberExport(port, file)) ? "" : t.rememberFailed);
      if (action === "copy") {
        const copied = await copyText(file.text);
        if (!copied) fail({ sv: exportMessages.sv.copyFailed, en: exportMessages.en.copyFailed });
        else setStatus(t.copied(file.eventCount) + cancelled + unreadable + (await remember()));
        return;
      }
      const delivery = deliverIcs(file, paneDeliverySurface());
      if (delivery === null)
        fail({ sv: exportMessages.sv.noBrowserWindow, en: exportMessages.en.noBrowserWindow });
      else if (delivery === "download")
        setStatus(t.downloaded(file.fileName, file.eventCount) + cancelled + unreadable + (await remember()));
      else setStatus(t.openedInBrowser(file.fileName) + cancelled + unreadable + (await remember()));
    },
    [fail, port, setStatus, t],
  );

  const run = useCallback(
    async (action: Action) => {
      setBusy(action);
      setPending(null);
      setStatus(t.working, "ics");
      try {
        const prepared = await prepareIcsExport(port, { ...choices, lang: language });
        if (!prepared.ok) {
          fail(prepared.message);
          return;
        }
        if (prepared.errorCount > 0) {
          setStatus(t.errorsFound(prepared.errorCount));
          setPending({ action, file: prepared.file, errorCount: prepared.errorCount });
          return;
        }
        await handOver(action, prepared.file);
      } finally {
        setBusy(null);
      }
    },
    [choices, fail, handOver, language, port, setStatus, t],
  );

  const generate = useCallback(
    async (output: SheetOutput) => {
      setBusy(output);
      setStatus(t.sheetWorking, "sheets");
      try {
        const result = await generateSheet(port, output, language);
        if (result.ok) setStatus(pick(result.message));
        else fail(result.message);
      } finally {
        setBusy(null);
      }
    },
    [fail, language, pick, port, setStatus, t],
  );

  const statusUnder = (where: Status["section"]) => (
    <Text role="status" aria-live="polite" className={styles.status} data-testid="export-status">
      {status.section === where ? status.text : ""}
    </Text>
  );

  return (
    <section className={styles.view} aria-labelledby="export-title">
      <Text className={styles.hint}>{t.intro}</Text>
      <div className={styles.section}>
        <Subtitle2 as="h2" id="export-title" className={styles.heading}>
          {t.icsHeading}
        </Subtitle2>
        <IcsOptionsForm
          t={t}
          choices={choices}
          owners={owners}
          disabled={busy !== null}
          onChange={setChoices}
        />
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy !== null} onClick={() => void run("export")}>
            {t.exportButton}
          </Button>
          <Button disabled={busy !== null} onClick={() => void run("copy")}>
            {t.copyButton}
          </Button>
        </div>
        <Text size={200} className={styles.hint}>
          {t.copyHint}
        </Text>
        {pending !== null && (
          <ErrorsFirst
            t={t}
            errorCount={pending.errorCount}
            onExportAnyway={() => {
              setPending(null);
              void handOver(pending.action, pending.file);
            }}
            onCancel={() => {
              setPending(null);
              setStatus("");
            }}
          />
        )}
        {statusUnder("ics")}
        <Subtitle2 as="h3" className={styles.heading}>
          {t.clientsHeading}
        </Subtitle2>
        <CalendarClients t={t} />
      </div>
      <div className={styles.section}>
        <Subtitle2 as="h2" className={styles.heading}>
          {t.sheetsHeading}
        </Subtitle2>
        <Text className={styles.hint}>{t.sheetsIntro}</Text>
        <SheetButtons t={t} busy={busy !== null} onGenerate={(output) => void generate(output)} />
        {statusUnder("sheets")}
      </div>
    </section>
  );
}
