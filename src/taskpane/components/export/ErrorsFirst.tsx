import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { ExportMessages } from "../../i18n/exportMessages";

export interface ErrorsFirstProps {
  readonly t: ExportMessages;
  readonly errorCount: number;
  readonly onExportAnyway: () => void;
  readonly onCancel: () => void;
}

/** The check found errors: say how many before the file is handed over, and let the user choose. */
export function ErrorsFirst({ t, errorCount, onExportAnyway, onCancel }: ErrorsFirstProps) {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="export-errors">
      <MessageBarBody>{t.errorsFound(errorCount)}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" onClick={onExportAnyway}>
          {t.exportAnyway}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t.cancel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
