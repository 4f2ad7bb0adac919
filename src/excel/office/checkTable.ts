/**
 * Read, check and write Kontroll in one Excel.run: two syncs whatever the table's size (three
 * when there is an Ansvariga table, read once its existence is known). The first sync reads the
 * table and the plan and asks whether the owner register (Ansvariga) exists; the caller's pure
 * check computes the updates between the syncs; the second writes them, matched by ID. If the rows moved meanwhile, the overwritten
 * ID and Kategori cells are put back and it reads, checks and writes once more (four syncs);
 * if they move again the result is "changed-meanwhile" (five syncs, the last putting cells back).
 */
import { rawRowsFromValues, type CheckUpdate } from "../../domain/table";
import type { OwnerRecord } from "../../domain/types";
import { portFailure, portOk } from "../portErrors";
import type { CheckTableResult, CheckWriteResult, PortResult, TableCheckRead } from "../workbookPort";
import { supportsHighlight, withOneRetry, writeOnce } from "./checkWrite";
import { locateTimelineTable } from "./locateTable";
import { queueOwnersRead } from "./ownersTable";
import { loadPlanProperties, planFrom, type PlanProperties } from "./planInfo";
import { queueRulesRead } from "./rulesTable";
import { runExcel } from "./runExcel";

const NOTHING_WRITTEN: CheckWriteResult = { written: 0, assignedIds: {}, unmatched: [] };

/**
 * Read the timeline table, call `check` on what was read, and write the updates it returns.
 * `check` must be pure and quick (it runs between two syncs) and may run twice (after a retry).
 * When it returns no updates nothing is written (one sync). No table: "no-table"; a protected
 * sheet: "protected-sheet", before `check` runs.
 */
export function checkTable(
  check: (read: TableCheckRead) => readonly CheckUpdate[],
): Promise<PortResult<CheckTableResult>> {
  return runExcel(async (context) => {
    const highlight = supportsHighlight();
    return withOneRetry<CheckTableResult>(context, async (before) => {
      const loaded: {
        properties?: PlanProperties;
        owners?: () => Promise<OwnerRecord[] | null>;
        rules?: () => Promise<unknown[][] | null>;
      } = {};
      const located = await locateTimelineTable(context, () => {
        before();
        loaded.properties = loadPlanProperties(context);
        loaded.owners = queueOwnersRead(context);
        // The Regler table (docs/GOVERNANCE-RULES.md) is asked for in the same batch, as Ansvariga is.
        loaded.rules = queueRulesRead(context);
      });
      if (located === null) return portFailure("no-table");
      if (located.protected) return portFailure("protected-sheet");
      const read: TableCheckRead = {
        rows: rawRowsFromValues(located.body, located.mapping, located.bodyRow + 1),
        plan: loaded.properties === undefined ? null : planFrom(loaded.properties, located.corner),
        headerLanguage: located.mapping.language,
        owners: loaded.owners === undefined ? null : await loaded.owners(),
        rules: loaded.rules === undefined ? null : await loaded.rules(),
      };
      const updates = check(read);
      if (updates.length === 0) return portOk({ read, write: NOTHING_WRITTEN });
      const write = await writeOnce(context, located, updates, highlight);
      return "moved" in write ? write : portOk({ read, write });
    });
  });
}
