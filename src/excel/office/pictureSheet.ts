/**
 * Put a picture (the årshjul's PNG) on a sheet of its own, in three syncs: (1) is there a sheet
 * of that name, and did the add-in generate it; (2) replace it with a new sheet holding the
 * picture, printed landscape on one A4 page; (3) mark the new sheet, by its id, as generated
 * (the same marking as renderSheetModel). A user's own sheet of that name is never touched.
 * Worksheet.shapes.addImage and pageLayout need ExcelApi 1.9; without it nothing is done.
 */
import { portFailure, portOk } from "../portErrors";
import type { PortResult } from "../workbookPort";
import { queueFallbackMark, queueGeneratedProbe, queueSheetMark } from "./generatedMarker";
import { runExcel } from "./runExcel";

/** Where the picture's top-left corner sits, in points (clear of the row and column headers). */
const PICTURE_OFFSET_PT = 12;

/** Shown size of a picture rendered at 2× (so it stays sharp when zoomed or printed). */
const RENDER_SCALE = 2;

/** The pixel size in a PNG's IHDR chunk (bytes 16–23), or null when it is not a PNG. */
export function pngSize(base64Png: string): { width: number; height: number } | null {
  let head: string;
  try {
    head = atob(base64Png.slice(0, 32));
  } catch {
    return null;
  }
  if (head.length < 24 || !head.startsWith("\x89PNG\r\n\x1a\n")) return null;
  const u32 = (at: number) =>
    ((head.charCodeAt(at) << 24) >>> 0) +
    (head.charCodeAt(at + 1) << 16) +
    (head.charCodeAt(at + 2) << 8) +
    head.charCodeAt(at + 3);
  return { width: u32(16), height: u32(20) };
}

/** Create or replace the generated sheet `name` with the picture; `marker` says what made it. */
export function insertPictureSheet(
  name: string,
  base64Png: string,
  marker: string,
): Promise<PortResult<void>> {
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.9")) {
    return Promise.resolve(portFailure("unsupported"));
  }
  const size = pngSize(base64Png);
  return runExcel(async (context) => {
    const probe = queueGeneratedProbe(context, name);
    await context.sync();
    const owner = await probe.owner();
    // A user's own sheet of that name is never deleted or overwritten.
    if (owner.kind === "user") return portFailure("name-taken");
    if (owner.kind === "generated") probe.queueRemove();
    const sheet = context.workbook.worksheets.add(name);
    queueSheetMark(sheet, marker);
    const picture = sheet.shapes.addImage(base64Png);
    picture.name = name;
    picture.lockAspectRatio = true;
    picture.left = PICTURE_OFFSET_PT;
    picture.top = PICTURE_OFFSET_PT;
    // px → pt is 0.75; the PNG has RENDER_SCALE px per SVG px.
    if (size !== null) picture.width = (size.width / RENDER_SCALE) * 0.75;
    sheet.showGridlines = false;
    const layout = sheet.pageLayout;
    layout.orientation = "Landscape";
    layout.paperSize = "A4";
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
    sheet.activate();
    sheet.load("id");
    await context.sync();
    queueFallbackMark(context, sheet, name, marker);
    await context.sync();
    return portOk(undefined);
  });
}
