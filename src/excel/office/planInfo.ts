/**
 * The plan's title, year and identity as custom document properties (they travel with the file),
 * with the Tidsplan sheet's A1/B2/B3 as fallback (what `tidsplan export --xlsx` writes: ExcelJS
 * cannot write custom properties).
 */
import { isPlanId, planIdentity } from "../../domain/ics/identity";
import type { CellScalar } from "../../domain/table";
import { planIdLabel, planYearLabel } from "../../domain/table";
import type { PlanInfo } from "../../domain/types";

export const TITLE_PROPERTY = "TidsplanTitel";
export const YEAR_PROPERTY = "TidsplanPlanar";
/** The plan's identity, part of every calendar UID (domain/ics/identity.ts). */
export const PLAN_ID_PROPERTY = "TidsplanPlanId";

export interface PlanProperties {
  readonly title: Excel.CustomProperty;
  readonly year: Excel.CustomProperty;
  readonly id: Excel.CustomProperty;
}

/** Queue loading the plan properties (read them after the next sync with {@link planFrom}). */
export function loadPlanProperties(context: Excel.RequestContext): PlanProperties {
  const custom = context.workbook.properties.custom;
  return {
    title: custom.getItemOrNullObject(TITLE_PROPERTY).load("value"),
    year: custom.getItemOrNullObject(YEAR_PROPERTY).load("value"),
    id: custom.getItemOrNullObject(PLAN_ID_PROPERTY).load("value"),
  };
}

/** Queue storing the plan properties. */
export function storePlanProperties(context: Excel.RequestContext, plan: PlanInfo): void {
  const custom = context.workbook.properties.custom;
  custom.add(TITLE_PROPERTY, plan.title);
  custom.add(YEAR_PROPERTY, String(plan.year));
  custom.add(PLAN_ID_PROPERTY, planIdentity(plan));
}

/** The plan identity in a sheet corner's third row (A3 "Plan-ID", B3 the identity), if any. */
function cornerPlanId(corner?: readonly (readonly CellScalar[])[]): string | undefined {
  const label = String(corner?.[2]?.[0] ?? "").trim();
  const id = String(corner?.[2]?.[1] ?? "").trim();
  return (label === planIdLabel("sv") || label === planIdLabel("en")) && isPlanId(id) ? id : undefined;
}

/**
 * The plan from loaded properties, else from a sheet corner (A1 title, A2 "Planår", B2 year,
 * A3 "Plan-ID", B3 identity).
 */
export function planFrom(
  properties: PlanProperties,
  corner?: readonly (readonly CellScalar[])[],
): PlanInfo | null {
  if (!properties.year.isNullObject) {
    const year = Number(properties.year.value);
    if (Number.isInteger(year)) {
      const stored = properties.id.isNullObject ? "" : String(properties.id.value);
      const id = isPlanId(stored) ? stored : cornerPlanId(corner);
      return {
        title: properties.title.isNullObject ? "" : String(properties.title.value),
        year,
        ...(id === undefined ? {} : { id }),
      };
    }
  }
  const label = String(corner?.[1]?.[0] ?? "").trim();
  const year = Number(corner?.[1]?.[1]);
  if (
    (label === planYearLabel("sv") || label === planYearLabel("en")) &&
    Number.isInteger(year) &&
    year > 0
  ) {
    const id = cornerPlanId(corner);
    return { title: String(corner?.[0]?.[0] ?? ""), year, ...(id === undefined ? {} : { id }) };
  }
  return null;
}
