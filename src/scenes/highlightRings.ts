import type Phaser from 'phaser';
import { MOVE_DASH, MOVE_GAP, RING_GAP, RING_WIDTH, SELECT_OUTER_GAP, TICK_FROM, TICK_TO } from './markGeometry';
import { COLORS } from './theme';

/*
 * The controller's highlights, told apart by shape as well as colour (under
 * deuteranopia the green and the red are one olive): the selection is a
 * double ring, a move target a dashed ring, an attack target a ring with a
 * reticle's four ticks. The keyboard cursor is a square (board.ts).
 */

/** `k` shrinks the marks for the legend. */
export function selectionRing(g: Phaser.GameObjects.Graphics, u: number, x: number, y: number, r: number, k = 1): void {
  u *= k;
  g.lineStyle(RING_WIDTH * u + u, COLORS.selectRing, 1).strokeCircle(x, y, r + RING_GAP * u);
  g.lineStyle(RING_WIDTH * u, COLORS.selectRing, 1).strokeCircle(x, y, r + SELECT_OUTER_GAP * u);
}

export function moveRing(g: Phaser.GameObjects.Graphics, u: number, x: number, y: number, r: number, k = 1): void {
  u *= k;
  const R = r + RING_GAP * u;
  const step = (MOVE_DASH + MOVE_GAP) * u;
  const n = Math.max(6, Math.round((2 * Math.PI * R) / step));
  const on = (MOVE_DASH / (MOVE_DASH + MOVE_GAP)) * ((2 * Math.PI) / n);
  g.lineStyle(RING_WIDTH * u, COLORS.target, 1);
  for (let k = 0; k < n; k++) {
    const a = (k * 2 * Math.PI) / n;
    g.beginPath();
    g.arc(x, y, R, a, a + on, false);
    g.strokePath();
  }
}

export function attackRing(g: Phaser.GameObjects.Graphics, u: number, x: number, y: number, r: number, k = 1): void {
  u *= k;
  g.lineStyle(RING_WIDTH * u, COLORS.attack, 1).strokeCircle(x, y, r + RING_GAP * u);
  for (const [dx, dy] of [[1, 0], [0, -1], [-1, 0], [0, 1]] as const) {
    g.lineBetween(x + dx * (r + TICK_FROM * u), y + dy * (r + TICK_FROM * u), x + dx * (r + TICK_TO * u), y + dy * (r + TICK_TO * u));
  }
}
