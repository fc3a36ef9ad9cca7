import Phaser from 'phaser';
import type { Rect } from './board';
import { COLORS, textStyle } from './theme';

/** Wider, then smaller: the card's tries at fitting a short window (width in CSS pixels, type scale). */
const FITS: readonly (readonly [number, number])[] = [
  [900, 1],
  [900, 0.9],
  [960, 0.8],
  [960, 0.72],
  [1000, 0.64],
];

/** A full-screen card over the board: the hot-seat hand-over and the help (src/scenes/help.ts) both use it. */
export class Overlay {
  private readonly g: Phaser.GameObjects.Graphics;
  private texts: Phaser.GameObjects.Text[] = [];
  shown = false;

  constructor(private readonly scene: Phaser.Scene, private readonly u: number) {
    this.g = scene.add.graphics().setDepth(100);
  }

  show(area: Rect, title: string, lines: readonly string[], footer: string, opaque: boolean): void {
    this.hide();
    this.shown = true;
    const { g, u } = this;
    g.fillStyle(COLORS.paper, opaque ? 1 : 0.9).fillRect(area.x, area.y, area.w, area.h);
    // A long card (the help) on a short window: widen it, then shrink its type, until it fits.
    let card = this.layout(area, title, lines, footer, 760, 1);
    for (const [width, scale] of FITS) {
      if (card.bottom <= area.y + area.h) break;
      for (const t of this.texts) t.destroy();
      this.texts = [];
      card = this.layout(area, title, lines, footer, width, scale);
    }
    const { x, top, w, bottom } = card;
    g.fillStyle(COLORS.panel, 1).fillRoundedRect(x, top, w, bottom - top, 8 * u);
    g.lineStyle(1.5 * u, COLORS.ink, 0.8).strokeRoundedRect(x, top, w, bottom - top, 8 * u);
  }

  /** Lays the card's texts out at a width and a type scale; returns where the card stands. */
  private layout(area: Rect, title: string, lines: readonly string[], footer: string, width: number, scale: number): { x: number; top: number; w: number; bottom: number } {
    const { u } = this;
    const w = Math.min(area.w - 40 * u, width * u);
    const x = area.x + (area.w - w) / 2;
    const gap = scale * u;
    let y = area.y + Math.max(20 * u, area.h * 0.06 * scale);
    const add = (text: string, size: number, color: number = COLORS.ink, bold = false) => {
      const t = this.scene.add.text(Math.round(x + 24 * u), Math.round(y), text, { ...textStyle(size * scale, color, bold), wordWrap: { width: w - 48 * u, useAdvancedWrap: true } }).setDepth(101);
      this.texts.push(t);
      y += t.height + 6 * gap;
    };
    const top = y;
    y += 20 * gap;
    add(title, 22, COLORS.ink, true);
    y += 4 * gap;
    for (const line of lines) add(line, line.startsWith('  ') ? 12 : 13, line.endsWith(':') ? COLORS.inkSoft : COLORS.ink, line.endsWith(':'));
    y += 8 * gap;
    add(footer, 13, COLORS.noose, true);
    y += 12 * gap;
    return { x, top, w, bottom: y };
  }

  hide(): void {
    this.shown = false;
    this.g.clear();
    for (const t of this.texts) t.destroy();
    this.texts = [];
  }
}
