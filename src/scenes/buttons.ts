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

/** A row of labelled buttons drawn on the canvas; hit-tested by the scene. */
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
    const gap = 5 * u;
    const w = Math.min(130 * u, (area.w - gap * (defs.length + 1)) / defs.length);
    const h = area.h - 2 * gap;
    const small = w < 70 * u;
    this.rects = defs.map((def, i) => {
      const rect = { x: area.x + gap + i * (w + gap), y: area.y + gap, w, h };
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
