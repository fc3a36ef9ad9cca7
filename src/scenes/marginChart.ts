import type Phaser from 'phaser';
import { SIDES, SIDE_NAMES, type Side } from '../rules';
import type { Rect } from './board';
import { counterShape } from './counters';
import { COLORS, SIDE_COLOR, textStyle as pageText, unit } from './theme';

/** Writes a label at a point, with its origin. */
export type ChartText = (x: number, y: number, text: string, style: Phaser.Types.GameObjects.Text.TextStyle, ox: number, oy: number) => void;

/**
 * Each side's victory margin at the end of every week, as a small line chart
 * on the ending: a line per side in its colour and its own dash, its counter
 * shape at the last week, a zero line, the weeks along the bottom and the
 * margins up the side.
 */
export function drawMarginChart(g: Phaser.GameObjects.Graphics, u: number, area: Rect, course: Record<Side, number[]>, text: ChartText): void {
  // Type follows the chart's unit where the ending draws it smaller than the page's.
  const k = u / unit();
  const textStyle = (size: number, color: number, bold = false) => pageText(size * k, color, bold);
  const weeks = Math.max(...SIDES.map((s) => course[s].length));
  if (weeks === 0) return;
  const all = SIDES.flatMap((s) => course[s]);
  const lo = Math.min(0, ...all);
  const hi = Math.max(1, ...all);
  const left = area.x + 30 * u;
  const right = area.x + area.w - 110 * u;
  const top = area.y + 14 * u;
  const bottom = area.y + area.h - 16 * u;
  const x = (week: number) => left + (weeks === 1 ? 0 : ((week - 1) / (weeks - 1)) * (right - left));
  const y = (m: number) => bottom - ((m - lo) / (hi - lo)) * (bottom - top);
  text(area.x, area.y, 'Victory margins, week by week', textStyle(11, COLORS.inkSoft, true), 0, 0);
  // Axes: the margins up the left, the weeks along the bottom, the zero line across.
  g.lineStyle(1 * u, COLORS.inkSoft, 0.8).lineBetween(left, top, left, bottom).lineBetween(left, bottom, right, bottom);
  g.lineStyle(1 * u, COLORS.inkSoft, 0.4).lineBetween(left, y(0), right, y(0));
  for (const m of [...new Set([lo, 0, hi])]) text(left - 4 * u, y(m), String(m), textStyle(9, COLORS.inkSoft), 1, 0.5);
  for (const w of [...new Set([1, Math.ceil(weeks / 2), weeks])]) text(x(w), bottom + 2 * u, `wk ${w}`, textStyle(9, COLORS.inkSoft), 0.5, 0);
  const dashes: Record<Side, number> = { coalition: 0, regime: 6, islamicState: 2.5 };
  SIDES.forEach((side, k) => {
    const pts = course[side].map((m, i) => ({ x: x(i + 1), y: y(m) }));
    g.lineStyle(2 * u, SIDE_COLOR[side], 1);
    for (let i = 1; i < pts.length; i++) segment(g, pts[i - 1]!, pts[i]!, dashes[side] * u);
    const end = pts.at(-1);
    if (!end) return;
    counterShape(g, u, end.x, end.y, 4 * u, side);
    text(right + 10 * u, top + k * 14 * u, `${SIDE_NAMES[side]} ${course[side].at(-1)}`, textStyle(10, SIDE_COLOR[side], true), 0, 0);
    counterShape(g, u, right + 4 * u, top + k * 14 * u + 7 * u, 4 * u, side);
  });
}

/** A line, dashed when `dash` > 0 (the sides differ by dash as well as colour). */
function segment(g: Phaser.GameObjects.Graphics, a: { x: number; y: number }, b: { x: number; y: number }, dash: number): void {
  if (dash === 0) return void g.lineBetween(a.x, a.y, b.x, b.y);
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  for (let s = 0; s < len; s += dash * 2) {
    const e = Math.min(len, s + dash);
    g.lineBetween(a.x + ((b.x - a.x) * s) / len, a.y + ((b.y - a.y) * s) / len, a.x + ((b.x - a.x) * e) / len, a.y + ((b.y - a.y) * e) / len);
  }
}
