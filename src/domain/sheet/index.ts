export * from "./sheetModel";
