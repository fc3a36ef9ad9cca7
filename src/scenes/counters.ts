import type Phaser from 'phaser';
import type { Side } from '../rules';
import { DIAMOND_REACH, TAG_AT, TAG_HALF } from './markGeometry';
import { SIDE_COLOR, SIDE_LETTER, textStyle } from './theme';

/** Writes centred text; the board's and the legend's helpers both fit. */
export type Label = (x: number, y: number, text: string, style: Phaser.Types.GameObjects.Text.TextStyle) => void;

/** The corners of a side's counter shape around (x, y), half width h: a square, a diamond, an octagon. */
function outline(side: Side, x: number, y: number, h: number): { x: number; y: number }[] {
  if (side === 'coalition') return [[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([a, b]) => ({ x: x + a! * h, y: y + b! * h }));
  if (side === 'regime') {
    const d = h * DIAMOND_REACH;
    return [{ x, y: y - d }, { x: x + d, y }, { x, y: y + d }, { x: x - d, y }];
  }
  // An octagon whose flat sides are h from the centre.
  const R = h / Math.cos(Math.PI / 8);
  return Array.from({ length: 8 }, (_, k) => {
    const a = Math.PI / 8 + (k * Math.PI) / 4;
    return { x: x + Math.cos(a) * R, y: y + Math.sin(a) * R };
  });
}

function trace(g: Phaser.GameObjects.Graphics, pts: readonly { x: number; y: number }[]): void {
  g.beginPath();
  g.moveTo(pts[0]!.x, pts[0]!.y);
  for (const p of pts.slice(1)) g.lineTo(p.x, p.y);
  g.closePath();
}

/**
 * A unit counter: the side's shape (Coalition square, Regime diamond,
 * Islamic State octagon) in its colour, a white inner line, the strength.
 * The shapes tell the sides apart where the colours do not.
 */
export function drawCounter(g: Phaser.GameObjects.Graphics, u: number, x: number, y: number, half: number, side: Side, strength: number, label: Label): void {
  counterShape(g, u, x, y, half, side);
  label(x, y, String(strength), textStyle(Math.max(9, (half / u) * 1.15), 0xffffff, true));
}

/** The counter without its strength (the legend's). */
export function counterShape(g: Phaser.GameObjects.Graphics, u: number, x: number, y: number, half: number, side: Side): void {
  g.fillStyle(SIDE_COLOR[side], 1);
  trace(g, outline(side, x, y, half));
  g.fillPath();
  g.lineStyle(1 * u, 0xffffff, 0.9);
  trace(g, outline(side, x, y, half - 2.5 * u));
  g.strokePath();
}

/** The holder's letter in a box of its colour on the region's lower left: who holds a region reads without colour. */
export function drawControlTag(g: Phaser.GameObjects.Graphics, u: number, x: number, y: number, r: number, side: Side, label: Label): void {
  const cx = x + TAG_AT.x * r;
  const cy = y + TAG_AT.y * r;
  const letter = SIDE_LETTER[side];
  const hw = (letter.length > 1 ? 8.5 : TAG_HALF) * u;
  const hh = TAG_HALF * u;
  g.fillStyle(SIDE_COLOR[side], 1).fillRect(cx - hw, cy - hh, 2 * hw, 2 * hh);
  g.lineStyle(1 * u, 0xffffff, 1).strokeRect(cx - hw, cy - hh, 2 * hw, 2 * hh);
  label(cx, cy, letter, textStyle(8, 0xffffff, true));
}
