export * from "./columns";
export * from "./rowIds";
export * from "./kindLabels";
export * from "./checkUpdate";
export * from "./checkWritePlan";
export * from "./tableRows";
export * from "./ownerColumns";
export * from "./sheetLayout";
