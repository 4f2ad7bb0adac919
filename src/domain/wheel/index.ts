/** The årshjul (annual wheel): layout and SVG. */
export { buildWheelSvg } from "./buildWheelSvg";
export { layoutWheel } from "./layout";
export type {
  WheelOptions,
  WheelLayout,
  WheelItem,
  WheelRingLayout,
  WheelSegment,
  OffWheelItem,
} from "./layout";
export { assignLanes, extentsOverlap } from "./lanes";
export type { DayExtent } from "./lanes";
export { wheelRings, WHEEL_PALETTE, KIND_ORDER } from "./rings";
export type { RingMode, WheelRing } from "./rings";
export { escapeXml } from "./svg";
