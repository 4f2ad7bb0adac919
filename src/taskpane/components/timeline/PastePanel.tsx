import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { importTimeline, yearInText } from "../../../domain/import";
import type { ImportResult, PlanInfo } from "../../../domain/types";
import { useMessages } from "../../i18n/MessagesContext";
import { bilingual, bilingualFill } from "../../i18n/messages";
import { usePane } from "../../state/PaneContext";
import { ImportPreview } from "./ImportPreview";
import { importablePaste, previewImport } from "./pastedText";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  plan: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 5.5em",
    columnGap: tokens.spacingHorizontalS,
  },
  field: { minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  textarea: { width: "100%" },
});

/** The import's default title when the text names none (see importTimeline). */
const DEFAULT_TITLE = "Tidsplan";

export interface PastePanelProps {
  /** Text to start from (the active sheet's cells, when converting); empty for pasting. */
  readonly initialText?: string;
  /** The panel's heading. */
  readonly heading: string;
  /** Called when the table was created. */
  readonly onCreated: (rows: number) => void;
  readonly onCancel: () => void;
}

function validYear(text: string): number | undefined {
  const year = Number(text.trim());
  return /^\d{4}$/.test(text.trim()) && year >= 1900 && year <= 2200 ? year : undefined;
}

/**
 * Paste a timeline as text, see what the import makes of it, and create the Tidsplan table.
 * The plan title and year come from the text; when they cannot be read from it, they are asked for.
 */
export function PastePanel(props: PastePanelProps) {
  const styles = useStyles();
  const { t, language } = useMessages();
  const { port, dispatch } = usePane();
  const [pasted, setText] = useState(props.initialText ?? "");
  const text = useMemo(() => importablePaste(pasted), [pasted]);
  const [title, setTitle] = useState<string | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const inferred = useMemo(() => {
    const result = importTimeline({ text });
    const plan = result.ok ? result.timeline.plan : null;
    return {
      result,
      title: plan !== null && plan.title !== DEFAULT_TITLE ? plan.title : "",
      year: yearInText(text) !== undefined && plan !== null ? String(plan.year) : "",
    };
  }, [text]);
  const titleValue = title ?? inferred.title;
  const yearValue = year ?? inferred.year;
  const planYear = validYear(yearValue);
  const askForPlan = text.trim() !== "" && (inferred.title === "" || inferred.year === "");

  const preview: ImportResult | null = useMemo(
    () => previewImport(text, inferred.result, planYear, titleValue.trim()),
    [text, inferred.result, planYear, titleValue],
  );

  const canCreate =
    preview !== null &&
    preview.ok &&
    preview.timeline.entries.length > 0 &&
    planYear !== undefined &&
    titleValue.trim() !== "";

  const create = async () => {
    if (preview === null || !preview.ok || planYear === undefined) return;
    setBusy(true);
    dispatch({ type: "status", status: bilingual("creatingTable") });
    const plan: PlanInfo = { ...preview.timeline.plan, title: titleValue.trim(), year: planYear };
    const timeline = { ...preview.timeline, plan };
    const created = await port.createTimelineTable(timeline, language);
    const stored = created.ok ? await port.setPlanInfo(plan) : created;
    setBusy(false);
    if (!stored.ok) {
      dispatch({ type: "failed", message: stored.message });
      return;
    }
    dispatch({ type: "planStored", plan });
    dispatch({ type: "status", status: bilingualFill("tableCreated", { n: timeline.entries.length }) });
    props.onCreated(timeline.entries.length);
  };

  return (
    <section className={styles.section} aria-label={props.heading} data-testid="paste-panel">
      <Subtitle1 as="h2" className={styles.heading}>
        {props.heading}
      </Subtitle1>
      <Field label={t.pasteLabel} hint={t.pasteHint}>
        <Textarea
          className={styles.textarea}
          value={pasted}
          onChange={(_event, data) => setText(data.value)}
          resize="vertical"
          rows={8}
          data-testid="paste-text"
        />
      </Field>
      {askForPlan ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.planNotInferred}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.plan}>
        <Field label={t.planTitleLabel} required className={styles.field}>
          <Input
            className={styles.input}
            value={titleValue}
            onChange={(_event, data) => setTitle(data.value)}
          />
        </Field>
        <Field
          label={t.planYearLabel}
          required
          className={styles.field}
          validationState={yearValue !== "" && planYear === undefined ? "error" : "none"}
          validationMessage={yearValue !== "" && planYear === undefined ? t.planYearInvalid : undefined}
        >
          <Input
            className={styles.input}
            value={yearValue}
            inputMode="numeric"
            onChange={(_event, data) => setYear(data.value)}
          />
        </Field>
      </div>
      {preview === null ? (
        // Nothing to preview (an empty box, or only blanks pasted): say so, never a silent nothing.
        <MessageBar intent="info" layout="multiline" data-testid="paste-nothing">
          <MessageBarBody>{t.previewNone}</MessageBarBody>
        </MessageBar>
      ) : preview.ok ? (
        <ImportPreview timeline={preview.timeline} />
      ) : (
        <MessageBar intent="warning" layout="multiline" data-testid="paste-problem">
          {/* The import speaks of "the file"; for a paste, "binary" is said of what was pasted. */}
          <MessageBarBody>
            {preview.reason === "binary" ? t.previewBinary : preview.message[language]}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!canCreate || busy} onClick={() => void create()}>
          {t.createTable}
        </Button>
        <Button onClick={props.onCancel} disabled={busy}>
          {t.cancel}
        </Button>
        {busy ? <Spinner size="tiny" label={t.creatingTable} /> : null}
      </div>
    </section>
  );
}
