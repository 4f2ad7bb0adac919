import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { reglerDefaultRows, type Organisation, type ReglerRead } from "../../../domain/governance";
import type { Bilingual } from "../../../domain/types";
import { useMessages } from "../../i18n/MessagesContext";
import { bilingual, fill } from "../../i18n/messages";
import { usePane } from "../../state/PaneContext";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "end",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * "Skapa regeltabell": the Regler sheet with the law's defaults (docs/GOVERNANCE-RULES.md), for a
 * kommun or a region, chosen here once; then the check runs again. Shows the cells of the table
 * the last check could not read. Hidden when the workbook port cannot create the table.
 */
export function RulesTableControl(props: {
  readonly busy: boolean;
  readonly rules: ReglerRead | null;
  readonly onCreated: () => Promise<void>;
}) {
  const styles = useStyles();
  const { t, pick, language } = useMessages();
  const { port, dispatch } = usePane();
  const [organisation, setOrganisation] = useState<Organisation>("kommun");
  const [note, setNote] = useState<Bilingual | null>(null);
  if (port.createRulesTable === undefined) return null;
  const create = port.createRulesTable.bind(port);

  const onCreate = async () => {
    const rows = reglerDefaultRows(language).map((row) =>
      row[0] === "Organisation" ? [row[0], row[1] ?? "", organisation, row[3] ?? ""] : row,
    );
    const result = await create(rows);
    if (!result.ok) {
      dispatch({ type: "failed", message: result.message });
      return;
    }
    const message = bilingual(result.value === "created" ? "rulesCreated" : "rulesExist");
    setNote(message);
    dispatch({ type: "status", status: message });
    await props.onCreated();
  };

  const problems = props.rules?.problems ?? [];
  return (
    <>
      <div className={styles.row}>
        <Field label={t.rulesOrganisation}>
          <Select
            value={organisation}
            disabled={props.busy}
            onChange={(_, data) => setOrganisation(data.value === "region" ? "region" : "kommun")}
          >
            <option value="kommun">{t.rulesKommun}</option>
            <option value="region">{t.rulesRegion}</option>
          </Select>
        </Field>
        <Button disabled={props.busy} onClick={() => void onCreate()}>
          {t.createRules}
        </Button>
      </div>
      {note === null ? null : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{pick(note)}</MessageBarBody>
        </MessageBar>
      )}
      {problems.length === 0 ? null : (
        <MessageBar intent="warning" layout="multiline" data-testid="rules-problems">
          <MessageBarBody>
            <ul className={styles.list}>
              {problems.map((problem) => (
                <li key={`${problem.row}-${problem.message.en}`}>
                  {fill(t.rulesProblem, { row: problem.row, message: pick(problem.message) })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
