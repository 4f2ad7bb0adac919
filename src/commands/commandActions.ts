import {
  checkPlanCommand,
  createCalendarSheetCommand,
  exportIcsCommand,
  type CommandHandler,
} from "./commandHandlers";

/** manifest.xml <FunctionName> → the handler its ribbon button runs. */
export const COMMAND_ACTIONS: Readonly<Record<string, CommandHandler>> = {
  checkTimeline: checkPlanCommand,
  buildCalendarSheet: createCalendarSheetCommand,
  exportIcs: exportIcsCommand,
};
