/*
 * Where the board's marks sit around a region, in one place, so the drawing
 * and the colour-vision test that looks for them agree. Lengths in `u` (a CSS
 * pixel in device pixels) or as shares of the region's drawn radius `r`.
 */

/** A unit counter's half width, as a share of the region's radius. */
export const COUNTER_HALF = 0.62;
/** A Regime counter is a diamond: its half diagonal, as a share of the counter's half width. */
export const DIAMOND_REACH = 1.35;

/** The highlight rings: their distance outside the region's edge, and width (u). */
export const RING_GAP = 6;
export const RING_WIDTH = 3;
/** The selection's second ring, further out (u). */
export const SELECT_OUTER_GAP = 11;
/** A move target's ring is dashed: dash and gap along the ring (u). */
export const MOVE_DASH = 6;
export const MOVE_GAP = 5;
/** An attack target wears a reticle: four ticks across its ring, from and to these distances outside the edge (u). */
export const TICK_FROM = 2;
export const TICK_TO = 15;

/** The control tag: the holder's letter in a box on the lower left of the region, centred here (shares of r), half height in u. */
export const TAG_AT = { x: -0.55, y: 0.8 } as const;
export const TAG_HALF = 5.5;
