import type Phaser from 'phaser';
import type { Layer } from './boardLayers';
import type { DiceCard } from './diceCards';
import { placeBeside, type Box, type Circle } from './labelPlacement';
import { COLORS, SIDE_COLOR, textStyle } from './theme';

/** Where the cards go: the board's region circles, its names and its edge, in device pixels. */
export interface DiceBoard {
  u: number;
  points: readonly { x: number; y: number }[];
  radii: readonly number[];
  labels: readonly Box[];
  rect: Box;
  /** What a card must not cover, as it would another card (the legend). */
  keepOff: readonly Box[];
}

/** How long the die tumbles before it shows its face: a share of the bot speed's delay, so the face is read before the next action. */
const TUMBLE_SHARE = 0.45;
const FACE_MS = 70;

/** Pips of each face on a 3×3 grid (0..8, row by row). */
const PIPS: readonly (readonly number[])[] = [[4], [2, 6], [2, 4, 6], [0, 2, 6, 8], [0, 2, 4, 6, 8], [0, 2, 3, 5, 6, 8]];

/** What the debug API says of each card: its region, title and lines, and its box (device pixels). */
export interface CardDrawn {
  region: number;
  title: string;
  roll: number | null;
  lines: string[];
  box: Box;
}

/**
 * The dice cards on the board (src/scenes/diceCards.ts): each a small card
 * beside its region, framed in the rolling side's colour, the die drawn as a
 * die, placed clear of the regions, the names and each other. A bot's roll
 * tumbles for a moment at the chosen speed (none at instant), as a die
 * thrown on the table; the face it lands on is the rules' roll.
 */
export class DiceLayer {
  private left = 0;
  private shown = 0;
  drawn: CardDrawn[] = [];

  /** The next cards drawn tumble for this share of the speed's delay (0: they show their faces at once). */
  tumble(delay: number): void {
    this.left = delay * TUMBLE_SHARE;
  }

  /** A die is tumbling: the loop must run. */
  active(): boolean {
    return this.left > 0;
  }

  /** Once a frame: true when the tumbling die shows another face (the layer must be drawn again). */
  tick(delta: number): boolean {
    if (this.left <= 0) return false;
    this.left -= delta;
    const face = Math.floor(this.left / FACE_MS);
    if (this.left <= 0 || face !== this.shown) {
      this.shown = face;
      return true;
    }
    return false;
  }

  /** The signature of what the layer shows beyond the cards: the tumbling face, if any. */
  state(): string {
    return this.left > 0 ? `t${this.shown}` : '';
  }

  draw(layer: Layer, cards: readonly DiceCard[], b: DiceBoard): void {
    const { u } = b;
    const circles: Circle[] = b.points.map((p, i) => ({ x: p.x, y: p.y, r: (b.radii[i] ?? 16 * u) + 3 * u }));
    const placed: Box[] = [...b.keepOff];
    this.drawn = [];
    const die = 22 * u;
    const pad = 6 * u;
    cards.forEach((card, n) => {
      const p = b.points[card.region];
      if (!p) return;
      const title = layer.text(0, 0, card.title, textStyle(11, COLORS.ink, true), 0, 0);
      const lines = card.lines.map((l) => layer.text(0, 0, l, textStyle(10, COLORS.ink), 0, 0));
      const textW = Math.max(title.width, ...lines.map((t) => t.width));
      const textH = title.height + lines.reduce((h, t) => h + t.height, 0);
      const dieW = card.roll === null ? 0 : die + pad;
      const w = pad * 2 + dieW + textW;
      const h = pad * 2 + Math.max(textH, card.roll === null ? 0 : die);
      // Beside its region, a gap wide enough to leave the counter, its tag, forts and eyes readable.
      const box = placeBeside({ w, h }, { ...circles[card.region]!, r: circles[card.region]!.r + 6 * u }, circles, placed, b.rect, 4 * u, card.region, b.labels);
      placed.push(box);
      const frame = card.side ? SIDE_COLOR[card.side] : COLORS.selectRing;
      const g = layer.g;
      // A tie from the card to its region, so a card off to one side still reads as that region's.
      const cx = Math.max(box.x, Math.min(p.x, box.x + box.w));
      const cy = Math.max(box.y, Math.min(p.y, box.y + box.h));
      g.lineStyle(2 * u, frame, 0.9).lineBetween(p.x, p.y, cx, cy);
      g.fillStyle(COLORS.panel, 0.96).fillRoundedRect(box.x, box.y, box.w, box.h, 4 * u);
      g.lineStyle(2 * u, frame, 1).strokeRoundedRect(box.x, box.y, box.w, box.h, 4 * u);
      // The outcome in the card's left edge: a thick bar when the roll did what its side wanted.
      if (card.success) g.fillStyle(frame, 1).fillRect(box.x, box.y + 3 * u, 4 * u, box.h - 6 * u);
      if (card.roll !== null) {
        const face = this.left > 0 ? ((card.roll + this.shown + n) % 6) + 1 : card.roll;
        drawDie(g, u, box.x + pad, box.y + (box.h - die) / 2, die, face);
      }
      let y = box.y + pad;
      const x = box.x + pad + dieW;
      title.setPosition(Math.round(x), Math.round(y));
      y += title.height;
      for (const t of lines) {
        t.setPosition(Math.round(x), Math.round(y));
        y += t.height;
      }
      this.drawn.push({ region: card.region, title: card.title, roll: card.roll, lines: card.lines, box });
    });
  }
}

/** A die showing `face`: a white rounded square, ink pips. */
export function drawDie(g: Phaser.GameObjects.Graphics, u: number, x: number, y: number, size: number, face: number): void {
  g.fillStyle(0xffffff, 1).fillRoundedRect(x, y, size, size, 4 * u);
  g.lineStyle(1.5 * u, COLORS.ink, 1).strokeRoundedRect(x, y, size, size, 4 * u);
  const step = size / 4;
  g.fillStyle(COLORS.ink, 1);
  for (const k of PIPS[Math.max(1, Math.min(6, face)) - 1]!) g.fillCircle(x + step * (1 + (k % 3)), y + step * (1 + Math.floor(k / 3)), size * 0.09);
}
