/**
 * The wheel's SVG as a PNG, rendered by the pane's own browser: Image from a Blob URL of the SVG,
 * drawn on a canvas at `scale`, read back as base64 (without the "data:image/png;base64," prefix,
 * as shapes.addImage wants it). No library: the pane is already a browser.
 */

/** The width and height attributes of an SVG root (its size in px), or null. */
function svgSize(svg: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  return width > 0 && height > 0 ? { width, height } : null;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("the SVG did not load as an image"));
    image.src = url;
  });
}

/** Render `svg` to a PNG at `scale` × its size; null when this browser cannot. */
export async function svgToPngBase64(svg: string, scale = 2): Promise<string | null> {
  const size = svgSize(svg);
  if (size === null) return null;
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const context = canvas.getContext("2d");
    if (context === null) return null;
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const dataUrl = canvas.toDataURL("image/png");
    const prefix = "data:image/png;base64,";
    return dataUrl.startsWith(prefix) ? dataUrl.slice(prefix.length) : null;
  } catch {
    // A browser that cannot draw SVG images: the caller shows a clear message.
    return null;
  } finally {
    URL.revokeObjectURL(url);
  }
}
