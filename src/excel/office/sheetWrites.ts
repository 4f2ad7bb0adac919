/**
 * The sheet writes officeWorkbook.ts loads on first use, as one chunk: render a sheet model (the
 * calendar sheet, the print view) and insert a picture sheet (the årshjul).
 */
export { insertPictureSheet } from "./pictureSheet";
export { renderSheetModel } from "./renderSheet";
