/**
 * The work behind each ribbon button.
 *
 * TODO(calendar-export, issue 6): exportIcsCommand and createCalendarSheetCommand are placeholders.
 * TODO(excel, issue 5): checkPlanCommand is a placeholder.
 * Replace their bodies; keep the signatures (commands.ts registers them with Office.actions).
 */

/** Ribbon "Kontrollera / Check": read the table, validate, write Kontroll. */
export async function checkPlanCommand(): Promise<void> {
  // Placeholder until the Excel work lands (issue 5).
}

/** Ribbon "Kalenderblad / Calendar sheet": generate the sheet "Kalender <år>". */
export async function createCalendarSheetCommand(): Promise<void> {
  // Placeholder until the calendar-export work lands (issue 6).
}

/** Ribbon "Exportera .ics / Export .ics": produce "<plan name>.ics" in one click. */
export async function exportIcsCommand(): Promise<void> {
  // Placeholder until the calendar-export work lands (issue 6).
}
