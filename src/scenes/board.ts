import Phaser from 'phaser';
import { SIDES, type Observation, type Scenario } from '../rules';
import { drawControlTag, drawCounter, type Label } from './counters';
import { attackRing, moveRing, selectionRing } from './highlightRings';
import { placeLabels, type Box } from './labelPlacement';
import { drawLeaders } from './leaderTokens';
import { drawLegend } from './legend';
import { MapLayer, RIVER_LINK } from './mapLayer';
import { clip } from './geography';
import { drawNoose } from './nooseRing';
import { COUNTER_HALF } from './markGeometry';
import type { Mark } from './marks';
import { COLORS, SIDE_COLOR, SIDE_TINT, textStyle } from './theme';
import { drawSiteMarks } from './siteMarks';
import { drawWatchEyes } from './watchEyes';
import { BoardLayers, type Layer } from './boardLayers';
import { layBoard, type Rect } from './boardGeometry';
import { BoardZoom } from './boardZoom';
import { diceCards, type DiceCard } from './diceCards';
import { DiceLayer } from './diceLayer';

export type { Rect } from './boardGeometry';

/** What the input controller wants emphasised on the board. */
export interface Highlight {
  selected: number;
  moveTargets: ReadonlySet<number>;
  attackTargets: ReadonlySet<number>;
  /** The attack awaiting confirmation, drawn as an arrow. */
  pending: { from: number; to: number } | null;
  /** The last bot action, so bots play visibly: an arrow, or a ring on one region. */
  last?: Mark | null;
  /** The keyboard's cursor (arrow keys), drawn as a square, a shape no other mark has; -1 or absent: none. */
  cursor?: number;
  /** Dice to show instead of the newest chapter's (L playing a bot turn again); absent or null: the chapter's. */
  cards?: readonly DiceCard[] | null;
}

export const NO_HIGHLIGHT: Highlight = { selected: -1, moveTargets: new Set(), attackTargets: new Set(), pending: null };

/**
 * The map: regions placed by their real latitude and longitude, rivers and
 * links, control, units, forts, watches, the noose and what the viewer knows
 * of the leaders. It keeps no game state of its own, but it keeps what it
 * drew (src/scenes/boardLayers.ts): the map under the regions is drawn once
 * per layout; each region has its graphics and texts, redrawn only when what
 * they show of it changed; the noose and arrows, and the watches and leaders
 * over the regions, are one layer each, redrawn likewise.
 */
export class BoardView {
  private layers: BoardLayers;
  /** The map beneath the board, drawn once per layout (src/scenes/mapLayer.ts). */
  readonly map: MapLayer;
  /** The zoom and pan (src/scenes/boardZoom.ts): a new level or window lays the board out anew. */
  readonly zoom = new BoardZoom();
  /** Which regions the zoomed window shows. */
  private shown: boolean[] = [];
  /** The cursor and selection the window last followed (`follow`). */
  private followed = '';
  /** The last roll's cards beside their regions (src/scenes/diceLayer.ts). */
  readonly dice = new DiceLayer();
  points: { x: number; y: number }[] = [];
  radius = 16;
  /** Each region's drawn radius (cities larger, valley and desert towns smaller), for the marks around it. */
  radii: number[] = [];
  /** Where each region's name was placed (device pixels), for the debug API. */
  labelBoxes: (Box | undefined)[] = [];
  /** The legend's box, if it found a free corner: the dice cards keep off it (and the debug API tells the tests). */
  legendBox: Box | null = null;
  private project: (lat: number, lon: number) => { x: number; y: number } = () => ({ x: 0, y: 0 });
  private rect: Rect = { x: 0, y: 0, w: 1, h: 1 };
  /** What the last layout was for: a layout for the same rectangle, unit and scenario changes nothing. */
  private laidOut = '';
  private scenario: Scenario | null = null;

  constructor(private readonly scene: Phaser.Scene, /** Device pixels per layout unit: set anew when the zoom or window changes it. */ public u: number) {
    this.map = new MapLayer(scene);
    this.layers = new BoardLayers(scene);
  }

  layout(rect: Rect, scenario: Scenario): void {
    const key = () => `${rect.x},${rect.y},${rect.w},${rect.h},${this.u},${this.zoom.key()}`;
    if (key() === this.laidOut && scenario === this.scenario) return;
    this.scenario = scenario;
    this.layers.stale();
    this.rect = rect;
    const laid = layBoard(rect, scenario, this.u, this.zoom);
    // The zoom keeps its window inside the new area: the key is taken after it did.
    this.laidOut = key();
    this.project = laid.project;
    this.points = laid.points;
    this.radius = laid.radius;
    this.radii = laid.radii;
    this.shown = laid.shown;
  }

  /**
   * Zoomed in, brings the window to the first of these regions out of it, if
   * the list changed since the last call (a key moved the cursor, Tab picked a
   * stack): the window never snaps back after the player dragged it away.
   * True if it moved (lay the board out again).
   */
  follow(regions: readonly number[]): boolean {
    const key = regions.join(',');
    if (key === this.followed) return false;
    this.followed = key;
    const i = regions.find((r) => r >= 0 && !this.inView(r));
    if (i === undefined || !this.points[i]) return false;
    return this.zoom.reveal(this.zoom.unview(this.points[i]), this.radius * 3);
  }

  /** The region lies in the board's window (every region, at 1×). */
  inView(i: number): boolean {
    return this.shown[i] ?? false;
  }

  /** The region under a point, or -1. */
  regionAt(x: number, y: number): number {
    let best = -1;
    let bestD = Infinity;
    this.points.forEach((p, i) => {
      if (!this.shown[i]) return;
      const d = Math.hypot(p.x - x, p.y - y);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    });
    return bestD <= this.radius * 1.35 ? best : -1;
  }

  /** The board hidden behind a card; the next `draw` shows it again as it was. */
  clear(): void {
    this.layers.setVisible(false);
    this.map.setVisible(false);
  }

  draw(v: Observation, hl: Highlight): void {
    const L = this.layers;
    L.setVisible(true);
    this.map.setVisible(true);
    if (L.map.begin('map')) {
      this.drawMap(v);
      L.map.end();
    }
    const { u } = this;
    const board = v.rules;
    L.sizeRegions(board.ids.length);
    const under = L.under;
    const both = (m: { from: number; to: number }) => this.inView(m.from) && this.inView(m.to);
    if (under.begin(JSON.stringify([v.regions, hl.last ?? null, hl.pending]))) {
      if (this.inView(board.center)) drawNoose(v, { g: under.g, u, points: this.points, radius: this.radius });
      if (hl.last && hl.last.from !== hl.last.to && both(hl.last)) this.arrow(under.g, hl.last.from, hl.last.to, SIDE_COLOR[hl.last.side], 0.45);
      if (hl.pending && both(hl.pending)) this.arrow(under.g, hl.pending.from, hl.pending.to, COLORS.attack);
      under.end();
    }
    for (let i = 0; i < board.ids.length; i++) {
      const layer = L.regions[i]!;
      const seen = JSON.stringify([v.regions[i], hl.attackTargets.has(i), hl.moveTargets.has(i), hl.selected === i, hl.cursor === i]);
      if (!layer.begin(seen)) continue;
      L.regionDraws[i]!++;
      if (this.inView(i)) this.drawRegion(layer, v, i, hl);
      layer.end();
    }
    // Watches over every region and ring (the noose's, a selection's), under the leader tokens only.
    const over = L.over;
    if (over.begin(JSON.stringify([v.turn, v.phase, v.regions.map((r) => r.watch), v.leaders, hl.last ?? null]))) {
      const { g } = over;
      for (let i = 0; i < board.ids.length; i++) {
        const watch = v.regions[i]!.watch;
        if (watch && this.inView(i)) drawWatchEyes(g, u, this.points[i]!, this.radiusOf(v, i), watch, (x, y, label, style) => over.text(x, y, label, style));
      }
      if (hl.last && hl.last.from === hl.last.to && this.inView(hl.last.from)) {
        const p = this.points[hl.last.from]!;
        g.lineStyle(3 * u, SIDE_COLOR[hl.last.side], 0.6).strokeCircle(p.x, p.y, this.radius + 10 * u);
      }
      drawLeaders(v, { g, u, points: this.points, radius: this.radius, radii: this.radii, shown: (i) => this.inView(i), text: (...a) => over.text(...a) });
      over.end();
    }
    const cards = (hl.cards ?? diceCards(v)).filter((c) => this.inView(c.region));
    if (L.dice.begin(JSON.stringify([cards, this.dice.state()]))) {
      this.dice.draw(L.dice, cards, { u, points: this.points, radii: this.radii, labels: this.labelBoxes.filter((b): b is Box => !!b), rect: this.rect, keepOff: this.legendBox ? [this.legendBox] : [] });
      L.dice.end();
    }
  }

  /** How many times each region was drawn since the scene opened. */
  regionDraws(): readonly number[] {
    return this.layers.regionDraws;
  }

  /** What lies under the regions and changes only with the layout: the paper, grid, rivers, links, the names and the legend. */
  private drawMap(v: Observation): void {
    const { u, rect } = this;
    const { g } = this.layers.map;
    const board = v.rules;
    this.map.draw(rect, u, this.project, this.points, this.radius);
    for (const link of board.scenario.links) {
      const ia = board.index.get(link.a) ?? -1;
      const ib = board.index.get(link.b) ?? -1;
      const ends = this.points[ia] && this.points[ib] ? clip(this.points[ia], this.points[ib], rect) : null;
      // Zoomed in, a link to a region out of the window runs to the board's edge: the road goes on.
      if (!ends) continue;
      const [a, b] = ends;
      // A river link is dotted, so it is never taken for the river the map draws under it.
      if (link.kind === 'river') this.dashed(g, a, b, RIVER_LINK, 3 * u, 3 * u, 3 * u);
      else {
        this.dashed(g, a, b, COLORS.road, 2 * u, 7 * u, 4 * u);
      }
    }
    this.drawLabels(v);
    // Zoomed in, the board says so, and how to get back: a window on the map must never pass for the whole of it.
    if (this.zoom.level > 1) {
      const words = `Zoom ${this.zoom.level.toFixed(1)}× · wheel, pinch or Z / Shift+Z · drag the ground to pan · Home: the whole map`;
      this.layers.map.text(rect.x + rect.w / 2, rect.y + rect.h - 6 * u, words, textStyle(11, COLORS.ink, true), 0.5, 1).setStroke('#e8e3d6', 4 * u);
    }
    const legend = this.layers.legend;
    legend.begin('legend');
    this.legendBox = drawLegend(
      legend.g,
      this.u,
      this.rect,
      this.points,
      this.radius,
      (x, y, label) => void legend.text(x, y, label, textStyle(10, COLORS.ink), 0, 0.5),
      (x, y, label, style) => void legend.text(x, y, label, style),
    );
    legend.end();
  }

  private dashed(g: Phaser.GameObjects.Graphics, a: { x: number; y: number }, b: { x: number; y: number }, color: number, width: number, dash: number, gap: number): void {
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len === 0) return;
    const dx = (b.x - a.x) / len;
    const dy = (b.y - a.y) / len;
    g.lineStyle(width, color, 0.9);
    for (let s = 0; s < len; s += dash + gap) {
      const e = Math.min(len, s + dash);
      g.lineBetween(a.x + dx * s, a.y + dy * s, a.x + dx * e, a.y + dy * e);
    }
  }

  private arrow(g: Phaser.GameObjects.Graphics, from: number, to: number, color: number, alpha = 0.85): void {
    const a = this.points[from]!;
    const b = this.points[to]!;
    const { u } = this;
    g.lineStyle(5 * u, color, alpha).lineBetween(a.x, a.y, b.x, b.y);
    const ang = Math.atan2(b.y - a.y, b.x - a.x);
    const tip = { x: b.x - Math.cos(ang) * this.radius, y: b.y - Math.sin(ang) * this.radius };
    const s = 12 * u;
    g.fillStyle(color, Math.min(1, alpha + 0.1)).fillTriangle(
      tip.x, tip.y,
      tip.x - Math.cos(ang - 0.45) * s, tip.y - Math.sin(ang - 0.45) * s,
      tip.x - Math.cos(ang + 0.45) * s, tip.y - Math.sin(ang + 0.45) * s,
    );
  }

  private drawRegion(layer: Layer, v: Observation, i: number, hl: Highlight): void {
    const { u } = this;
    const { g } = layer;
    const def = v.rules.scenario.regions[i]!;
    const st = v.regions[i]!;
    const p = this.points[i]!;
    const big = def.kind === 'city';
    const r = this.radiusOf(v, i);
    const fill = st.control ? SIDE_TINT[st.control] : COLORS.neutral;
    if (hl.attackTargets.has(i)) attackRing(g, u, p.x, p.y, r);
    else if (hl.moveTargets.has(i)) moveRing(g, u, p.x, p.y, r);
    if (hl.selected === i) selectionRing(g, u, p.x, p.y, r);
    if (hl.cursor === i) g.lineStyle(3 * u, COLORS.ink, 1).strokeRect(p.x - r - 12 * u, p.y - r - 12 * u, 2 * r + 24 * u, 2 * r + 24 * u);
    if (def.redoubt) g.lineStyle(2 * u, SIDE_COLOR.islamicState, 0.8).strokeCircle(p.x, p.y, r + 3 * u);
    g.fillStyle(fill, 1);
    if (big) g.fillRoundedRect(p.x - r, p.y - r, 2 * r, 2 * r, 5 * u);
    else g.fillCircle(p.x, p.y, r);
    g.lineStyle(1.5 * u, COLORS.ink, 1);
    if (big) g.strokeRoundedRect(p.x - r, p.y - r, 2 * r, 2 * r, 5 * u);
    else g.strokeCircle(p.x, p.y, r);
    const write: Label = (x, y, t, style) => void layer.text(x, y, t, style);
    const side = SIDES.find((_, s) => st.units[s]! > 0);
    // The symbol, its strength plate, the holder's tag and the site marks lie over the region's own graphics.
    if (side) drawCounter(layer.top, u, p.x, p.y, r * COUNTER_HALF, side, st.units[SIDES.indexOf(side)]!, write, (...a) => layer.symbols.place(...a));
    if (st.control) drawControlTag(layer.top, u, p.x, p.y, r, st.control, write);
    drawSiteMarks(layer.top, u, v, i, p, r, write);
    for (let f = 0; f < st.fort; f++) {
      const fx = p.x + r + 4 * u + f * 10 * u;
      const fy = p.y - r * 0.7;
      g.fillStyle(COLORS.ink, 1).fillTriangle(fx - 5 * u, fy + 4 * u, fx + 5 * u, fy + 4 * u, fx, fy - 5 * u);
    }
    if (st.suppressedBy) {
      g.lineStyle(2 * u, COLORS.attack, 0.9);
      g.lineBetween(p.x - r, p.y + r, p.x + r, p.y - r);
    }
  }

  /** Every region's name, placed clear of the regions and of each other (src/scenes/labelPlacement.ts); cities and objectives choose first. */
  private drawLabels(v: Observation): void {
    const { u } = this;
    const { regions, objectives: obj } = v.rules.scenario;
    const texts = regions.map((def) => {
      let name = def.name;
      if (def.id === obj.capture) name = `★ ${name}`;
      if (def.id === obj.hold && obj.hold !== obj.capture) name = `◆ ${name}`;
      const big = def.kind === 'city';
      return this.layers.map.text(0, 0, name, textStyle(big ? 12 : 11, COLORS.ink, big), 0, 0).setStroke('#e8e3d6', 3 * u);
    });
    const weight = (i: number) => (regions[i]!.id === obj.capture || regions[i]!.id === obj.hold ? 0 : regions[i]!.kind === 'city' ? 1 : 2);
    const order = regions.map((_, i) => i).sort((a, b) => weight(a) - weight(b) || a - b);
    // Regions out of the zoomed window have no name on the board, and take no room from the others'.
    const circles = this.points.map((p, i) => ({ x: p.x, y: p.y, r: this.inView(i) ? this.radiusOf(v, i) + 2 * u : 0 }));
    const boxes = placeLabels(texts.map((t) => ({ w: t.width, h: t.height })), circles, this.rect, 1 * u, order.filter((i) => this.inView(i)));
    this.labelBoxes = texts.map((t, i) => {
      const box = this.inView(i) ? boxes[i] : undefined;
      if (box) t.setPosition(Math.round(box.x), Math.round(box.y));
      else t.setVisible(false);
      return box;
    });
  }

  /** A region's drawn radius: cities larger, valley and desert towns smaller. */
  private radiusOf(v: Observation, i: number): number {
    return this.radii[i] ?? this.radius;
  }

}
