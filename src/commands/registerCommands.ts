/**
 * Tie each ribbon action id to its handler. Separate from commands.ts (the entry, which calls it
 * at module top level) so a test can prove every action is associated synchronously.
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

/** The part of Office.actions this needs. */
export interface ActionRegistry {
  associate(actionId: string, handler: (event: unknown) => void): void;
}

/** Associate every action in COMMAND_ACTIONS, now (not after Office.onReady). */
export function registerCommands(actions: ActionRegistry): void {
  for (const [actionId, handler] of Object.entries(COMMAND_ACTIONS)) {
    actions.associate(actionId, (event: unknown) => {
      // runCommand calls event.completed() within a bounded time whatever happens.
      void runCommand(handler, officeCommandHost, isCommandEvent(event) ? event : undefined);
    });
  }
}
