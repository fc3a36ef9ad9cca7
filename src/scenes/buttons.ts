import Phaser from 'phaser';
import type { Rect } from './board';
import { COLORS, textStyle } from './theme';

export interface ButtonDef {
  id: string;
  label: string;
  key: string;
  enabled: boolean;
  active?: boolean;
}

/** Narrowest a button may be before the bar wraps onto another row (CSS pixels). */
const MIN_WIDTH = 76;
const ROW_HEIGHT = 40;
const GAP = 5;

/** Rows the bar needs for `count` buttons across `width` device pixels. */
export function barRows(width: number, count: number, u: number): number {
  const perRow = Math.max(1, Math.floor((width - GAP * u) / ((MIN_WIDTH + GAP) * u)));
  return Math.max(1, Math.ceil(count / perRow));
}

/** The bar's height for that many rows. */
export function barHeight(rows: number, u: number): number {
  return Math.round((rows * ROW_HEIGHT + (rows + 1) * GAP - 2) * u);
}

/** Rows of labelled buttons drawn on the canvas, wrapping when the window is narrow; hit-tested by the scene. */
export class ButtonBar {
  private readonly g: Phaser.GameObjects.Graphics;
  private texts: Phaser.GameObjects.Text[] = [];
  rects: { def: ButtonDef; rect: Rect }[] = [];

  constructor(private readonly scene: Phaser.Scene, private readonly u: number) {
    this.g = scene.add.graphics();
  }

  draw(area: Rect, defs: ButtonDef[]): void {
    const { g, u } = this;
    g.clear();
    for (const t of this.texts) t.destroy();
    this.texts = [];
    g.fillStyle(COLORS.paperDark, 1).fillRect(area.x, area.y, area.w, area.h);
    g.lineStyle(1 * u, COLORS.inkSoft, 0.6).lineBetween(area.x, area.y, area.x + area.w, area.y);
    const gap = GAP * u;
    // As many rows as fit the area's height, balanced so the last row is not a straggler.
    const rows = Math.max(1, Math.min(barRows(area.w, defs.length, u), Math.floor((area.h - gap) / ((ROW_HEIGHT - 6) * u + gap))));
    const perRow = Math.ceil(defs.length / rows);
    const w = Math.min(130 * u, (area.w - gap * (perRow + 1)) / perRow);
    const h = (area.h - gap * (rows + 1)) / rows;
    const small = w < 70 * u;
    this.rects = defs.map((def, i) => {
      const row = Math.floor(i / perRow);
      const col = i % perRow;
      const rect = { x: area.x + gap + col * (w + gap), y: area.y + gap + row * (h + gap), w, h };
      const fill = def.active ? COLORS.select : def.enabled ? COLORS.panel : COLORS.paperDark;
      g.fillStyle(fill, 1).fillRoundedRect(rect.x, rect.y, rect.w, rect.h, 4 * u);
      g.lineStyle(1 * u, def.enabled ? COLORS.ink : COLORS.inkSoft, def.enabled ? 0.9 : 0.4).strokeRoundedRect(rect.x, rect.y, rect.w, rect.h, 4 * u);
      const color = def.enabled ? COLORS.ink : COLORS.inkSoft;
      this.texts.push(this.scene.add.text(rect.x + rect.w / 2, rect.y + rect.h * 0.38, def.label, textStyle(small ? 10 : 12, color, true)).setOrigin(0.5));
      this.texts.push(this.scene.add.text(rect.x + rect.w / 2, rect.y + rect.h * 0.76, def.key, textStyle(9, COLORS.inkSoft)).setOrigin(0.5));
      return { def, rect };
    });
  }

  hit(x: number, y: number): ButtonDef | null {
    const found = this.rects.find(({ rect }) => x >= rect.x && x <= rect.x + rect.w && y >= rect.y && y <= rect.y + rect.h);
    return found ? found.def : null;
  }

  setVisible(on: boolean): void {
    this.g.setVisible(on);
    for (const t of this.texts) t.setVisible(on);
  }
}
