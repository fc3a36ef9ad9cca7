import Phaser from 'phaser';
import type { Rect } from './board';
import MAP from './data/map-theater.json';
import { clip } from './geography';
import { COLORS, textStyle } from './theme';

/*
 * The board's background: the paper (the desert), the fertile valley along
 * the Euphrates and the Khabur, the rivers, the country borders and the
 * graticule, from the extract of Natural Earth and GeoNames that
 * scripts/map-extract.mjs wrote. It is drawn with the board's own projection,
 * so the regions (placed by the same function from the gazetteer's
 * coordinates) sit on the map, and it is drawn once per layout: nothing on it
 * changes while the game runs, so a frame never redraws it.
 */

type Project = (lat: number, lon: number) => { x: number; y: number };
type Point = { x: number; y: number };

/** The valley floor's width, in degrees of latitude (about 12 km: the irrigated strip either side of the river). */
const VALLEY_DEG: Record<string, number> = { Euphrates: 0.11, Khabur: 0.07 };
const RIVER_WIDTH: Record<string, number> = { Euphrates: 3.5, Khabur: 2.5, Tigris: 2.5 };
/** Faint names of the countries, each at the first of its places (lat, lon: inside the country) clear of every region and of the board's edge. */
const COUNTRIES: { name: string; at: [number, number][] }[] = [
  { name: 'T U R K E Y', at: [[37.6, 39.0], [37.6, 40.4], [37.45, 38.3], [37.6, 41.4]] },
  { name: 'S Y R I A', at: [[34.2, 39.4], [33.8, 38.4], [36.3, 38.9], [35.9, 37.2], [34.9, 37.6]] },
  { name: 'I R A Q', at: [[33.6, 42.2], [34.6, 42.5], [35.5, 42.3], [33.2, 41.0]] },
  { name: 'J O R D A N', at: [[32.1, 37.6]] },
];
export const VALLEY_COLOR = 0xc9d3a4;
export const BORDER_COLOR = 0x7d6b8f;
/** The board's links along the river, darker than the river itself. */
export const RIVER_LINK = 0x2c5f8f;

/** What the debug API tells the tests of the map: the rivers as drawn, and where two known coordinates land (device pixels). */
export interface MapDrawn {
  rivers: { name: string; points: Point[] }[];
  borders: number;
  probes: { lat: number; lon: number; x: number; y: number }[];
  /** How many times the map was drawn since the scene opened: once per layout, never per frame. */
  draws: number;
}

export class MapLayer {
  private readonly g: Phaser.GameObjects.Graphics;
  private texts: Phaser.GameObjects.Text[] = [];
  private key = '';
  drawn: MapDrawn = { rivers: [], borders: 0, probes: [], draws: 0 };

  constructor(private readonly scene: Phaser.Scene) {
    // Beneath everything the board draws.
    this.g = scene.add.graphics().setDepth(-10);
  }

  /** Draws the map for this rectangle and projection, unless it is already drawn for them. */
  draw(rect: Rect, u: number, project: Project, regions: readonly Point[], radius: number): void {
    const o = project(0, 0);
    const p = project(1, 1);
    const key = [rect.x, rect.y, rect.w, rect.h, u, o.x, o.y, p.x, p.y, radius, ...regions.flatMap((q) => [q.x, q.y])].map((n) => n.toFixed(1)).join(',');
    this.setVisible(true);
    if (key === this.key) return;
    this.key = key;
    this.clear();
    const { g } = this;
    const line = (pts: readonly (readonly number[])[]) => pts.map(([lat, lon]) => project(lat!, lon!));
    const degLat = Math.abs(project(1, 0).y - project(0, 0).y);
    g.fillStyle(COLORS.paper, 1).fillRect(rect.x, rect.y, rect.w, rect.h);
    // The valley first, wide and pale, then the graticule and borders over it, the rivers on top.
    for (const river of MAP.rivers) {
      const deg = VALLEY_DEG[river.name];
      if (!deg) continue;
      const width = Math.max(8 * u, deg * degLat);
      g.lineStyle(width, VALLEY_COLOR, 1);
      for (const l of river.lines) this.polyline(line(l), rect, width);
    }
    this.graticule(rect, u, project);
    g.lineStyle(1.5 * u, BORDER_COLOR, 0.9);
    for (const b of MAP.borders) this.dashDot(line(b), rect, u);
    const rivers: MapDrawn['rivers'] = [];
    for (const river of MAP.rivers) {
      g.lineStyle((RIVER_WIDTH[river.name] ?? 2) * u, COLORS.river, 1);
      for (const l of river.lines) {
        const pts = line(l);
        this.polyline(pts, rect, 0);
        rivers.push({ name: river.name, points: pts });
      }
    }
    for (const c of COUNTRIES) {
      const t = this.text(0, 0, c.name, textStyle(13, BORDER_COLOR, true), 0.5, 0.5).setAlpha(0.55);
      const clear = (at: Point) =>
        at.x - t.width / 2 > rect.x + 8 * u && at.x + t.width / 2 < rect.x + rect.w - 8 * u && at.y - t.height / 2 > rect.y + 8 * u && at.y + t.height / 2 < rect.y + rect.h - 8 * u &&
        regions.every((p) => Math.abs(p.x - at.x) > t.width / 2 + radius * 2.2 || Math.abs(p.y - at.y) > t.height / 2 + radius * 2.2);
      const spot = c.at.map(([lat, lon]) => project(lat, lon)).find(clear);
      if (spot) t.setPosition(Math.round(spot.x), Math.round(spot.y));
      else t.setData('placed', false).setVisible(false);
    }
    this.drawn = { rivers, borders: MAP.borders.length, probes: [{ lat: 35, lon: 40 }, { lat: 36, lon: 39 }].map((q) => ({ ...q, ...project(q.lat, q.lon) })), draws: this.drawn.draws + 1 };
  }

  private text(x: number, y: number, s: string, style: Phaser.Types.GameObjects.Text.TextStyle, ox: number, oy: number): Phaser.GameObjects.Text {
    const t = this.scene.add.text(Math.round(x), Math.round(y), s, style).setOrigin(ox, oy).setDepth(-9);
    this.texts.push(t);
    return t;
  }

  /** A line through the points, cut at the board's edge; round joins (of this width) for the valley's wide band. */
  private polyline(pts: Point[], rect: Rect, round: number): void {
    // A wide band is cut half its width inside the edge, so it never spills over the board's frame.
    const h = round / 2;
    const inner = { x: rect.x + h, y: rect.y + h, w: rect.w - 2 * h, h: rect.h - 2 * h };
    for (let i = 1; i < pts.length; i++) {
      const seg = clip(pts[i - 1]!, pts[i]!, inner);
      if (!seg) continue;
      this.g.lineBetween(seg[0].x, seg[0].y, seg[1].x, seg[1].y);
      if (round) this.g.fillStyle(VALLEY_COLOR, 1).fillCircle(seg[1].x, seg[1].y, round / 2);
    }
  }

  /** A border's dash and dot, as printed maps draw them, so it is never taken for a road or a river. */
  private dashDot(pts: Point[], rect: Rect, u: number): void {
    const pattern = [9 * u, 3 * u, 2 * u, 3 * u];
    let k = 0;
    let left = pattern[0]!;
    for (let i = 1; i < pts.length; i++) {
      const seg = clip(pts[i - 1]!, pts[i]!, rect);
      if (!seg) continue;
      const [a, b] = seg;
      const len = Math.hypot(b.x - a.x, b.y - a.y);
      let s = 0;
      while (s < len) {
        const e = Math.min(len, s + left);
        if (k % 2 === 0) this.g.lineBetween(a.x + ((b.x - a.x) * s) / len, a.y + ((b.y - a.y) * s) / len, a.x + ((b.x - a.x) * e) / len, a.y + ((b.y - a.y) * e) / len);
        left -= e - s;
        s = e;
        if (left <= 0.01) {
          k = (k + 1) % pattern.length;
          left = pattern[k]!;
        }
      }
    }
  }

  /** Whole degrees of latitude and longitude, labelled on the board's left and top edges. */
  private graticule(rect: Rect, u: number, project: Project): void {
    const o = project(0, 0);
    const p = project(1, 1);
    const latAt = (y: number) => (y - o.y) / (p.y - o.y);
    const lonAt = (x: number) => (x - o.x) / (p.x - o.x);
    this.g.lineStyle(1 * u, COLORS.grid, 0.8);
    for (let lat = Math.ceil(latAt(rect.y + rect.h)); lat <= latAt(rect.y); lat++) {
      const y = project(lat, 0).y;
      this.g.lineBetween(rect.x, y, rect.x + rect.w, y);
      this.text(rect.x + 4 * u, y - 2 * u, `${lat}°N`, textStyle(10, COLORS.inkSoft), 0, 1);
    }
    for (let lon = Math.ceil(lonAt(rect.x)); lon <= lonAt(rect.x + rect.w); lon++) {
      const x = project(0, lon).x;
      this.g.lineBetween(x, rect.y, x, rect.y + rect.h);
      this.text(x + 3 * u, rect.y + 4 * u, `${lon}°E`, textStyle(10, COLORS.inkSoft), 0, 0);
    }
  }

  private clear(): void {
    this.g.clear();
    for (const t of this.texts) t.destroy();
    this.texts = [];
  }

  setVisible(on: boolean): void {
    this.g.setVisible(on);
    for (const t of this.texts) t.setVisible(on && t.getData('placed') !== false);
  }
}
