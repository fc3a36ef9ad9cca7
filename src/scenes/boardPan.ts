import type { BoardView, Rect } from './board';
import { ZOOM_STEP } from './boardZoom';
import { dpr } from './theme';

/** Where the map may be grabbed now: the board's area and view, the bar's buttons (never grabbed), and the region to zoom about. */
export interface PanArea {
  rect: Rect;
  board: BoardView;
  onButton: (x: number, y: number) => boolean;
  /** The region the keys zoom about (the cursor, else the selection), or -1: the board's centre. */
  focus: () => number;
}

/** A press that moved less than this (CSS pixels) is a click, not a drag. */
const DRAG_SLOP = 6;

/**
 * The hand on the map: the mouse wheel zooms about the pointer, Z and
 * Shift+Z about the cursor or the selected stack, Home shows the whole map;
 * a press on the map away from every region and button, dragged, moves it;
 * two fingers pinch it in and out.
 * Such a press not dragged is the click it always was, on its release (a
 * click on empty ground drops the selection). A press on a region is a click
 * at once, as before: the map is never dragged by its counters.
 */
export class BoardPan {
  private press: { x: number; y: number; moved: boolean } | null = null;
  /** Two fingers on the map: their distance at the last move; null when not pinching. */
  private spread: number | null = null;
  /** A pinch happened since the first finger came down: no release is a click until every finger is up. */
  private pinched = false;

  constructor(private readonly area: () => PanArea | null) {}

  /** A press: true if it is on empty map, so its click waits for the release. */
  grab(x: number, y: number): boolean {
    const a = this.area();
    if (!a || !inside(a.rect, x, y) || a.onButton(x, y) || a.board.regionAt(x, y) >= 0) return false;
    this.press = { x, y, moved: false };
    return true;
  }

  /** The pointer moved while pressed: true if the map moved. */
  drag(x: number, y: number): boolean {
    const p = this.press;
    const a = this.area();
    if (!p || !a) return false;
    if (!p.moved && Math.hypot(x - p.x, y - p.y) < DRAG_SLOP * dpr()) return false;
    p.moved = true;
    const moved = a.board.zoom.panBy(x - p.x, y - p.y);
    p.x = x;
    p.y = y;
    return moved;
  }

  /** The release: true if the press was a click (it did not drag, no pinch came with it), to be handled as one now. `last`: no finger is down any more. */
  release(last = true): boolean {
    const p = this.press;
    this.press = null;
    this.spread = null;
    const click = !!p && !p.moved && !this.pinched;
    if (last) this.pinched = false;
    return click;
  }

  /** Two fingers on the map moved: the zoom follows their spread, about the point between them; true if it changed. */
  pinch(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
    const area = this.area();
    this.press = null;
    this.pinched = true;
    const d = Math.hypot(b.x - a.x, b.y - a.y);
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    if (!area || !inside(area.rect, mid.x, mid.y) || d < 1) return false;
    const from = this.spread;
    this.spread = d;
    return from !== null && area.board.zoom.zoomAt(d / from, mid);
  }

  /** A second finger came down: a pinch begins, and neither finger's press is a click. */
  twoFingers(): void {
    this.press = null;
    this.pinched = true;
    this.spread = null;
  }

  /** A wheel turn over the board: true if the zoom changed. */
  wheel(x: number, y: number, dy: number): boolean {
    const a = this.area();
    if (!a || !inside(a.rect, x, y) || dy === 0) return false;
    return a.board.zoom.zoomAt(dy < 0 ? ZOOM_STEP : 1 / ZOOM_STEP, { x, y });
  }

  /** Z, Shift+Z and Home: true if the key was the map's (whether or not the zoom could change). */
  key(k: string): boolean {
    if (k !== 'z' && k !== 'Z' && k !== 'Home') return false;
    const a = this.area();
    if (!a) return true;
    if (k === 'Home') return a.board.zoom.reset(), true;
    const f = a.focus();
    const r = a.rect;
    const at = f >= 0 && a.board.inView(f) ? a.board.points[f]! : { x: r.x + r.w / 2, y: r.y + r.h / 2 };
    a.board.zoom.zoomAt(k === 'z' ? ZOOM_STEP : 1 / ZOOM_STEP, at);
    return true;
  }
}

function inside(r: Rect, x: number, y: number): boolean {
  return x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h;
}
