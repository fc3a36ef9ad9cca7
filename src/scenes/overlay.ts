import Phaser from 'phaser';
import type { Rect } from './board';
import { COLORS, textStyle } from './theme';

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
    const w = Math.min(area.w - 40 * u, 760 * u);
    const x = area.x + (area.w - w) / 2;
    let y = area.y + Math.max(20 * u, area.h * 0.06);
    const add = (text: string, size: number, color: number = COLORS.ink, bold = false) => {
      const t = this.scene.add.text(Math.round(x + 24 * u), Math.round(y), text, { ...textStyle(size, color, bold), wordWrap: { width: w - 48 * u, useAdvancedWrap: true } }).setDepth(101);
      this.texts.push(t);
      y += t.height + 6 * u;
    };
    const top = y;
    y += 20 * u;
    add(title, 22, COLORS.ink, true);
    y += 4 * u;
    for (const line of lines) add(line, line.startsWith('  ') ? 12 : 13, line.endsWith(':') ? COLORS.inkSoft : COLORS.ink, line.endsWith(':'));
    y += 8 * u;
    add(footer, 13, COLORS.noose, true);
    y += 12 * u;
    g.fillStyle(COLORS.panel, 1).fillRoundedRect(x, top, w, y - top, 8 * u);
    g.lineStyle(1.5 * u, COLORS.ink, 0.8).strokeRoundedRect(x, top, w, y - top, 8 * u);
  }

  hide(): void {
    this.shown = false;
    this.g.clear();
    for (const t of this.texts) t.destroy();
    this.texts = [];
  }
}
