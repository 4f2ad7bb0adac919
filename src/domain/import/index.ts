/** Import: text and rows in, a checked timeline out. */
export * from "./decodeText";
export * from "./delimited";
export * from "./cells";
export * from "./headerRow";
export * from "./ownerSplit";
export * from "./inferKind";
export * from "./entryId";
export * from "./importRows";
export * from "./importTimeline";
export * from "./skipReasons";
