/**
 * The ribbon buttons (ExecuteFunction): thin handlers that call the shared workflows and always
 * tell Office they are done. The action ids (commandActions.ts) match the <FunctionName>
 * elements of manifest.xml.
 */
import { COMMAND_ACTIONS } from "./commandActions";
import { runCommand, type CommandEvent } from "./commandHandlers";
import { officeCommandHost } from "./officeCommandHost";

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
      // runCommand calls event.completed() whatever happens; without it the button stays busy.
      void runCommand(handler, officeCommandHost, isCommandEvent(event) ? event : undefined);
    });
  }
}

void Office.onReady(() => register());
