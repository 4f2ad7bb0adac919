/**
 * The ribbon buttons (ExecuteFunction): thin handlers that call the shared workflows and always
 * tell Office they are done. The action ids (commandActions.ts) match the <FunctionName>
 * elements of manifest.xml.
 *
 * Office.actions.associate runs at module top level, not inside Office.onReady: on the web the
 * first click can arrive before onReady resolves and then fails with an invalid-callback error
 * (office-js #2744, #3378). Microsoft's own sample associates at top level too
 * (https://learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands, "Sample code
 * for function commands").
 */
import { registerCommands } from "./registerCommands";

registerCommands(Office.actions);
void Office.onReady();
