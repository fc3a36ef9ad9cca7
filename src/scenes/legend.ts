import Phaser from 'phaser';
import type { Rect } from './board';
import { cross, crosshair } from './leaderTokens';
import { drawDie } from './diceLayer';
import { SIDES, SIDE_NAMES, type Side } from '../rules';
import { counterShape } from './counters';
import { attackRing, moveRing, selectionRing } from './highlightRings';
import { COLORS, SIDE_COLOR, SIDE_LETTER, SIDE_TINT } from './theme';

/** Each side's unit frame (APP-6 standard identity), in words and its shape. */
const SHAPE: Record<Side, string> = { coalition: 'friend ▭', regime: 'neutral □', islamicState: 'hostile ◇' };
import { drawEye, type Write } from './watchEyes';
import { drawBaseFlag, VALLEY_RING } from './siteMarks';
import { RIVER_LINK } from './mapLayer';

/**
 * What the marks on the board mean, in the first corner of the map free of
 * regions; with no free corner there is no legend (the help says it all too).
 */
export function drawLegend(
  g: Phaser.GameObjects.Graphics,
  u: number,
  rect: Rect,
  points: readonly { x: number; y: number }[],
  radius: number,
  write: (x: number, y: number, label: string) => void,
  /** Centred marks drawn as text (the eyes' letters). */
  letter: Write,
): { x: number; y: number; w: number; h: number } | null {
  const rows: [string, (x: number, y: number) => void][] = [
    ...SIDES.map((side): [string, (x: number, y: number) => void] => [
      `${SIDE_NAMES[side]} (${SIDE_LETTER[side]}) · ${SHAPE[side]}`,
      (x, y) => {
        g.fillStyle(SIDE_TINT[side], 1).fillCircle(x, y, 7 * u);
        counterShape(g, u, x, y, 4 * u, side);
      },
    ]),
    ['No one (no letter)', (x, y) => g.fillStyle(COLORS.neutral, 1).fillCircle(x, y, 6 * u)],
    ['Selected stack', (x, y) => selectionRing(g, u, x, y, 0, 0.55)],
    ['Move there (dashed)', (x, y) => moveRing(g, u, x, y, 0, 0.55)],
    ['Attack there (ticks)', (x, y) => attackRing(g, u, x, y, 0, 0.55)],
    ['Fortification', (x, y) => g.fillStyle(COLORS.ink, 1).fillTriangle(x - 5 * u, y + 4 * u, x + 5 * u, y + 4 * u, x, y - 5 * u)],
    ['Redoubt', (x, y) => g.lineStyle(2 * u, SIDE_COLOR.islamicState, 0.8).strokeCircle(x, y, 6 * u)],
    ['Valley town (ring) · base (flag)', (x, y) => {
      g.lineStyle(1.5 * u, VALLEY_RING, 1).strokeCircle(x - 5 * u, y, 5 * u);
      drawBaseFlag(g, u, x + 4 * u, y + 6 * u, 'coalition', letter);
    }],
    ['Leader / last sighting', (x, y) => {
      g.fillStyle(0xd9a93a, 1).fillCircle(x - 4 * u, y, 5 * u);
      g.lineStyle(1.5 * u, COLORS.inkSoft, 1).strokeCircle(x + 7 * u, y, 5 * u);
    }],
    ['Revealed · ticks: followed', (x, y) => {
      crosshair(g, u, x, y, 3 * u);
      g.lineStyle(1.5 * u, COLORS.attack, 1).strokeCircle(x, y, 6 * u);
      g.fillStyle(0xd9a93a, 1).fillCircle(x, y, 4 * u);
    }],
    ['Caught (by, week) · last roll', (x, y) => {
      g.fillStyle(COLORS.paperDark, 1).fillCircle(x - 6 * u, y, 5 * u);
      cross(g, u, x - 6 * u, y, 5 * u, SIDE_COLOR.coalition);
      drawDie(g, u, x + 2 * u, y - 5 * u, 10 * u, 5);
    }],
    ['Watched by the Coalition', (x, y) => drawEye(g, u, x, y, 'coalition', letter)],
    ['Watched by the Regime', (x, y) => drawEye(g, u, x, y, 'regime', letter)],
    ['Road · river link (dotted)', (x, y) => {
      g.lineStyle(2 * u, COLORS.road, 1).lineBetween(x - 9 * u, y - 3 * u, x + 9 * u, y - 3 * u);
      g.lineStyle(3 * u, RIVER_LINK, 1);
      for (let d = -9; d < 9; d += 6) g.lineBetween(x + d * u, y + 3 * u, x + (d + 3) * u, y + 3 * u);
    }],
    ['★ capture · ◆ hold objective', () => {}],
  ];
  const lh = 14 * u;
  const w = 170 * u;
  const h = rows.length * lh + 10 * u;
  // The first corner free of regions and their labels; none free, no legend (the help has it too).
  const m = 8 * u;
  const corners = [
    { x: rect.x + m, y: rect.y + rect.h - h - m },
    { x: rect.x + rect.w - w - m, y: rect.y + rect.h - h - m },
    { x: rect.x + rect.w - w - m, y: rect.y + m + 14 * u },
    { x: rect.x + m, y: rect.y + m + 14 * u },
  ];
  const clear = (c: { x: number; y: number }) =>
    points.every((p) => p.x < c.x - radius * 2.5 || p.x > c.x + w + radius * 2.5 || p.y < c.y - radius * 1.5 || p.y > c.y + h + radius * 2.5);
  const spot = corners.find(clear);
  if (!spot) return null;
  const x0 = spot.x;
  const y0 = spot.y;
  g.fillStyle(COLORS.panel, 0.85).fillRoundedRect(x0, y0, w, h, 4 * u);
  g.lineStyle(1 * u, COLORS.inkSoft, 0.6).strokeRoundedRect(x0, y0, w, h, 4 * u);
  rows.forEach(([label, mark], i) => {
    const y = y0 + 5 * u + lh * i + lh / 2;
    mark(x0 + 16 * u, y);
    write(x0 + 32 * u, y, label);
  });
  return { x: x0, y: y0, w, h };
}
