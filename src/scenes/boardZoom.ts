/*
 * The board's zoom and pan. At 1× the whole map fits the board, as it always
 * has; zoomed in, the map is laid out larger and the board shows a window on
 * it. The zoom spreads the regions apart and keeps the counters, names and
 * marks at their size, so a crowded scenario (a document with many places)
 * gets room between its regions, and every text stays sharp: the board is
 * drawn anew for each zoom, never scaled as a picture. Phaser-free, so the
 * arithmetic is tested in Node.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Area {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 4;
/** One wheel notch or key press. */
export const ZOOM_STEP = 1.25;

export class BoardZoom {
  /** 1: the whole map. */
  level = 1;
  /** The point of the whole map (laid out at 1×, in the board's own pixels) at the board's centre. */
  private focus: Point | null = null;
  private area: Area = { x: 0, y: 0, w: 1, h: 1 };

  /** The board's area changed (a resize): the zoom stays, the focus is kept inside the map. */
  fit(area: Area): void {
    if (area.x !== this.area.x || area.y !== this.area.y || area.w !== this.area.w || area.h !== this.area.h) {
      this.area = area;
      this.clamp();
    }
  }

  /** What the layout depends on. */
  key(): string {
    const f = this.centre();
    return `${this.level.toFixed(4)},${f.x.toFixed(1)},${f.y.toFixed(1)}`;
  }

  /** A point of the whole map (laid out at 1×) to where the board shows it. */
  view(p: Point): Point {
    const a = this.area;
    const f = this.centre();
    return { x: a.x + a.w / 2 + (p.x - f.x) * this.level, y: a.y + a.h / 2 + (p.y - f.y) * this.level };
  }

  /** Where the board shows a point to the point of the whole map under it. */
  unview(p: Point): Point {
    const a = this.area;
    const f = this.centre();
    return { x: f.x + (p.x - a.x - a.w / 2) / this.level, y: f.y + (p.y - a.y - a.h / 2) / this.level };
  }

  /** Zooms by `factor`, the map under `at` (board pixels) staying under it; false when already at the limit. */
  zoomAt(factor: number, at: Point): boolean {
    const level = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, this.level * factor));
    if (Math.abs(level - this.level) < 1e-9) return false;
    const under = this.unview(at);
    this.level = level;
    const a = this.area;
    // The map point under `at` stays there: the centre moves towards it as the zoom grows.
    this.focus = { x: under.x - (at.x - a.x - a.w / 2) / level, y: under.y - (at.y - a.y - a.h / 2) / level };
    this.clamp();
    return true;
  }

  /** Moves the map by (dx, dy) board pixels, as a hand dragging it; false when it cannot move further. */
  panBy(dx: number, dy: number): boolean {
    const before = this.key();
    const f = this.centre();
    this.focus = { x: f.x - dx / this.level, y: f.y - dy / this.level };
    this.clamp();
    return this.key() !== before;
  }

  /** Brings a point of the whole map (with `margin` board pixels round it) into view, moving as little as it can. */
  reveal(p: Point, margin: number): boolean {
    const a = this.area;
    const at = this.view(p);
    const dx = at.x < a.x + margin ? a.x + margin - at.x : at.x > a.x + a.w - margin ? a.x + a.w - margin - at.x : 0;
    const dy = at.y < a.y + margin ? a.y + margin - at.y : at.y > a.y + a.h - margin ? a.y + a.h - margin - at.y : 0;
    return dx !== 0 || dy !== 0 ? this.panBy(dx, dy) : false;
  }

  reset(): boolean {
    const changed = this.level !== 1;
    this.level = 1;
    this.focus = null;
    return changed;
  }

  private centre(): Point {
    const a = this.area;
    return this.focus ?? { x: a.x + a.w / 2, y: a.y + a.h / 2 };
  }

  /** The window never leaves the map: the focus stays half a window inside its edges. */
  private clamp(): void {
    if (!this.focus) return;
    const a = this.area;
    const hw = a.w / (2 * this.level);
    const hh = a.h / (2 * this.level);
    this.focus = {
      x: Math.max(a.x + hw, Math.min(a.x + a.w - hw, this.focus.x)),
      y: Math.max(a.y + hh, Math.min(a.y + a.h - hh, this.focus.y)),
    };
  }
}
