#!/usr/bin/env node
// Renders the add-in's PNG icons from the SVG sources in assets/ (`npm run icons`).
// The PNGs are committed; run this only after changing an SVG. A source named
// `<name>-16.svg` is the hand-tuned 16 px cut and is used for the 16 px PNG; every other
// size scales `<name>.svg`. Uses playwright-core with Debian's Chromium (no download).
import { readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const assets = path.join(root, "assets");

/** Which PNG sizes each icon needs: the app icon for IconUrl (32), HighResolutionIconUrl (64),
 *  the ribbon (16/32/80) and 128 for the admin centre / store listing; buttons 16/32/80. */
export const ICONS = [
  { name: "icon", sizes: [16, 32, 64, 80, 128] },
  { name: "icon-check", sizes: [16, 32, 80] },
  { name: "icon-calendar", sizes: [16, 32, 80] },
  { name: "icon-export", sizes: [16, 32, 80] },
];

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

async function sourceFor(name, size) {
  const small = path.join(assets, `${name}-16.svg`);
  const file = size <= 16 && existsSync(small) ? small : path.join(assets, `${name}.svg`);
  return readFile(file, "utf8");
}

function pageFor(svg, size) {
  const sized = svg.replace(/\swidth="\d+"\s+height="\d+"/, ` width="${size}" height="${size}"`);
  return `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent}
svg{display:block}</style></head><body>${sized}</body></html>`;
}

async function main() {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    console.error(`Chromium not found at ${executablePath}. Install it: apt-get install chromium`);
    process.exit(1);
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const { name, sizes } of ICONS) {
      for (const size of sizes) {
        await page.setViewportSize({ width: size, height: size });
        await page.setContent(pageFor(await sourceFor(name, size), size));
        const png = await page.screenshot({
          omitBackground: true,
          clip: { x: 0, y: 0, width: size, height: size },
        });
        const out = path.join(assets, `${name}-${size}.png`);
        await writeFile(out, png);
        console.log(`wrote ${path.relative(root, out)} (${size}x${size})`);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
