import { checkPlanCommand, createCalendarSheetCommand, exportIcsCommand } from "./commandHandlers";

/** manifest.xml <FunctionName> → the handler its ribbon button runs. */
export const COMMAND_ACTIONS: Readonly<Record<string, () => Promise<void>>> = {
  checkTimeline: checkPlanCommand,
  buildCalendarSheet: createCalendarSheetCommand,
  exportIcs: exportIcsCommand,
};
