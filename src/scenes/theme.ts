import type { Side } from '../rules';

/** Colours and type of the board: a neutral, printed-map look. */
export const COLORS = {
  paper: 0xe8e3d6,
  paperDark: 0xd9d2c1,
  panel: 0xf4f1e9,
  ink: 0x2a2a2a,
  inkSoft: 0x6b665c,
  grid: 0xd3cbb8,
  river: 0x6a9cc6,
  road: 0x8c8270,
  neutral: 0xcfc7b4,
  /** The active button's fill (ink text on it). */
  select: 0xe0a020,
  /*
   * The highlight rings are drawn on the paper, so each has at least 3:1
   * contrast with it (WCAG's non-text minimum) under every colour vision;
   * they differ in shape as well (src/scenes/highlightRings.ts).
   */
  selectRing: 0x9a5b00,
  target: 0x1e7a4c,
  attack: 0xc0392b,
  noose: 0x3f6a9e,
  error: 0xa3261b,
} as const;

/** Dark enough for white letters, and for a counter to stand off its side's tint by 3:1 in grey alone (achromatopsia). */
export const SIDE_COLOR: Record<Side, number> = {
  coalition: 0x2f5a8e,
  regime: 0x8e3b3b,
  islamicState: 0x3b3b3b,
};

/** Lighter tints for region fills. */
export const SIDE_TINT: Record<Side, number> = {
  coalition: 0xa9c0dc,
  regime: 0xd7aaa3,
  islamicState: 0x9c9a94,
};

export const css = (c: number): string => `#${c.toString(16).padStart(6, '0')}`;

export const FONT = '"Helvetica Neue", Arial, "Liberation Sans", sans-serif';

/** Device pixels per CSS pixel: all scenes draw in device pixels so text and lines stay sharp. */
export function dpr(): number {
  return Math.max(1, Math.min(3, window.devicePixelRatio || 1));
}

/**
 * The browser's text size setting, as a scale (a 32 px default font: 2).
 * The canvas cannot follow it by itself, so the scenes draw with it.
 */
export function textScale(): number {
  const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) ? Math.max(1, Math.min(2, px / 16)) : 1;
}

/** Device pixels per layout unit: the scenes lay out and write in these, so zoom and the text size setting both enlarge everything. */
export function unit(): number {
  return dpr() * textScale();
}

export function textStyle(size: number, color: number = COLORS.ink, bold = false): Phaser.Types.GameObjects.Text.TextStyle {
  return { fontFamily: FONT, fontSize: `${Math.round(size * unit())}px`, color: css(color), fontStyle: bold ? 'bold' : 'normal' };
}

/** Each side's letter on its control tags and eyes: colour is never the only cue. */
export const SIDE_LETTER: Record<Side, string> = {
  coalition: 'C',
  regime: 'R',
  islamicState: 'IS',
};
