export { TABLE_HEADER_ROW } from "../../src/domain/table";
export { toExcelSerial } from "../../src/domain/dates/excelSerial";
