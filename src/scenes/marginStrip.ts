import type Phaser from 'phaser';
import type { Observation } from '../rules';
import type { Rect } from './board';
import { counterShape } from './counters';
import { needEntries, stateLine, suddenLine } from './panelText';
import { COLORS, SIDE_COLOR, textStyle } from './theme';

/*
 * The strip along the board's top, in the full and the compact table alike:
 * each side's victory margin and what it needs to lead, the turn track, both
 * tracks and the noose, so nothing that decides the game needs a panel
 * opened. Its words are panelText's, which the screen reader's layer reads
 * too. Its text objects are made once and only their words change.
 */

/** The strip's height in layout units: two lines, or one in a compact table at least MARGIN_STRIP_ONE_LINE wide. */
export const MARGIN_STRIP_HEIGHT = 40;
export const MARGIN_STRIP_LINE = 22;
export const MARGIN_STRIP_ONE_LINE = 480;
/** Below this width (layout units) the strip uses the short forms. */
const SHORT_BELOW = 760;

export interface StripDrawn {
  lines: string[];
  rect: Rect;
}

export class MarginStrip {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly sides: Phaser.GameObjects.Text[];
  private readonly state: Phaser.GameObjects.Text;
  private readonly sudden: Phaser.GameObjects.Text;
  /** What the strip says, for the debug API (CSS pixels are the publisher's). */
  drawn: StripDrawn = { lines: [], rect: { x: 0, y: 0, w: 0, h: 0 } };

  constructor(scene: Phaser.Scene, public u: number) {
    this.g = scene.add.graphics().setDepth(4);
    this.sides = [0, 1, 2].map(() => scene.add.text(0, 0, '', textStyle(11)).setOrigin(0, 0.5).setDepth(4));
    this.state = scene.add.text(0, 0, '', textStyle(11)).setOrigin(0, 0.5).setDepth(4);
    this.sudden = scene.add.text(0, 0, '', textStyle(10)).setOrigin(0, 0.5).setDepth(4);
  }

  draw(r: Rect, v: Observation): void {
    const { g, u } = this;
    this.setVisible(true);
    const short = r.w / u < SHORT_BELOW;
    const size = short ? 10 : 11;
    g.clear();
    g.fillStyle(COLORS.panel, 0.94).fillRect(r.x, r.y, r.w, r.h);
    g.lineStyle(1 * u, COLORS.inkSoft, 0.8).lineBetween(r.x, r.y + r.h, r.x + r.w, r.y + r.h);
    const oneLine = r.h < 30 * u;
    const row1 = oneLine ? r.y + r.h / 2 : r.y + r.h * 0.28;
    const row2 = oneLine ? row1 : r.y + r.h * 0.74;
    const needs = needEntries(v);
    const best = Math.max(...needs.map((n) => n.margin));
    let x = r.x + 8 * u;
    needs.forEach((n, i) => {
      counterShape(g, u, x + 6 * u, row1, 5 * u, n.side);
      const t = this.sides[i]!;
      t.setStyle(textStyle(size, SIDE_COLOR[n.side] === SIDE_COLOR.islamicState ? COLORS.ink : SIDE_COLOR[n.side], n.margin === best));
      t.setText(short ? n.short : n.text).setPosition(Math.round(x + 15 * u), Math.round(row1));
      x += 15 * u + t.width + (short ? 10 : 18) * u;
    });
    // The Coalition's sudden victory where the line has room for it.
    const sudden = suddenLine(v);
    this.sudden.setStyle(textStyle(10, COLORS.inkSoft)).setText(sudden).setPosition(Math.round(x), Math.round(row1));
    const fits = !short && x + this.sudden.width <= r.x + r.w - 8 * u;
    this.sudden.setVisible(fits);
    x = oneLine ? x - 4 * u : r.x + 8 * u;
    x = this.turnTrack(x, row2, v, short);
    const state = stateLine(v, short);
    this.state.setStyle(textStyle(size, COLORS.ink)).setText(state).setPosition(Math.round(x + 8 * u), Math.round(row2));
    this.drawn = { lines: [...needs.map((n) => (short ? n.short : n.text)), state, ...(fits ? [sudden] : [])], rect: r };
  }

  /** One box per week: past weeks filled, this week dark with its number. Returns where the track ends. */
  private turnTrack(x0: number, y: number, v: Observation, short: boolean): number {
    const { g, u } = this;
    const turns = v.rules.scenario.turns;
    if (short) return x0 - 8 * u;
    const s = Math.max(5 * u, Math.min(9 * u, (260 * u) / turns));
    for (let t = 1; t <= turns; t++) {
      const bx = x0 + (t - 1) * (s + 1.5 * u);
      if (t < v.turn) g.fillStyle(COLORS.inkSoft, 1).fillRect(bx, y - s / 2, s, s);
      else if (t === v.turn) g.fillStyle(COLORS.ink, 1).fillRect(bx - 1 * u, y - s / 2 - 1 * u, s + 2 * u, s + 2 * u);
      else g.lineStyle(1 * u, COLORS.inkSoft, 1).strokeRect(bx, y - s / 2, s, s);
    }
    return x0 + turns * (s + 1.5 * u);
  }

  setVisible(on: boolean): void {
    if (!on) this.drawn = { lines: [], rect: this.drawn.rect };
    this.g.setVisible(on);
    for (const t of [...this.sides, this.state, this.sudden]) t.setVisible(on);
  }
}
