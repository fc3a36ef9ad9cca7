import type Phaser from 'phaser';
import { watchBit, type Side } from '../rules';
import { SIDE_COLOR, SIDE_LETTER, textStyle } from './theme';

/** Writes a centred label: the board's and the legend's text helpers both fit. */
export type Write = (x: number, y: number, label: string, style: Phaser.Types.GameObjects.Text.TextStyle) => void;

/** The hunters that may watch; each eye carries its side's letter (colour alone must not tell them apart). */
const WATCHERS: readonly { side: Side }[] = [{ side: 'coalition' }, { side: 'regime' }];

/** One eye: a white almond outlined in the side's colour, its iris the side's colour with the side's letter. */
export function drawEye(g: Phaser.GameObjects.Graphics, u: number, x: number, y: number, side: Side, write: Write): void {
  const color = SIDE_COLOR[side];
  const letter = SIDE_LETTER[side];
  g.fillStyle(0xffffff, 1).fillEllipse(x, y, 24 * u, 14 * u);
  g.lineStyle(2 * u, color, 1).strokeEllipse(x, y, 24 * u, 14 * u);
  g.fillStyle(color, 1).fillCircle(x, y, 6 * u);
  write(x, y, letter, textStyle(9, 0xffffff, true));
}

/**
 * A watched region's eyes on its upper right edge, one per watching side (the
 * Coalition's first, the second beside it, so both read as this region's):
 * clear of the leader tokens on the left, the forts on the right and the name below.
 */
export function drawWatchEyes(g: Phaser.GameObjects.Graphics, u: number, p: { x: number; y: number }, r: number, watch: number, write: Write): void {
  let k = 0;
  for (const { side } of WATCHERS) if (watch & watchBit(side)) drawEye(g, u, p.x + 10 * u + k++ * 26 * u, p.y - r - 5 * u, side, write);
}
