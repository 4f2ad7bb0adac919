/**
 * The ribbon buttons (ExecuteFunction): thin handlers that call the work in src/excel and
 * src/domain and always tell Office they are done. The action ids (commandActions.ts) match the
 * <FunctionName> elements of manifest.xml.
 */
import { COMMAND_ACTIONS } from "./commandActions";

type CommandEvent = { completed: () => void };

function isCommandEvent(value: unknown): value is CommandEvent {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Partial<CommandEvent>).completed === "function"
  );
}

function register(): void {
  for (const [actionId, handler] of Object.entries(COMMAND_ACTIONS)) {
    Office.actions.associate(actionId, (event: unknown) => {
      handler()
        .catch((error: unknown) => console.error(`Tidsplan: ${actionId} failed`, error))
        .finally(() => {
          // Office waits for completed(); without it the ribbon button stays busy.
          if (isCommandEvent(event)) event.completed();
        });
    });
  }
}

void Office.onReady(() => register());
