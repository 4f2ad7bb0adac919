/**
 * Ring names written on the wheel itself, along the ring in its widest empty stretch, so that a
 * printed wheel can be read without looking across to the legend. Curved text (textPath) on an
 * arc that runs clockwise in the upper half and anticlockwise in the lower, so it stays upright.
 */
import { dayAngle, polar } from "./geometry";
import type { WheelLayout } from "./layout";
import { darken } from "./rings";
import { el, num, text } from "./svg";

/**
 * The widest stretch of days (start, length) on a circle of `period` days that none of the
 * given extents covers; undefined when they cover everything.
 *
 * @example
 * widestGap([{ from: 0, to: 100 }, { from: 150, to: 300 }], 365); // { start: 300, length: 65 }
 */
export function widestGap(
  extents: readonly { from: number; to: number }[],
  period: number,
): { start: number; length: number } | undefined {
  if (extents.length === 0) return { start: 0, length: period };
  const norm = extents
    .flatMap((e) => {
      const from = ((e.from % period) + period) % period;
      const to = from + (e.to - e.from);
      return to > period
        ? [
            { from, to: period },
            { from: 0, to: to - period },
          ]
        : [{ from, to }];
    })
    .sort((a, b) => a.from - b.from);
  let best: { start: number; length: number } | undefined;
  let reach = norm.reduce((m, e) => Math.max(m, e.to), 0) - period; // coverage wrapping past day 0
  for (const e of norm) {
    if (e.from > reach && (best === undefined || e.from - reach > best.length))
      best = { start: reach, length: e.from - reach };
    reach = Math.max(reach, e.to);
  }
  const wrapEnd = (norm[0]?.from ?? 0) + period;
  if (wrapEnd > reach && (best === undefined || wrapEnd - reach > best.length))
    best = { start: reach, length: wrapEnd - reach };
  return best;
}

/**
 * Each ring's name along the ring, where it fits; rings without room rely on the legend.
 *
 * @example
 * drawRingLabels(layout); // '<g data-kind="ring-labels"><path id="wheel-ring-label-0" …/><text>…</text></g>'
 */
export function drawRingLabels(layout: WheelLayout): string {
  const { centre, window, height: size } = layout;
  const parts: string[] = [];
  layout.rings.forEach((ring, r) => {
    const extents = layout.items.filter((item) => item.ringIndex === r).flatMap((item) => item.extents);
    const gap = widestGap(extents, window.days);
    if (gap === undefined) return;
    const radius = (ring.rInner + ring.rOuter) / 2;
    const fontSize = Math.min(size * 0.0125, layout.laneWidth * 0.68);
    const pxPerDay = (2 * Math.PI * radius) / window.days;
    const room = gap.length * pxPerDay - size * 0.012;
    const maxChars = Math.floor(room / (fontSize * 0.6));
    if (maxChars < Math.min(6, ring.label.length)) return;
    const label = ring.label.length <= maxChars ? ring.label : `${ring.label.slice(0, maxChars - 1)}…`;
    const a0 = dayAngle(gap.start, window.days);
    const a1 = dayAngle(gap.start + gap.length, window.days);
    const mid = ((((a0 + a1) / 2) % 360) + 360) % 360;
    const upright = mid > 90 && mid < 270;
    const from = polar(centre, radius, upright ? a1 : a0);
    const to = polar(centre, radius, upright ? a0 : a1);
    const large = a1 - a0 > 180 ? 1 : 0;
    const id = `wheel-ring-label-${r}`;
    parts.push(
      el("path", {
        id,
        d: `M${num(from.x)} ${num(from.y)}A${num(radius)} ${num(radius)} 0 ${large} ${upright ? 0 : 1} ${num(to.x)} ${num(to.y)}`,
        fill: "none",
      }),
      el(
        "text",
        { "font-size": fontSize, "font-weight": 600, fill: darken(ring.color, 0.45), dy: fontSize * 0.35 },
        [
          el(
            "textPath",
            {
              href: `#${id}`,
              // SVG 1.1 readers (older Inkscape, librsvg) know only xlink:href.
              "xlink:href": `#${id}`,
              startOffset: "50%",
              "text-anchor": "middle",
            },
            [text(label)],
          ),
        ],
      ),
    );
  });
  return el("g", { "data-kind": "ring-labels" }, parts);
}
