import type { Rect } from './board';
import { barHeight, barRows } from './buttons';
import { MARGIN_STRIP_HEIGHT, MARGIN_STRIP_LINE, MARGIN_STRIP_ONE_LINE } from './marginStrip';
import { SCRUB_HEIGHT } from './scrubBar';

/*
 * Where the table's parts go. A window that gives the board, the side panel
 * and the bar their room (900 × 560 layout units: CSS pixels times the text
 * scale, so 200% zoom or a 32 px default font halves it) gets them side by
 * side. A smaller one, down to a phone, gets the compact table: the board
 * with a status strip over it, the bar in a column on the right (or along the
 * bottom when the screen stands upright), and the full panel on demand (I).
 * Below 320 × 260 units there is no room for a board: a card says so.
 */

export const COMPACT_BELOW = { w: 900, h: 560 } as const;
export const SMALLEST = { w: 320, h: 260 } as const;

export interface TableLayout {
  board: Rect;
  /** The margins strip along the board's top (src/scenes/marginStrip.ts), in both tables. */
  margins: Rect;
  /** The replay viewer's scrub bar along the board's foot (src/scenes/scrubBar.ts); null at the table. */
  scrub: Rect | null;
  bar: Rect;
  /** The side panel; in the compact table it covers the board when opened, else it is null. */
  panel: Rect | null;
  /** The compact table's status strip over the board (null beside a full panel). */
  strip: Rect | null;
  all: Rect;
  compact: boolean;
  tooSmall: boolean;
}

export function isCompact(W: number, H: number, u: number): boolean {
  return W / u < COMPACT_BELOW.w || H / u < COMPACT_BELOW.h;
}

/** The compact bar's column: two buttons across. */
const COLUMN_WIDTH = 155;
/** Room for the strip's status line and two lines of orders, with the status wrapped once on a narrow screen. */
const STRIP_HEIGHT = 62;

export function tableLayout(W: number, H: number, u: number, barCount: number, panelOpen: boolean, scrub = false): TableLayout {
  const L = tableParts(W, H, u, barCount, panelOpen);
  if (!scrub) return L;
  const sh = Math.round(SCRUB_HEIGHT * u);
  const b = L.board;
  return { ...L, board: { ...b, h: b.h - sh }, scrub: { x: b.x, y: b.y + b.h - sh, w: b.w, h: sh } };
}

function tableParts(W: number, H: number, u: number, barCount: number, panelOpen: boolean): TableLayout {
  const all = { x: 0, y: 0, w: W, h: H };
  const tooSmall = W / u < SMALLEST.w || H / u < SMALLEST.h;
  if (!isCompact(W, H, u)) {
    const pw = Math.round(Math.max(280 * u, Math.min(400 * u, W * 0.3)));
    const bh = barHeight(barRows(W - pw, barCount, u), u);
    const mh = Math.round(MARGIN_STRIP_HEIGHT * u);
    return {
      board: { x: 0, y: mh, w: W - pw, h: H - bh - mh },
      margins: { x: 0, y: 0, w: W - pw, h: mh },
      scrub: null,
      bar: { x: 0, y: H - bh, w: W - pw, h: bh },
      panel: { x: W - pw, y: 0, w: pw, h: H },
      strip: null,
      all,
      compact: false,
      tooSmall,
    };
  }
  // Lying down, height is short and width to spare: the bar stands in a column; standing up, it runs along the bottom.
  const landscape = W >= H * 1.15;
  const bw = Math.round(COLUMN_WIDTH * u);
  const bh = barHeight(barRows(W, barCount, u, true), u, true);
  const bar = landscape ? { x: W - bw, y: 0, w: bw, h: H } : { x: 0, y: H - bh, w: W, h: bh };
  const area = landscape ? { x: 0, y: 0, w: W - bw, h: H } : { x: 0, y: 0, w: W, h: H - bh };
  const sh = Math.round(STRIP_HEIGHT * u);
  // The compact table has little height: the margins strip takes one line where the width holds it.
  const mh = Math.round((area.w / u >= MARGIN_STRIP_ONE_LINE ? MARGIN_STRIP_LINE : MARGIN_STRIP_HEIGHT) * u);
  return {
    board: { x: area.x, y: area.y + sh + mh, w: area.w, h: area.h - sh - mh },
    margins: { x: area.x, y: area.y + sh, w: area.w, h: mh },
    scrub: null,
    bar,
    panel: panelOpen ? area : null,
    strip: { x: area.x, y: area.y, w: area.w, h: sh },
    all,
    compact: true,
    tooSmall,
  };
}

/** What the card shown below the smallest table says: how much room the board needs, and how to give it. */
export function tooSmallLines(area: { w: number; h: number }, u: number): string[] {
  const now = `${Math.round(area.w / u)} × ${Math.round(area.h / u)}`;
  return [
    `The board needs a window of at least ${SMALLEST.w} × ${SMALLEST.h} layout units (CSS pixels at 100% zoom and the default text size); this one gives ${now}.`,
    'Turn the device on its side, enlarge the window, or zoom out (Ctrl and minus): the game goes on where it was.',
  ];
}
