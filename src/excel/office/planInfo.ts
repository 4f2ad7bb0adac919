/**
 * The plan's title and year as custom document properties (they travel with the file; ExcelJS
 * and the CLI read them from docProps/custom.xml), with the Tidsplan sheet's A1/B2 as fallback.
 */
import type { CellScalar } from "../../domain/table";
import { planYearLabel } from "../../domain/table";
import type { PlanInfo } from "../../domain/types";

export const TITLE_PROPERTY = "TidsplanTitel";
export const YEAR_PROPERTY = "TidsplanPlanar";

export interface PlanProperties {
  readonly title: Excel.CustomProperty;
  readonly year: Excel.CustomProperty;
}

/** Queue loading the plan properties (read them after the next sync with {@link planFrom}). */
export function loadPlanProperties(context: Excel.RequestContext): PlanProperties {
  const custom = context.workbook.properties.custom;
  return {
    title: custom.getItemOrNullObject(TITLE_PROPERTY).load("value"),
    year: custom.getItemOrNullObject(YEAR_PROPERTY).load("value"),
  };
}

/** Queue storing the plan properties. */
export function storePlanProperties(context: Excel.RequestContext, plan: PlanInfo): void {
  const custom = context.workbook.properties.custom;
  custom.add(TITLE_PROPERTY, plan.title);
  custom.add(YEAR_PROPERTY, String(plan.year));
}

/**
 * The plan from loaded properties, else from a sheet corner (A1 title, A2 "Planår", B2 year).
 */
export function planFrom(
  properties: PlanProperties,
  corner?: readonly (readonly CellScalar[])[],
): PlanInfo | null {
  if (!properties.year.isNullObject) {
    const year = Number(properties.year.value);
    if (Number.isInteger(year)) {
      return {
        title: properties.title.isNullObject ? "" : String(properties.title.value),
        year,
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
    return { title: String(corner?.[0]?.[0] ?? ""), year };
  }
  return null;
}
