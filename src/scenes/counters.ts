import type Phaser from 'phaser';
import type { Side } from '../rules';
import { SYMBOL_UNIT, TAG_AT, TAG_HALF } from './markGeometry';
import { SIDE_COLOR, SIDE_LETTER, textStyle } from './theme';

/** Writes centred text; the board's and the legend's helpers both fit. */
export type Label = (x: number, y: number, text: string, style: Phaser.Types.GameObjects.Text.TextStyle) => void;

/** The corners of a side's frame around (x, y), as milsymbol draws it (frame units scaled by SYMBOL_UNIT of the half width h). */
function outline(side: Side, x: number, y: number, h: number): { x: number; y: number }[] {
  const k = h * SYMBOL_UNIT;
  if (side === 'coalition') return [[-75, -50], [75, -50], [75, 50], [-75, 50]].map(([a, b]) => ({ x: x + a! * k, y: y + b! * k }));
  if (side === 'regime') return [[-55, -55], [55, -55], [55, 55], [-55, 55]].map(([a, b]) => ({ x: x + a! * k, y: y + b! * k }));
  return [{ x, y: y - 72 * k }, { x: x + 72 * k, y }, { x, y: y + 72 * k }, { x: x - 72 * k, y }];
}

function trace(g: Phaser.GameObjects.Graphics, pts: readonly { x: number; y: number }[]): void {
  g.beginPath();
  g.moveTo(pts[0]!.x, pts[0]!.y);
  for (const p of pts.slice(1)) g.lineTo(p.x, p.y);
  g.closePath();
}

/** Puts a side's unit symbol (src/scenes/unitSymbols.ts) on the board. */
export type PlaceSymbol = (side: Side, x: number, y: number, half: number) => void;

/**
 * A unit counter: the side's symbol in the military convention (its frame:
 * the Coalition's rectangle, the Regime's square, Islamic State's diamond),
 * and on a plate of the side's colour at its centre, over the icon's
 * crossing, the strength. The frames tell the sides apart where the colours do not.
 */
export function drawCounter(g: Phaser.GameObjects.Graphics, u: number, x: number, y: number, half: number, side: Side, strength: number, label: Label, symbol: PlaceSymbol): void {
  symbol(side, x, y, half);
  const size = Math.max(9, (half / u) * 1.05);
  const digits = String(strength).length;
  const pw = (size * 0.36 * digits + 3) * u;
  const ph = size * 0.55 * u;
  g.fillStyle(SIDE_COLOR[side], 1).fillRoundedRect(x - pw, y - ph, 2 * pw, 2 * ph, 2 * u);
  label(x, y, String(strength), textStyle(size, 0xffffff, true));
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
