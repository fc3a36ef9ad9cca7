import Phaser from 'phaser';
import type { Rect } from './board';
import { COLORS, textStyle, unit } from './theme';
import { TextPool } from './textPool';

export interface ButtonDef {
  id: string;
  label: string;
  key: string;
  enabled: boolean;
  active?: boolean;
}

/** Narrowest a button may be before the bar wraps onto another row, and a row's height (layout units); the compact table's bar is tighter. */
const METRICS = { normal: { minWidth: 76, rowHeight: 40 }, compact: { minWidth: 60, rowHeight: 30 } } as const;
const GAP = 5;

/** Rows the bar needs for `count` buttons across `width` device pixels. */
export function barRows(width: number, count: number, u: number, compact = false): number {
  const m = METRICS[compact ? 'compact' : 'normal'];
  const perRow = Math.max(1, Math.floor((width - GAP * u) / ((m.minWidth + GAP) * u)));
  return Math.max(1, Math.ceil(count / perRow));
}

/** The bar's height for that many rows. */
export function barHeight(rows: number, u: number, compact = false): number {
  return Math.round((rows * METRICS[compact ? 'compact' : 'normal'].rowHeight + (rows + 1) * GAP - 2) * u);
}

/** Rows of labelled buttons drawn on the canvas, wrapping when the window is narrow; hit-tested by the scene. */
export class ButtonBar {
  private readonly g: Phaser.GameObjects.Graphics;
  /** Each button's label and key, kept under its id and rewritten in place (src/scenes/textPool.ts). */
  private readonly texts: TextPool;
  rects: { def: ButtonDef; rect: Rect }[] = [];

  constructor(scene: Phaser.Scene, /** Device pixels per layout unit: set anew when the zoom or window changes it. */ public u: number) {
    this.g = scene.add.graphics();
    this.texts = new TextPool(scene);
  }

  draw(area: Rect, defs: ButtonDef[], compact = false): void {
    const { g, u } = this;
    const m = METRICS[compact ? 'compact' : 'normal'];
    g.clear();
    this.texts.begin();
    g.fillStyle(COLORS.paperDark, 1).fillRect(area.x, area.y, area.w, area.h);
    // The edge towards the board: the top of a bar along the bottom, the left of a column.
    if (area.h > area.w) g.lineStyle(1 * u, COLORS.inkSoft, 0.6).lineBetween(area.x, area.y, area.x, area.y + area.h);
    else g.lineStyle(1 * u, COLORS.inkSoft, 0.6).lineBetween(area.x, area.y, area.x + area.w, area.y);
    const gap = GAP * u;
    // As many rows as fit the area's height, balanced so the last row is not a straggler.
    const rows = Math.max(1, Math.min(barRows(area.w, defs.length, u, compact), Math.floor((area.h - gap) / ((m.rowHeight - 6) * u + gap))));
    const perRow = Math.ceil(defs.length / rows);
    const w = Math.min(130 * u, (area.w - gap * (perRow + 1)) / perRow);
    // A bar standing in a column keeps its rows at their height, from the top.
    const h = Math.min((area.h - gap * (rows + 1)) / rows, (m.rowHeight + 8) * u);
    const small = w < 70 * u;
    // Type follows this bar's unit where a scene draws it smaller than the page's (the ending on a short window).
    const k = u / unit();
    this.rects = defs.map((def, i) => {
      const row = Math.floor(i / perRow);
      const col = i % perRow;
      const rect = { x: area.x + gap + col * (w + gap), y: area.y + gap + row * (h + gap), w, h };
      const fill = def.active ? COLORS.select : def.enabled ? COLORS.panel : COLORS.paperDark;
      g.fillStyle(fill, 1).fillRoundedRect(rect.x, rect.y, rect.w, rect.h, 4 * u);
      g.lineStyle(1 * u, def.enabled ? COLORS.ink : COLORS.inkSoft, def.enabled ? 0.9 : 0.4).strokeRoundedRect(rect.x, rect.y, rect.w, rect.h, 4 * u);
      const color = def.enabled ? COLORS.ink : COLORS.inkSoft;
      this.texts.put(rect.x + rect.w / 2, rect.y + rect.h * 0.38, def.label, textStyle((small ? 10 : 12) * k, color, true), 0.5, 0.5, `${def.id}:label`);
      this.texts.put(rect.x + rect.w / 2, rect.y + rect.h * 0.76, def.key, textStyle(9 * k, COLORS.inkSoft), 0.5, 0.5, `${def.id}:key`);
      return { def, rect };
    });
    this.texts.end();
  }

  hit(x: number, y: number): ButtonDef | null {
    const found = this.rects.find(({ rect }) => x >= rect.x && x <= rect.x + rect.w && y >= rect.y && y <= rect.y + rect.h);
    return found ? found.def : null;
  }

  setVisible(on: boolean): void {
    this.g.setVisible(on);
    this.texts.setVisible(on);
  }
}
