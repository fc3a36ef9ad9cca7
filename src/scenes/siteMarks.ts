import type Phaser from 'phaser';
import type { Observation, Side } from '../rules';
import type { Label } from './counters';
import { SIDE_COLOR, SIDE_LETTER, textStyle } from './theme';

/*
 * What a region is worth or for, marked on the board rather than left to the
 * panel: a valley town (the towns every side's margin counts) wears a thin
 * green ring; a Coalition or Regime base (where it reinforces, and where the
 * other power may not go) a flag in that side's colour with its letter, just
 * right of the region, below its forts. Redoubts keep their dark
 * ring and the objectives their ★ and ◆ in the name.
 */

export const VALLEY_RING = 0x4f6b2a;

/** A base's flag: a pole and a pennant with the side's letter, at (x, y) its foot. */
export function drawBaseFlag(g: Phaser.GameObjects.Graphics, u: number, x: number, y: number, side: Side, label: Label): void {
  const h = 13 * u;
  g.lineStyle(1.5 * u, 0x2a2a2a, 1).lineBetween(x, y, x, y - h);
  g.fillStyle(SIDE_COLOR[side], 1).fillRect(x, y - h, 11 * u, 8 * u);
  g.lineStyle(1 * u, 0xffffff, 1).strokeRect(x, y - h, 11 * u, 8 * u);
  label(x + 5.5 * u, y - h + 4 * u, SIDE_LETTER[side], textStyle(7, 0xffffff, true));
}

export function drawSiteMarks(g: Phaser.GameObjects.Graphics, u: number, v: Observation, i: number, p: { x: number; y: number }, r: number, label: Label): void {
  if (v.rules.inValley[i]) g.lineStyle(2 * u, VALLEY_RING, 1).strokeCircle(p.x, p.y, r + 2.5 * u);
  const sides = (['coalition', 'regime'] as const).filter((side, s) => v.rules.bases[s]!.includes(i) && side);
  // Outside the circle on its lower right, the pennant below the level of the centre: clear of the counter, the tag, the forts and an attack target's reticle.
  sides.forEach((side, k) => drawBaseFlag(g, u, p.x + r + 2 * u + k * 13 * u, p.y + r + 4 * u, side, label));
}
