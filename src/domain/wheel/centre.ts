/**
 * The centre of the wheel: the plan's year, large, and its title wrapped to fit the disc.
 */
import type { Timeline } from "../types";
import { dateOfIndex } from "./geometry";
import type { WheelLayout } from "./layout";
import { el, text } from "./svg";

const INK = "#1F2933";
const GRID = "#CBD2D9";

function wrap(words: readonly string[], maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (candidate.length <= maxChars || line === "") line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${(kept[maxLines - 1] ?? "").slice(0, maxChars - 1)}…`;
  return kept;
}

/**
 * The centre: the plan's year, large, and its title (without a trailing repeat of the year).
 *
 * @example
 * drawCentre(layout, timeline); // '<g data-kind="centre">…2007…TIDSPLAN FÖR…</g>'
 */
export function drawCentre(layout: WheelLayout, timeline: Timeline): string {
  const { centre, radii, window, height: size } = layout;
  const last = dateOfIndex(window, window.days - 1);
  const year =
    window.start.year === last.year
      ? String(last.year)
      : `${window.start.year}/${String(last.year).slice(-2)}`;
  const titleSize = Math.max(size * 0.013, Math.min(size * 0.019, radii.hub * 0.14));
  const maxChars = Math.max(8, Math.floor((radii.hub * 1.55) / (titleSize * 0.58)));
  const words = timeline.plan.title.split(/\s+/).filter((w) => w !== "");
  if (words.length > 1 && words[words.length - 1]?.replace(/\D/g, "") === String(last.year)) words.pop();
  const lines = wrap(
    words.filter((w) => w !== ""),
    maxChars,
    4,
  );
  const yearSize = Math.min(size * 0.06, radii.hub * 0.5);
  const top = centre.y - (yearSize * 0.9 + lines.length * titleSize * 1.25) / 2;
  const parts = [
    el("circle", {
      cx: centre.x,
      cy: centre.y,
      r: radii.hub,
      fill: "#FFFFFF",
      stroke: GRID,
      "stroke-width": size * 0.0015,
    }),
    el(
      "text",
      {
        x: centre.x,
        y: top + yearSize * 0.8,
        "text-anchor": "middle",
        "font-size": yearSize,
        "font-weight": 700,
        fill: INK,
      },
      [text(year)],
    ),
    ...lines.map((line, i) =>
      el(
        "text",
        {
          x: centre.x,
          y: top + yearSize * 0.9 + titleSize * (1.25 * i + 1.1),
          "text-anchor": "middle",
          "font-size": titleSize,
          "font-weight": 600,
          fill: "#3E4C59",
        },
        [text(line)],
      ),
    ),
  ];
  return el("g", { "data-kind": "centre" }, parts);
}
