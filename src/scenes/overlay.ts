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
  /** The card's one button, where it stands (device pixels), when it has one. */
  button: (Rect & { label: string }) | null = null;

  constructor(private readonly scene: Phaser.Scene, /** Device pixels per layout unit: set anew when the zoom or window changes it. */ public u: number) {
    this.g = scene.add.graphics().setDepth(100);
  }

  /** What the card on show says and where: shown again unchanged, it is left as it is. */
  private showing = '';

  show(area: Rect, title: string, lines: readonly string[], footer: string, opaque: boolean, button: string | null = null): void {
    const showing = JSON.stringify([area, title, lines, footer, opaque, button, this.u]);
    if (this.shown && showing === this.showing) return;
    this.hide();
    this.shown = true;
    this.showing = showing;
    const { g, u } = this;
    g.fillStyle(COLORS.paper, opaque ? 1 : 0.9).fillRect(area.x, area.y, area.w, area.h);
    // A long card (the help) on a short window: widen it, then shrink its type, until it fits.
    let card = this.layout(area, title, lines, footer, 760, 1, button);
    for (const [width, scale] of FITS) {
      if (card.bottom <= area.y + area.h) break;
      for (const t of this.texts) t.destroy();
      this.texts = [];
      card = this.layout(area, title, lines, footer, width, scale, button);
    }
    const { x, top, w, bottom } = card;
    g.fillStyle(COLORS.panel, 1).fillRoundedRect(x, top, w, bottom - top, 8 * u);
    g.lineStyle(1.5 * u, COLORS.ink, 0.8).strokeRoundedRect(x, top, w, bottom - top, 8 * u);
    const b = this.button;
    if (b) {
      g.fillStyle(COLORS.select, 1).fillRoundedRect(b.x, b.y, b.w, b.h, 5 * u);
      g.lineStyle(1.5 * u, COLORS.ink, 0.9).strokeRoundedRect(b.x, b.y, b.w, b.h, 5 * u);
    }
  }

  /** Whether (x, y) falls on the card's button. */
  onButton(x: number, y: number): boolean {
    const b = this.button;
    return !!b && x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h;
  }

  /** Lays the card's texts out at a width and a type scale; returns where the card stands. */
  private layout(area: Rect, title: string, lines: readonly string[], footer: string, width: number, scale: number, button: string | null): { x: number; top: number; w: number; bottom: number } {
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
    this.button = null;
    if (button) {
      y += 4 * gap;
      const label = this.scene.add.text(0, 0, button, textStyle(15 * scale, COLORS.ink, true)).setDepth(102);
      const bw = Math.min(w - 48 * u, label.width + 48 * u);
      const bh = label.height + 22 * gap;
      this.button = { x: x + (w - bw) / 2, y, w: bw, h: bh, label: button };
      label.setOrigin(0.5).setPosition(Math.round(x + w / 2), Math.round(y + bh / 2));
      this.texts.push(label);
      y += bh + 6 * gap;
    }
    y += 12 * gap;
    return { x, top, w, bottom: y };
  }

  hide(): void {
    if (!this.shown && this.texts.length === 0) return;
    this.shown = false;
    this.button = null;
    this.g.clear();
    for (const t of this.texts) t.destroy();
    this.texts = [];
  }
}
