/** Date expressions: plain dates, ISO weeks, Excel serials, month names and parseWhen. */
export * from "./plainDate";
export * from "./isoWeek";
export * from "./excelSerial";
export * from "./months";
export * from "./parseWhen";
