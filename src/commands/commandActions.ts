import { checkPlanCommand, createCalendarSheetCommand, type CommandHandler } from "./commandHandlers";

/**
 * manifest.xml <FunctionName> → the handler its ribbon button runs. "Exportera .ics" is not here:
 * it needs UI, so its button is a ShowTaskpane action that opens the pane at Export
 * (docs/ARCHITECTURE.md, "Ribbon buttons").
 */
export const COMMAND_ACTIONS: Readonly<Record<string, CommandHandler>> = {
  checkTimeline: checkPlanCommand,
  buildCalendarSheet: createCalendarSheetCommand,
};
