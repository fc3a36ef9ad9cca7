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
 * a press on the map away from every region and button, dragged, moves it.
 * Such a press not dragged is the click it always was, on its release (a
 * click on empty ground drops the selection). A press on a region is a click
 * at once, as before: the map is never dragged by its counters.
 */
export class BoardPan {
  private press: { x: number; y: number; moved: boolean } | null = null;

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

  /** The release: true if the press was a click (it did not drag), to be handled as one now. */
  release(): boolean {
    const p = this.press;
    this.press = null;
    return !!p && !p.moved;
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
